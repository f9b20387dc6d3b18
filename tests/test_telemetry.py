"""Telemetry: the metrics an operator watches and the spans of each invocation, read back through the OpenTelemetry
SDK's in-memory reader and exporter; and nothing at all without a connection string."""

import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from azure.core.exceptions import AzureError
from azure.core.settings import settings as azure_settings
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from conftest import PRIMARY_KEY
from fault_proxy import Fault, FaultProxy
from optout_core import telemetry
from optout_core.api import HttpRequestData
from optout_core.auth import sign_request
from optout_core.connections import AcsConnection, StorageConnection, TopicConnection
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.events import SMS_RECEIVED, EventEnvelope
from optout_core.services import Services
from optout_core.settings import Settings
from optout_core.storage import OptOutStore, Tables
from optout_core.telemetry.azure_monitor import MaskNumbersInSpans, ingestion_credential
from topic_standin import TOPIC_KEY, TopicStandIn

SENDER = "+18005550142"
# A full number after `+` or `%2B`, or a bare run of 10 to 15 digits: what must never appear in telemetry.
FULL_NUMBER = re.compile(r"(\+|%2[Bb])\d{10,15}(?!\d)|(?<![\d*])\d{10,15}(?![\d])")


@pytest.fixture(scope="module")
def collected() -> Iterator[tuple[InMemoryMetricReader, InMemorySpanExporter]]:
    """The process's OpenTelemetry providers, set once (OpenTelemetry allows no second time): metrics read on
    demand, spans masked then kept, and the Azure SDKs' calls traced as the distro traces them."""
    reader, spans = InMemoryMetricReader(), InMemorySpanExporter()
    metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
    provider = TracerProvider()
    provider.add_span_processor(MaskNumbersInSpans())
    provider.add_span_processor(SimpleSpanProcessor(spans))
    trace.set_tracer_provider(provider)
    azure_settings.tracing_implementation = "opentelemetry"
    yield reader, spans
    azure_settings.tracing_implementation = None


def points(reader: InMemoryMetricReader) -> dict[str, list]:
    """Each metric's data points, by name."""
    data = reader.get_metrics_data()
    found: dict[str, list] = {}
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found.setdefault(metric.name, []).extend(metric.data.data_points)
    return found


def total(reader: InMemoryMetricReader, name: str, **attributes) -> float:
    return sum(point.value for point in points(reader).get(name, [])
               if all(point.attributes.get(key) == value for key, value in attributes.items()))


def sms_received(recipient: str, text: str, received: datetime) -> EventEnvelope:
    message_id = f"Incoming_{uuid.uuid4()}"
    return EventEnvelope(id=message_id, type=SMS_RECEIVED, time=received,
                         data={"messageId": message_id, "from": recipient, "to": SENDER, "message": text,
                               "receivedTimestamp": received.isoformat()})


def send_request(recipients: list[str]) -> HttpRequestData:
    url = "http://127.0.0.1:7071/sms?api-version=2026-01-23"
    body = json.dumps({"from": SENDER, "message": "Sale!", "smsRecipients": [{"to": to} for to in recipients]}).encode()
    headers = {**sign_request("POST", url, body, PRIMARY_KEY), "Host": "127.0.0.1:7071"}
    return HttpRequestData.create("POST", url, headers.items(), body)


@pytest.fixture
async def local(azurite, tmp_path):
    services = Services.from_settings(Settings(
        storage=StorageConnection(connection_string=azurite.connection_string),
        table_prefix=f"tm{uuid.uuid4().hex[:12]}", access_keys=(PRIMARY_KEY,), outbox_dir=tmp_path))
    yield services
    await services.close()


async def test_opt_outs_refused_sends_and_event_lag_are_counted_without_a_recipients_number(collected, local):
    reader, _ = collected
    recipient, other = f"+1425{uuid.uuid4().int % 10**7:07d}", f"+1425{uuid.uuid4().int % 10**7:07d}"
    before = points(reader)
    lags_before = sum(point.count for point in before.get("optout.events.lag", []))

    await local.inbound_sms.handle(sms_received(recipient, "ARRÊT", datetime.now(UTC) - timedelta(seconds=90)))
    await local.inbound_sms.handle(sms_received(recipient, "ARRÊT", datetime.now(UTC)))  # a no-op: not counted
    result = await local.send_api.handle(send_request([recipient, other]))
    assert result.status == 202

    assert total(reader, "optout.changes", direction="opt_out", source="keyword", sender=SENDER,
                 language="fr") == 1
    assert total(reader, "optout.sends.refused", sender=SENDER) == 1
    lags = [point for point in points(reader)["optout.events.lag"] if point.attributes["event_type"] == SMS_RECEIVED]
    assert sum(point.count for point in lags) == lags_before + 2
    assert max(point.max for point in lags) >= 90  # now minus receivedTimestamp, in seconds
    for name, data_points in points(reader).items():
        for point in data_points:
            assert not FULL_NUMBER.search(json.dumps(dict(point.attributes)).replace(SENDER, "sender")), name


