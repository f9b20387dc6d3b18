"""Continuation tokens: the storage service's resume position, handed to a caller and taken back from them.

A token is the table service's `NextPartitionKey` and `NextRowKey`, as JSON in URL-safe base64. What comes back is
checked whole before it goes anywhere near storage: the SDK sends both values on as request parameters, so a value
it cannot encode (a lone surrogate), or one that would be read as more than a parameter (a line break), must end as
a 400 here, not as an exception there. The service writes both values in visible ASCII (Azure: `1!8!…`; Azurite:
base64), so nothing else is accepted. A token only says where to resume a query whose filter comes from the rest
of the request, so a forged one can reach nothing its signed caller could not ask for anyway: checking its form is
enough, sealing it would add nothing (docs/decisions.md).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, model_validator

from .storage import Continuation

# Table keys are at most 1 KiB; the service's encoding of one is longer, but never this long.
MAX_KEY_TEXT = 2048
_KeyText = Annotated[str, StringConstraints(pattern=r"^[!-~]+$", max_length=MAX_KEY_TEXT)]


class MalformedTokenError(ValueError):
    """The text is not a continuation token this service issued."""


class _Token(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    PartitionKey: _KeyText | None
    RowKey: _KeyText | None

    @model_validator(mode="after")
    def _somewhere(self) -> _Token:
        if self.PartitionKey is None and self.RowKey is None:
            raise ValueError("a token names a partition key, a row key or both")
        return self


def encode_token(continuation: Continuation) -> str:
    return base64.urlsafe_b64encode(json.dumps(continuation).encode()).decode("ascii")


def decode_token(text: str) -> Continuation:
    try:
        return _Token.model_validate_json(base64.urlsafe_b64decode(text.encode("ascii"))).model_dump()
    except (binascii.Error, UnicodeError, ValidationError) as exc:
        raise MalformedTokenError(text) from exc
