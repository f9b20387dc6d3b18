"""Traces and the metrics an operator watches, through OpenTelemetry, sent to Application Insights when configured.

The modules that know a fact record it here (`changed`, `send_refused`, ...). They call the OpenTelemetry API only,
which does nothing until a provider is set: with no `APPLICATIONINSIGHTS_CONNECTION_STRING` nothing is configured
and nothing leaves the process. With one, `configure` sets up the azure-monitor-opentelemetry distro once
(`azure_monitor.py`, imported only then, so the app starts as fast without it); its Azure SDK instrumentation makes
every Table Storage, ACS and Event Grid call a dependency of the invocation's span.

No attribute may carry a full phone number: metrics name the sender (the business's own number) and never the
recipient, and spans are masked as they end, because the Azure SDK's dependency spans carry the request URL, whose
keys and filter hold the recipient.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime

from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

log = logging.getLogger(__name__)

CONNECTION_STRING = "APPLICATIONINSIGHTS_CONNECTION_STRING"
# Set, the Functions worker configures azure-monitor-opentelemetry itself; a second configuration would export twice.
WORKER_TELEMETRY = "PYTHON_APPLICATIONINSIGHTS_ENABLE_TELEMETRY"

_meter = metrics.get_meter("optout")
_tracer = trace.get_tracer("optout")

_changes = _meter.create_counter(
    "optout.changes", unit="{change}",
    description="Opt-outs and opt-ins that changed the list, by direction, source, sender, keyword rule and language")
_refused = _meter.create_counter(
    "optout.sends.refused", unit="{recipient}",
    description="Recipients of POST /sms not sent to because they opted out, by sender")
_event_lag = _meter.create_histogram(
    "optout.events.lag", unit="s",
    description="How long after ACS received it an inbound event was handled (now minus receivedTimestamp)")
_replies_failed = _meter.create_counter(
    "optout.replies.failed", unit="{reply}",
    description="Confirmations and HELP answers not sent, by sender and whether they are retried")
_outbox = _meter.create_gauge(
    "optout.notifications.outbox", unit="{notification}",
    description="Change notifications the drain found waiting: above 0 run after run, the outbox is not draining")
_storage_retries = _meter.create_counter(
    "optout.storage.retries", unit="{retry}",
    description="Table Storage requests tried again: by the SDK (kind=request) or whole transactions "
                "(kind=transaction)")


def changed(opted_out: bool, source: str, sender: str, rule: str = "", language: str = "") -> None:
    _changes.add(1, {"direction": "opt_out" if opted_out else "opt_in", "source": source, "sender": sender,
                     "rule": rule, "language": language})


def send_refused(sender: str, recipients: int) -> None:
    if recipients:
        _refused.add(recipients, {"sender": sender})


def event_handled(event_type: str, received_at: datetime) -> None:
    _event_lag.record(max(0.0, (datetime.now(UTC) - received_at).total_seconds()), {"event_type": event_type})


def reply_failed(sender: str, retried: bool) -> None:
    _replies_failed.add(1, {"sender": sender, "retried": retried})


def outbox_depth(waiting: int) -> None:
    _outbox.set(waiting)


def storage_retried(kind: str) -> None:
    _storage_retries.add(1, {"kind": kind})


@contextmanager
def invocation(name: str, kind: SpanKind, traceparent: str | None = None,
               attributes: Mapping[str, str] | None = None) -> Iterator[trace.Span]:
    """The span of one function invocation, a child of the Functions host's own when it passes its traceparent, so
    the host's request and this app's dependencies are one operation in Application Insights."""
    parent = TraceContextTextMapPropagator().extract({"traceparent": traceparent}) if traceparent else None
    with _tracer.start_as_current_span(name, context=parent, kind=kind, attributes=attributes) as span:
        yield span


def http_status(span: trace.Span, status: int) -> None:
    span.set_attribute("http.response.status_code", status)
    if status >= 500:
        span.set_status(Status(StatusCode.ERROR))


_configured = False


def configure(environ: Mapping[str, str] = os.environ) -> bool:
    """Send traces and metrics to Application Insights if `APPLICATIONINSIGHTS_CONNECTION_STRING` is set;
    otherwise configure nothing. Once per process; whether this call configured it."""
    global _configured  # noqa: PLW0603 - OpenTelemetry's providers are process-wide; so is this flag
    connection_string = environ.get(CONNECTION_STRING, "").strip()
    if _configured or not connection_string:
        return False
    if environ.get(WORKER_TELEMETRY, "").strip().lower() == "true":
        log.info("telemetry: the Functions worker configures Application Insights (%s)", WORKER_TELEMETRY)
        return False
    from .azure_monitor import configure_azure_monitor  # noqa: PLC0415 - the SDK and exporters: heavy, only when on

    try:
        configure_azure_monitor(connection_string, environ)
    except ValueError as exc:
        log.error("telemetry off: %s", exc)
        return False
    _configured = True
    return True
