"""Outbound SMS through one transport: ACS (azure-communication-sms) when configured, else a local outbox file.

Everything we send goes through `SmsTransport.send`: replies to keywords, and
the recipients the send proxy forwards. The outbox (`OPTOUT_OUTBOX_DIR`,
default `.outbox/`) receives one JSON line per recipient in `outbox.ndjson`,
so a developer can read what would have been sent.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol

from azure.communication.sms.aio import SmsClient
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.exceptions import AzureError
from azure.core.rest import HttpRequest

from .connections import AcsConnection, transport_options
from .numbers import mask

log = logging.getLogger(__name__)

# The api-version our own replies use: the one every ACS resource and azure-communication-sms 1.1.0 speak.
REPLY_API_VERSION = "2021-03-07"
_TRANSIENT_STATUSES = {401, 403, 408, 429}  # worth retrying: a key being rotated, a timeout, throttling
# The longest one send through ACS may take, its retries included: a reply's claim (inbound.reply_claim) is built on
# it, and a caller of the send proxy is told 503 within it.
SEND_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class OutboundRecipient:
    to: str
    repeatability_request_id: str | None = None
    repeatability_first_sent: str | None = None


@dataclass(frozen=True)
class OutboundBatch:
    """One ACS send request: a message from one sender to up to 100 recipients."""

    sender: str
    recipients: list[OutboundRecipient]
    message: str
    options: dict[str, Any] | None = None  # smsSendOptions, passed through as the caller wrote them
    api_version: str = REPLY_API_VERSION

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"from": self.sender, "message": self.message, "smsRecipients": [
            {key: value for key, value in (("to", r.to), ("repeatabilityRequestId", r.repeatability_request_id),
                                           ("repeatabilityFirstSent", r.repeatability_first_sent)) if value}
            for r in self.recipients]}
        if self.options is not None:
            body["smsSendOptions"] = self.options
        return body


@dataclass(frozen=True)
class RecipientResult:
    """ACS's SmsSendResponseItem."""

    to: str
    http_status_code: int
    successful: bool
    message_id: str | None = None
    error_message: str | None = None
    repeatability_result: str | None = None

    @property
    def failed_for_good(self) -> bool:
        """Refused in a way that will not change on a retry (an invalid number, say)."""
        return not self.successful and 400 <= self.http_status_code < 500 and \
            self.http_status_code not in _TRANSIENT_STATUSES

    @classmethod
    def from_wire(cls, item: dict[str, Any]) -> RecipientResult:
        return cls(to=str(item.get("to", "")), http_status_code=int(item.get("httpStatusCode", 500)),
                   successful=bool(item.get("successful")), message_id=item.get("messageId"),
                   error_message=item.get("errorMessage"), repeatability_result=item.get("repeatabilityResult"))


class TransportError(Exception):
    """ACS refused the request as a whole, or could not be reached (status None)."""

    def __init__(self, message: str, status: int | None = None, body: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = body

    @property
    def permanent(self) -> bool:
        return self.status is not None and 400 <= self.status < 500 and self.status not in _TRANSIENT_STATUSES


class SmsTransport(Protocol):
    async def send(self, batch: OutboundBatch) -> list[RecipientResult]:
        """One result per recipient, in order; raises TransportError if the request failed as a whole."""

    async def close(self) -> None: ...


def new_recipient(to: str) -> OutboundRecipient:
    """A recipient with fresh repeatability fields, as the ACS SDKs send them, so ACS can drop a retried duplicate."""
    return OutboundRecipient(to=to, repeatability_request_id=str(uuid.uuid4()),
                             repeatability_first_sent=format_datetime(datetime.now(UTC), usegmt=True))


class AcsTransport:
    """Sends through ACS with azure-communication-sms (its pipeline: HMAC signing, retries, user agent).

    Built from the connection string's parts, not `from_connection_string`, which would turn an http:// endpoint (a
    local stand-in) into https://. The request goes through the client's pipeline as written, because the public
    `send()` makes up its own repeatability ids and knows only the 2021-03-07 options, and a proxy must keep the
    caller's. That pipeline is reached through the client's generated service client; azure-communication-sms is
    pinned in requirements.txt for this reason, and tests/test_send_api.py exercises it.
    """

    def __init__(self, connection: AcsConnection) -> None:
        # With an access key the SDK signs with HMAC; with a token credential it sends an Entra ID bearer token
        # for https://communication.azure.com//.default.
        self._credential = connection.credential()
        # The SDK signs the endpoint minus its scheme as the host: a trailing slash would spoil every signature.
        # Each try waits at most 5 s to connect and 10 s for an answer; the whole send is cut at SEND_TIMEOUT_SECONDS.
        self._client = SmsClient(connection.endpoint.rstrip("/"), self._credential, retry_total=2,
                                 connection_timeout=5, read_timeout=10, **transport_options())

    async def send(self, batch: OutboundBatch) -> list[RecipientResult]:
        request = HttpRequest("POST", f"{{endpoint}}/sms?api-version={batch.api_version}", json=batch.body(),
                              headers={"Accept": "application/json"})
        try:
            # The private send takes and returns azure.core.rest types, though annotated with the legacy ones.
            async with asyncio.timeout(SEND_TIMEOUT_SECONDS):
                response: Any = await self._client._sms_service_client._send_request(
                    request, stream=False)  # type: ignore[arg-type]
        except AzureError as exc:
            raise TransportError(f"ACS unreachable: {exc}") from exc
        except TimeoutError as exc:
            raise TransportError(f"ACS did not answer within {SEND_TIMEOUT_SECONDS:g} s") from exc
        try:
            payload = json.loads(response.content) if response.content else {}
        except ValueError:
            payload = {}
        if response.status_code != 202:
            error = payload.get("error", {}) if isinstance(payload, dict) else {}
            raise TransportError(f"ACS answered {response.status_code}: {error.get('message', '')}".strip(),
                                 status=response.status_code, body=payload if isinstance(payload, dict) else None)
        items = payload.get("value") if isinstance(payload, dict) else None
        if not isinstance(items, list) or len(items) != len(batch.recipients):
            raise TransportError("ACS answered 202 without one result per recipient", status=502)
        return [RecipientResult.from_wire(item) for item in items]

    async def close(self) -> None:
        await self._client.close()
        if isinstance(self._credential, AsyncTokenCredential):
            await self._credential.close()


@dataclass
class OutboxTransport:
    """Writes one JSON line per recipient to `outbox.ndjson` in a folder, for local development without ACS."""

    folder: Path
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def path(self) -> Path:
        return self.folder / "outbox.ndjson"

    async def send(self, batch: OutboundBatch) -> list[RecipientResult]:
        results, lines = [], []
        for recipient in batch.recipients:
            message_id = f"outbox-{uuid.uuid4()}"
            lines.append(json.dumps({"messageId": message_id, "time": datetime.now(UTC).isoformat(),
                                     "from": batch.sender, "to": recipient.to, "message": batch.message,
                                     "repeatabilityRequestId": recipient.repeatability_request_id,
                                     "smsSendOptions": batch.options}, ensure_ascii=False))
            results.append(RecipientResult(to=recipient.to, http_status_code=202, successful=True,
                                           message_id=message_id, repeatability_result="accepted"))
        async with self._lock:
            await asyncio.to_thread(self._append, lines)
        log.info("outbox: %d message(s) to %s written to %s", len(lines),
                 ", ".join(mask(r.to) for r in batch.recipients), self.path)
        return results

    def _append(self, lines: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as outbox:
            outbox.writelines(line + "\n" for line in lines)

    async def close(self) -> None:
        return None