async def test_storage_retries_are_counted_and_storage_calls_are_masked_dependencies_of_the_invocation(
        collected, azurite):
    reader, spans = collected
    proxy = FaultProxy(azurite.port).start()
    tables = Tables.from_connection_string(proxy.connection_string(azurite.connection_string),
                                           prefix=f"tr{uuid.uuid4().hex[:12]}")
    recipient = f"+1425{uuid.uuid4().int % 10**7:07d}"
    retried = total(reader, "optout.storage.retries", kind="request")
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    try:
        await tables.get(OptOutStore.TABLE)
        proxy.set(Fault.BUSY, times=1)  # one 503 ServerBusy: the SDK tries again, and the check succeeds
        with telemetry.invocation("OptOutsCheck", SpanKind.SERVER, parent):
            assert await OptOutStore(tables).check(SENDER, [recipient]) == {recipient: False}
    finally:
        await tables.close()
        proxy.stop()

    assert total(reader, "optout.storage.retries", kind="request") == retried + 1
    [invocation] = [span for span in spans.get_finished_spans() if span.name == "OptOutsCheck"]
    assert format(invocation.context.trace_id, "032x") == parent.split("-")[1]  # joins the Functions host's trace
    dependencies = [span for span in spans.get_finished_spans()
                    if span.context.trace_id == invocation.context.trace_id and span.kind is SpanKind.CLIENT]
    assert [span.attributes["http.response.status_code"] for span in dependencies] == [503, 404]  # retried, found none
    assert all("PartitionKey='%2B18*******42'" in str(span.attributes["url.full"]) for span in dependencies)
    everything = json.dumps([dict(span.attributes or {}) for span in spans.get_finished_spans()])
    assert recipient[2:-2] not in everything and SENDER[2:-2] not in everything


async def test_failed_replies_and_an_outbox_that_does_not_drain_are_reported(collected, azurite, acs, tmp_path):
    reader, _ = collected
    topic = TopicStandIn().start()
    services = Services.from_settings(Settings(
        storage=StorageConnection(connection_string=azurite.connection_string),
        table_prefix=f"tf{uuid.uuid4().hex[:12]}", access_keys=(PRIMARY_KEY,), outbox_dir=tmp_path,
        acs=AcsConnection.from_environ({"COMMUNICATION_SERVICES_CONNECTION_STRING": acs.connection_string}),
        topic=TopicConnection(endpoint=topic.endpoint, key=TOPIC_KEY)))
    recipient = f"+1425{uuid.uuid4().int % 10**7:07d}"
    acs.fail_recipient(recipient)  # ACS refuses the confirmation for good
    failed = total(reader, "optout.replies.failed", sender=SENDER, retried=False)
    topic.refuse_next(100)  # and the topic is down
    try:
        await services.inbound_sms.handle(sms_received(recipient, "STOP", datetime.now(UTC)))
        with pytest.raises(AzureError):
            await services.drain_notifications()
    finally:
        await services.close()
        topic.stop()

    assert total(reader, "optout.replies.failed", sender=SENDER, retried=False) == failed + 1
    [depth] = points(reader)["optout.notifications.outbox"]
    assert depth.value >= 1  # what the failed drain found waiting, recorded all the same


@pytest.mark.parametrize("text", ["Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555",
                                  "ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD"])
def test_entra_ingestion_uses_the_named_managed_identity(text):
    credential = ingestion_credential({"APPLICATIONINSIGHTS_AUTHENTICATION_STRING": text})
    assert type(credential).__name__ == "ManagedIdentityCredential"
    assert ingestion_credential({}) is None
    with pytest.raises(ValueError, match="APPLICATIONINSIGHTS_AUTHENTICATION_STRING"):
        ingestion_credential({"APPLICATIONINSIGHTS_AUTHENTICATION_STRING": "Authorization=Key"})


_PROBE = """
import os, sys
import function_app
from opentelemetry import metrics, trace
print(type(trace.get_tracer_provider()).__name__, type(metrics.get_meter_provider()).__name__,
      "azure.monitor.opentelemetry" in sys.modules, flush=True)
os._exit(0)  # no exit-time flush towards an ingestion endpoint that is not there
"""
_CONNECTION_STRING = ("InstrumentationKey=00000000-0000-0000-0000-000000000000;"
                      "IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/")


@pytest.mark.parametrize("environment, configured", [
    ({}, False),
    ({"APPLICATIONINSIGHTS_CONNECTION_STRING": _CONNECTION_STRING}, True),
    ({"APPLICATIONINSIGHTS_CONNECTION_STRING": _CONNECTION_STRING,
      "APPLICATIONINSIGHTS_AUTHENTICATION_STRING": "Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555"},
     True),
    # The worker configures the distro itself with this setting; the app must not export everything twice.
    ({"APPLICATIONINSIGHTS_CONNECTION_STRING": _CONNECTION_STRING,
      "PYTHON_APPLICATIONINSIGHTS_ENABLE_TELEMETRY": "true"}, False),
])
def test_the_app_configures_azure_monitor_only_with_a_connection_string(environment, configured):
    clean = {key: value for key, value in __import__("os").environ.items()
             if not key.startswith(("APPLICATIONINSIGHTS_", "PYTHON_APPLICATIONINSIGHTS_", "OTEL_"))}
    probe = subprocess.run([sys.executable, "-c", _PROBE], cwd=PROJECT_ROOT, env={**clean, **environment},
                           capture_output=True, text=True, timeout=60, check=True)
    tracer_provider, meter_provider, distro_loaded = probe.stdout.split()
    if configured:
        assert (tracer_provider, meter_provider) == ("TracerProvider", "MeterProvider")
    else:
        assert tracer_provider == "ProxyTracerProvider" and meter_provider == "_ProxyMeterProvider"
        assert distro_loaded == "False"  # not even imported: the app starts as fast as without telemetry
