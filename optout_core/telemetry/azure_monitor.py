"""The azure-monitor-opentelemetry distro, configured: imported only when telemetry is on (it is heavy)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from azure.monitor.opentelemetry import configure_azure_monitor as configure_distro
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor

from ..logs import mask_numbers

AUTHENTICATION_STRING = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"


def configure_azure_monitor(connection_string: str, environ: Mapping[str, str]) -> None:
    """Traces and metrics to Application Insights, with every span masked before it is exported; raises ValueError
    if the authentication string is not one it understands. Not logs: the Functions host already sends every log
    line to Application Insights, and the distro's handler would send each a second time."""
    configure_distro(connection_string=connection_string, credential=ingestion_credential(environ),
                     span_processors=[MaskNumbersInSpans()], disable_logging=True)


class MaskNumbersInSpans(SpanProcessor):
    """Masks every phone number in a span's name and string attributes as it ends, before any exporter sees it."""

    def on_end(self, span: ReadableSpan) -> None:
        span._name = mask_numbers(span.name)  # an ended span has no public setter
        if span.attributes:
            masked = {key: _masked_value(value) for key, value in span.attributes.items()}
            span._attributes = masked
        for event in span.events:
            if event.attributes:
                event._attributes = {key: _masked_value(value)
                                     for key, value in event.attributes.items()}


def _masked_value(value: Any) -> Any:
    if isinstance(value, str):
        return mask_numbers(value)
    if isinstance(value, tuple | list) and value and isinstance(value[0], str):
        return tuple(mask_numbers(item) for item in value)
    return value


def ingestion_credential(environ: Mapping[str, str]) -> Any:
    """The managed identity named by `APPLICATIONINSIGHTS_AUTHENTICATION_STRING` (`Authorization=AAD[;ClientId=…]`),
    for Application Insights that accepts Entra tokens only; None without it (ingestion by connection string)."""
    text = environ.get(AUTHENTICATION_STRING, "")
    if not text.strip():
        return None
    fields = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    fields = {key.strip().lower(): value.strip() for key, value in fields.items()}
    if fields.get("authorization", "").upper() != "AAD":
        raise ValueError(f"{AUTHENTICATION_STRING} must be Authorization=AAD[;ClientId=<client id>]")
    from azure.identity import ManagedIdentityCredential  # noqa: PLC0415 - only with Entra ingestion

    return ManagedIdentityCredential(client_id=fields.get("clientid") or None)


