"""Outbound SMS through one transport: ACS (azure-communication-sms) when configured, else a local outbox file.

The outbox (`OPTOUT_OUTBOX_DIR`, default `.outbox/`) receives one JSON line per
message in `outbox.ndjson`, so a developer can read what would have been sent.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from azure.communication.sms.aio import SmsClient
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import AzureError, HttpResponseError

from .numbers import mask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboundSms:
    sender: str
    recipient: str
    text: str
    tag: str | None = None


@dataclass(frozen=True)
class SendOutcome:
    successful: bool
    message_id: str | None = None
    error: str | None = None
    # A permanent failure (the number is invalid, say) will fail again; anything else is worth retrying.
    permanent: bool = False


class SmsTransport(Protocol):
    async def send(self, message: OutboundSms) -> SendOutcome: ...

    async def close(self) -> None: ...


def parse_connection_string(connection_string: str) -> tuple[str, str]:
    """`endpoint=...;accesskey=...` (keys case-insensitive) -> (endpoint, access key), keeping an http:// scheme."""
    fields = {}
    for part in connection_string.split(";"):
        name, separator, value = part.partition("=")
        if separator:
            fields[name.strip().lower()] = value.strip()
    if not fields.get("endpoint") or not fields.get("accesskey"):
        raise ValueError("an ACS connection string needs endpoint=...;accesskey=...")
    return fields["endpoint"], fields["accesskey"]


class AcsTransport:
    """Sends through ACS. Built from the connection string's parts, not `from_connection_string`, which would turn
    an http:// endpoint (a local stand-in) into https://."""

    def __init__(self, connection_string: str) -> None:
        endpoint, key = parse_connection_string(connection_string)
        # The SDK signs the endpoint minus its scheme as the host: a trailing slash would spoil every signature.
        self._client = SmsClient(endpoint.rstrip("/"), AzureKeyCredential(key), retry_total=2)

    async def send(self, message: OutboundSms) -> SendOutcome:
        try:
            [result] = await self._client.send(from_=message.sender, to=[message.recipient], message=message.text,
                                               enable_delivery_report=message.tag is not None, tag=message.tag)
        except HttpResponseError as exc:
            permanent = exc.status_code is not None and 400 <= exc.status_code < 500 and exc.status_code not in (
                401, 403, 408, 429)
            return SendOutcome(successful=False, error=f"ACS answered {exc.status_code}: {exc.message}",
                               permanent=permanent)
        except AzureError as exc:
            return SendOutcome(successful=False, error=f"ACS unreachable: {exc}")
        if result.successful:
            return SendOutcome(successful=True, message_id=result.message_id)
        status = result.http_status_code or 500
        return SendOutcome(successful=False, error=f"ACS refused ({status}): {result.error_message}",
                           permanent=400 <= status < 500 and status not in (408, 429))

    async def close(self) -> None:
        await self._client.close()


class OutboxTransport:
    """Writes each message as a JSON line to `outbox.ndjson` in a folder, for local development without ACS."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "outbox.ndjson"
        self._lock = asyncio.Lock()

    async def send(self, message: OutboundSms) -> SendOutcome:
        message_id = f"outbox-{uuid.uuid4()}"
        line = json.dumps({"messageId": message_id, "time": datetime.now(timezone.utc).isoformat(),
                           "from": message.sender, "to": message.recipient, "message": message.text,
                           "tag": message.tag}, ensure_ascii=False)
        async with self._lock:
            await asyncio.to_thread(self._append, line)
        log.info("outbox: message to %s written to %s", mask(message.recipient), self.path)
        return SendOutcome(successful=True, message_id=message_id)

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as outbox:
            outbox.write(line + "\n")

    async def close(self) -> None:
        return None
