"""A request's query parameters and the numbers and times in them, read strictly: an unusable value is a 400
naming the parameter."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlencode, urlsplit

from ..numbers import INVALID_RECIPIENT_MESSAGE, InvalidNumberError, Recipient, Sender, parse_recipient, parse_sender
from ..paging import MalformedTokenError, decode_token, encode_token
from ..storage import Continuation
from .http import ApiError

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


# Times before this are refused in filters and imports: history keys count microseconds since 1970.
EARLIEST_TIME = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)


class Query:
    """A request's query parameters, read strictly: an unusable value is a 400 naming the parameter."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._values = {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}

    def text(self, name: str) -> str | None:
        return self._values.get(name)

    def required(self, name: str) -> str:
        value = self._values.get(name)
        if not value:
            raise ApiError(400, "BadRequest", f"The query parameter '{name}' is required.", target=name)
        return value

    def choice(self, name: str, allowed: list[str]) -> str | None:
        value = self._values.get(name)
        if value is not None and value not in allowed:
            raise ApiError(400, "BadRequest", f"'{name}' must be one of {', '.join(allowed)}.", target=name)
        return value

    def moment(self, name: str) -> datetime | None:
        value = self._values.get(name)
        if value is None:
            return None
        try:
            return parse_moment(value, latest=LATEST_TIME)
        except ValueError as exc:
            raise ApiError(400, "BadRequest", f"'{name}': {exc}, such as 2026-01-31T00:00:00Z.", target=name) from None

    def page_size(self, largest: int = MAX_PAGE_SIZE) -> int:
        value = self._values.get("maxPageSize", str(min(DEFAULT_PAGE_SIZE, largest)))
        if not re.fullmatch(r"[0-9]{1,5}", value) or not 1 <= int(value) <= largest:
            raise ApiError(400, "BadRequest", f"'maxPageSize' must be a whole number from 1 to {largest}.",
                           target="maxPageSize")
        return int(value)

    def continuation(self) -> Continuation | None:
        token = self._values.get("continuationToken")
        if token is None:
            return None
        try:
            return decode_token(token)
        except MalformedTokenError:
            raise ApiError(400, "BadRequest", "'continuationToken' is not one this service issued.",
                           target="continuationToken") from None

    def next_link(self, continuation: Continuation | None) -> str | None:
        if continuation is None:
            return None
        parameters = {**self._values, "continuationToken": encode_token(continuation)}
        return urlsplit(self._url)._replace(query=urlencode(parameters), fragment="").geturl()


def parse_moment(text: str, latest: datetime) -> datetime:
    """An ISO 8601 time with a zone, from 1970 (history keys count from then) to `latest`; else ValueError."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError("an ISO 8601 time needs a zone")
    if not EARLIEST_TIME <= moment <= latest:
        raise ValueError(f"must lie between 1970 and {latest:%Y-%m-%d}")
    return moment




def recipient_param(text: str) -> Recipient:
    """A recipient named in the query (`to`): unusable, it refuses the request."""
    try:
        return parse_recipient(text)
    except InvalidNumberError as exc:
        raise ApiError(400, "BadRequest", INVALID_RECIPIENT_MESSAGE, target="to") from exc


def sender_param(text: str) -> Sender:
    try:
        return parse_sender(text)
    except InvalidNumberError as exc:
        raise ApiError(400, "BadRequest", str(exc), target="from") from exc


def recipient_or_none(text: str) -> Recipient | None:
    try:
        return parse_recipient(text)
    except InvalidNumberError:
        return None
