"""The HTTP API's plumbing, free of any web framework: a request in, a status, headers and body out.

Every refusal of a whole request is a 4xx in the ACS error envelope (or a 503 when storage is unreachable, so
clients retry); nothing is written for a refused request.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, ValidationError

from ..contract import ErrorDetail, ErrorResponse
from ..storage import StorageUnavailableError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
_RETRY_AFTER_SECONDS = "5"
_Model = TypeVar("_Model", bound=BaseModel)


@dataclass(frozen=True)
class HttpRequestData:
    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes

    @classmethod
    def create(cls, method: str, url: str, headers: Iterable[tuple[str, str]], body: bytes) -> HttpRequestData:
        """Header names are lower-cased so that lookups are case-insensitive, as HTTP requires."""
        return cls(method=method.upper(), url=url, headers={k.lower(): v for k, v in headers}, body=body)


@dataclass(frozen=True)
class HttpResult:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json; charset=utf-8"})


def json_result(status: int, model: BaseModel) -> HttpResult:
    return HttpResult(status=status, body=model.model_dump_json(exclude_none=True).encode("utf-8"))


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, target: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.detail = ErrorDetail(code=code, message=message, target=target)

    def result(self) -> HttpResult:
        response = json_result(self.status, ErrorResponse(error=self.detail))
        if self.status == 503:
            response.headers["Retry-After"] = _RETRY_AFTER_SECONDS
        return response


def _describe_location(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse_body(model: type[_Model], body: bytes) -> _Model:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = _describe_location(first["loc"])
        if first["type"] == "json_invalid":
            raise ApiError(400, "BadRequest", f"The request body is not valid UTF-8 JSON: {first['msg']}.") from None
        message = f"{where}: {first['msg']}" if where else f"The request body: {first['msg']}"
        raise ApiError(400, "BadRequest", message, target=where or None) from None


def api_version(url: str, supported: frozenset[str]) -> str:
    values = parse_qs(urlsplit(url).query, keep_blank_values=True).get("api-version", [""])
    version = values[0]
    if not version:
        raise ApiError(400, "ApiVersionUnspecified", "An API version is required, but was not specified.")
    if version not in supported:
        resource = urlsplit(url)._replace(query="", fragment="").geturl()
        raise ApiError(
            400,
            "InvalidApiVersion",
            f"The HTTP resource that matches the request URI '{resource}' does not support the API version "
            f"'{version[:64]}'. Supported: {', '.join(sorted(supported))}.",
        )
    return version


async def answer(operation: str, work: Awaitable[HttpResult]) -> HttpResult:
    """Turn refusals into ACS error responses, and a storage outage into a 503 that clients retry."""
    try:
        return await work
    except ApiError as exc:
        return exc.result()
    except StorageUnavailableError as exc:
        log.error("%s refused: storage unavailable: %s", operation, exc)
        return ApiError(503, "ServiceUnavailable", "Storage is unavailable; retry later.").result()
