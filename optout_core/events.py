"""ACS SMS events as they arrive from Event Grid: either schema, camelCase or PascalCase data, numbers with or
without `+` (../shared/reference/acs-wire-contract.md, section 7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .numbers import InvalidNumberError, Recipient, Sender, parse_recipient, parse_sender

SMS_RECEIVED = "Microsoft.Communication.SMSReceived"
MAX_MESSAGE_ID_LENGTH = 256


class MalformedEventError(ValueError):
    """The event cannot be acted on; retrying it would not help."""


@dataclass(frozen=True)
class EventEnvelope:
    """The parts of an Event Grid event or a CloudEvent that we use."""

    id: str
    type: str
    data: Any
    time: datetime | None = None


@dataclass(frozen=True)
class InboundSms:
    message_id: str
    recipient: Recipient  # who wrote to us: the `from` of the event
    sender: Sender        # our number, short code or sender ID: the `to` of the event
    text: str
    received_at: datetime


class _SmsReceivedData(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    message_id: str = Field(alias="messageid", min_length=1, max_length=MAX_MESSAGE_ID_LENGTH)
    from_: str = Field(alias="from", min_length=1, max_length=64)
    to: str = Field(min_length=1, max_length=64)
    message: str = Field(max_length=10_000)
    received_timestamp: datetime | None = Field(default=None, alias="receivedtimestamp")


def event_number(raw: str) -> str:
    """ACS writes numbers without `+` in some events: an all-digit number longer than a short code is E.164."""
    text = raw.strip()
    return f"+{text}" if text.isdigit() and len(text) > 8 else text


def parse_sms_received(envelope: EventEnvelope) -> InboundSms:
    if not isinstance(envelope.data, Mapping):
        raise MalformedEventError("data is not a JSON object")
    try:
        data = _SmsReceivedData.model_validate({str(key).lower(): value for key, value in envelope.data.items()})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, error['loc']))}: {error['msg']}" for error in exc.errors())
        raise MalformedEventError(problems) from exc
    received_at = data.received_timestamp or envelope.time
    if received_at is None:
        raise MalformedEventError("neither receivedTimestamp nor the event time is given")
    if received_at.tzinfo is None:
        raise MalformedEventError("receivedTimestamp has no time zone")
    try:
        recipient = parse_recipient(event_number(data.from_))
    except InvalidNumberError as exc:
        raise MalformedEventError("from is not a usable phone number") from exc
    try:
        sender = parse_sender(event_number(data.to))
    except InvalidNumberError as exc:
        raise MalformedEventError("to is not a usable sender") from exc
    return InboundSms(message_id=data.message_id, recipient=recipient, sender=sender, text=data.message,
                      received_at=received_at)
