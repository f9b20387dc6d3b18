"""Wire models of the ACS Opt-Out Management API (../shared/reference/acs-wire-contract.md, section 1)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_RECIPIENTS = 100

# Every published ACS api-version that has /sms/optouts:*. The opt-out contract is the same in all of them.
OPTOUT_API_VERSIONS = frozenset(
    {"2024-12-10-preview", "2025-05-29-preview", "2025-08-01-preview", "2025-09-17", "2026-01-23"}
)


class _Incoming(BaseModel):
    # strict: a number sent as a JSON number is an error, not silently turned into text.
    model_config = ConfigDict(strict=True, extra="ignore", populate_by_name=True)


class OptOutRecipient(_Incoming):
    to: str = Field(min_length=1)


class OptOutRequest(_Incoming):
    sender: str = Field(alias="from", min_length=1)
    recipients: list[OptOutRecipient] = Field(min_length=1, max_length=MAX_RECIPIENTS)


class OptOutResponseItem(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    to: str
    http_status_code: int = Field(alias="httpStatusCode")
    is_opted_out: bool | None = Field(default=None, alias="isOptedOut")
    error_message: str | None = Field(default=None, alias="errorMessage")


class OptOutResponse(BaseModel):
    value: list[OptOutResponseItem]


class ErrorDetail(BaseModel):
    code: str
    message: str
    target: str | None = None


class ErrorResponse(BaseModel):
    """The ACS error envelope, `{"error": {"code", "message"}}`."""

    error: ErrorDetail


# --- Send (POST /sms): section 2 of the wire contract -----------------------------------------------------------

# Every published ACS api-version of the send operation from 2021-03-07 (GA) on.
SEND_API_VERSIONS = frozenset(
    {"2021-03-07", "2024-12-10-preview", "2025-05-29-preview", "2025-08-01-preview", "2025-09-17", "2026-01-23"}
)
MAX_MESSAGE_LENGTH = 2048


class SmsRecipient(_Incoming):
    to: str = Field(min_length=1)
    repeatability_request_id: str | None = Field(default=None, alias="repeatabilityRequestId")
    repeatability_first_sent: str | None = Field(default=None, alias="repeatabilityFirstSent")


class SmsSendOptions(_Incoming):
    # Fields of newer api-versions (messagingConnect, ...) are passed on to ACS as written.
    model_config = ConfigDict(strict=True, extra="allow", populate_by_name=True, serialize_by_alias=True)

    enable_delivery_report: bool = Field(alias="enableDeliveryReport")
    tag: str | None = None
    delivery_report_timeout_in_seconds: int | None = Field(default=None, alias="deliveryReportTimeoutInSeconds",
                                                           ge=60, le=43200)


class SendMessageRequest(_Incoming):
    sender: str = Field(alias="from", min_length=1)
    sms_recipients: list[SmsRecipient] = Field(alias="smsRecipients", min_length=1, max_length=MAX_RECIPIENTS)
    message: str = Field(max_length=MAX_MESSAGE_LENGTH)
    sms_send_options: SmsSendOptions | None = Field(default=None, alias="smsSendOptions")


class SmsSendResponseItem(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    to: str
    message_id: str | None = Field(default=None, alias="messageId")
    http_status_code: int = Field(alias="httpStatusCode")
    repeatability_result: str | None = Field(default=None, alias="repeatabilityResult")
    successful: bool
    error_message: str | None = Field(default=None, alias="errorMessage")


class SmsSendResponse(BaseModel):
    value: list[SmsSendResponseItem]


# --- Beyond ACS: reading the list (Azure REST paging: {"value": [...], "nextLink": "..."}) ---------------------------

class _Outgoing(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class OptOutEntry(_Outgoing):
    sender: str = Field(alias="from")
    to: str
    country: str
    source: str
    opted_out_at: datetime = Field(alias="optedOutAt")
    rule: str | None = None
    keyword: str | None = None


class HistoryRecord(_Outgoing):
    sender: str = Field(alias="from")
    to: str
    action: str
    outcome: str
    source: str
    at: datetime
    recorded_at: datetime = Field(alias="recordedAt")
    evidence: dict[str, str]


class EntryPage(_Outgoing):
    value: list[OptOutEntry]
    next_link: str | None = Field(default=None, alias="nextLink")


class HistoryPage(_Outgoing):
    value: list[HistoryRecord]
    next_link: str | None = Field(default=None, alias="nextLink")


# --- Beyond ACS: bulk import (the CLI reads CSV or NDJSON files and sends their rows in batches) ------------------

MAX_IMPORT_ROWS = 5000


class ImportRow(_Incoming):
    """Only the line number is checked here: everything else is checked row by row (api._import_row), so that one
    bad row is reported by its line while the good rows of the batch go in."""

    line: int = Field(ge=1)
    sender: Any = Field(default=None, alias="from")
    to: Any = None
    country: Any = None
    opted_out_at: Any = Field(default=None, alias="optedOutAt")


class ImportRequest(_Incoming):
    file: str | None = Field(default=None, max_length=200)
    rows: list[ImportRow] = Field(min_length=1, max_length=MAX_IMPORT_ROWS)


class ImportRowError(_Outgoing):
    line: int
    reason: str


class ImportResult(_Outgoing):
    imported: int
    already_opted_out: int = Field(alias="alreadyOptedOut")
    superseded: int
    errors: list[ImportRowError]


# --- Beyond ACS: the review queue of ambiguous keyword decisions (review.py) ---------------------------------------

class Review(_Outgoing):
    id: str
    sender: str = Field(alias="from")
    to: str
    message_id: str = Field(alias="messageId")
    received_at: datetime = Field(alias="receivedAt")
    text: str
    intent: str
    rule: str
    keyword: str
    language: str
    reason: str
    status: str
    decided_by: str | None = Field(default=None, alias="decidedBy")
    decided_at: datetime | None = Field(default=None, alias="decidedAt")
    note: str | None = None


class ReviewPage(_Outgoing):
    value: list[Review]
    next_link: str | None = Field(default=None, alias="nextLink")


class ReviewDecision(_Incoming):
    sender: str = Field(alias="from", min_length=1)
    id: str = Field(pattern=r"^[0-9]{19}-[0-9a-f]{16}$")
    action: Literal["confirm", "reverse"]
    note: str = Field(default="", max_length=200)


# --- Beyond ACS: evidence for a complaint file (evidence/) -----------------------------------------------------------

EvidenceKind = Literal["opt_out", "opt_in", "confirmation", "refused_send", "carrier_block", "review"]


class EvidenceEntry(_Outgoing):
    sender: str = Field(alias="from")
    opted_out: bool = Field(alias="optedOut")
    source: str
    changed_at: datetime = Field(alias="changedAt")


class EvidenceEvent(_Outgoing):
    """One thing that happened; every field is always present, null when it does not apply."""

    at: datetime
    sender: str = Field(alias="from")
    kind: EvidenceKind
    source: str | None = Field(description="How a change came to be; null for a refused send.", json_schema_extra={
        "enum": ["api", "keyword", "import", "carrier", "review", None]})
    detail: str = Field(description="One line a person reads.")
    message_id: str | None = Field(alias="messageId", description=(
        "The message that asked for a change, the confirmation's ACS message id, the carrier report's message, "
        "a refused send's repeatability id (or the service's own request id when the caller gave none)."))
    status: str | None = Field(description=(
        "A change's outcome (changed, already_in_state, superseded), a confirmation's reply status (sent, "
        "pending, failed, superseded, sending), a review's (open, confirmed, reversed), or refused."))
    who: str | None = Field(description="The access key, Entra principal or reviewer that asked, if any.")


class EvidenceReport(_Outgoing):
    to: str
    sender: str | None = Field(alias="from", description="The one sender asked for; null: every sender.")
    generated_at: datetime = Field(alias="generatedAt")
    entries: list[EvidenceEntry]
    events: list[EvidenceEvent] = Field(description="In time order, oldest first.")
