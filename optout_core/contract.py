"""Wire models of the ACS Opt-Out Management API (../shared/reference/acs-wire-contract.md, section 1)."""

from __future__ import annotations

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
