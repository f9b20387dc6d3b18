"""ACS SMS events as they arrive from Event Grid: either schema, camelCase or PascalCase data, numbers with or
without `+` (../shared/reference/acs-wire-contract.md, section 7)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .numbers import InvalidNumberError, Recipient, Sender, parse_recipient, parse_sender

SMS_RECEIVED = "Microsoft.Communication.SMSReceived"
DELIVERY_REPORT = "Microsoft.Communication.SMSDeliveryReportReceived"
# ACS's error code for "The Destination/To number has opted out of receiving messages from you.", and the status
# wording its FAQ gives for a carrier block. How ACS writes the code into deliveryStatusDetails is unconfirmed, so
# any of them counts (docs/decisions.md).
CARRIER_OPT_OUT_CODE = re.compile(r"(?<!\d)4007(?!\d)")
CARRIER_OPT_OUT_WORDING = ("opted out", "sender blocked for given recipient")
MAX_MESSAGE_ID_LENGTH = 256
_PLAUSIBLE_YEARS = (2000, 2100)


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


@dataclass(frozen=True)
class DeliveryReport:
    message_id: str
    sender: Sender        # our number: the `from` of the report
    recipient: Recipient  # who we wrote to: the `to`
    status: str
    details: str
    received_at: datetime

    @property
    def is_carrier_opt_out(self) -> bool:
        details = self.details.lower()
        return self.status.lower() == "failed" and (
            CARRIER_OPT_OUT_CODE.search(details) is not None
            or any(words in details for words in CARRIER_OPT_OUT_WORDING))


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


class _DeliveryAttempt(BaseModel):
    model_config = ConfigDict(extra="ignore")

    timestamp: datetime | None = None


class _DeliveryReportData(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    message_id: str = Field(alias="messageid", min_length=1, max_length=MAX_MESSAGE_ID_LENGTH)
    from_: str = Field(alias="from", min_length=1, max_length=64)
    to: str = Field(min_length=1, max_length=64)
    delivery_status: str = Field(alias="deliverystatus", max_length=64)
    delivery_status_details: str = Field(default="", alias="deliverystatusdetails", max_length=2000)
    received_timestamp: datetime | None = Field(default=None, alias="receivedtimestamp")
    delivery_attempts: list[_DeliveryAttempt] = Field(default_factory=list, alias="deliveryattempts")


_Data = TypeVar("_Data", bound=BaseModel)


def _data(envelope: EventEnvelope, model: type[_Data]) -> _Data:
    """Validate `data` with its keys in any casing (the docs write PascalCase, the SDK models camelCase)."""
    data = envelope.data
    if isinstance(data, str):  # a CloudEvent's data may arrive as a JSON string
        try:
            data = json.loads(data)
        except ValueError:
            raise MalformedEventError("data is a string but not JSON") from None
        except RecursionError:  # redelivering would fail the same way: it is malformed, not a failure
            raise MalformedEventError("data is a string of JSON nested too deeply") from None
    if not isinstance(data, Mapping):
        raise MalformedEventError("data is not a JSON object")
    lowered = {str(key).lower(): _whole_characters(value) for key, value in data.items()}
    if isinstance(lowered.get("deliveryattempts"), list):
        lowered["deliveryattempts"] = [{str(k).lower(): v for k, v in attempt.items()} if isinstance(attempt, Mapping)
                                       else attempt for attempt in lowered["deliveryattempts"]]
    try:
        return model.model_validate(lowered)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, error['loc']))}: {error['msg']}" for error in exc.errors())
        raise MalformedEventError(problems) from exc


def _parties(from_: str, to: str, sender_is: str) -> tuple[Sender, Recipient]:
    """Our sender and the other party, from an event's `from` and `to` (which is which depends on the event)."""
    ours, theirs = (from_, to) if sender_is == "from" else (to, from_)
    try:
        recipient = parse_recipient(event_number(theirs))
    except InvalidNumberError as exc:
        raise MalformedEventError(f"{'to' if sender_is == 'from' else 'from'} is not a usable phone number") from exc
    try:
        sender = parse_sender(event_number(ours))
    except InvalidNumberError as exc:
        raise MalformedEventError(f"{sender_is} is not a usable sender") from exc
    return sender, recipient


def _whole_characters(value: Any) -> Any:
    """A lone surrogate (half an emoji split across SMS segments) becomes U+FFFD, so "STOP \ud800" still reads."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        raise MalformedEventError("the event says neither when it was received nor when it happened")
    if moment.tzinfo is None:
        raise MalformedEventError("a timestamp has no time zone")
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        utc = None
    if utc is None or not _PLAUSIBLE_YEARS[0] <= utc.year <= _PLAUSIBLE_YEARS[1]:
        raise MalformedEventError("a timestamp is outside any plausible time")
    return utc


def parse_sms_received(envelope: EventEnvelope) -> InboundSms:
    data = _data(envelope, _SmsReceivedData)
    sender, recipient = _parties(data.from_, data.to, sender_is="to")
    return InboundSms(message_id=data.message_id, recipient=recipient, sender=sender, text=data.message,
                      received_at=_aware(data.received_timestamp or envelope.time))


def parse_delivery_report(envelope: EventEnvelope) -> DeliveryReport:
    data = _data(envelope, _DeliveryReportData)
    sender, recipient = _parties(data.from_, data.to, sender_is="from")
    attempts = [attempt.timestamp for attempt in data.delivery_attempts
                if attempt.timestamp is not None and attempt.timestamp.tzinfo is not None]
    received_at = data.received_timestamp or (max(attempts) if attempts else None) or envelope.time
    return DeliveryReport(message_id=data.message_id, sender=sender, recipient=recipient,
                          status=data.delivery_status, details=data.delivery_status_details,
                          received_at=_aware(received_at))
