"""What the `optout` commands share: the signed HTTP client, the one-line error, progress and page notices."""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..auth import AccessKey, parse_connection_string, sign_request

API_VERSION = "2026-01-23"
JsonObject = dict[str, Any]


class CliError(Exception):
    """Something to tell the operator in one line, then exit 1."""


class ServiceError(CliError):
    """The service answered with an error: its status and ACS error code, for the commands that expect one."""

    def __init__(self, status: int, code: str | None, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    def __init__(self, connection_string: str | None) -> None:
        if not connection_string:
            raise CliError("give --connection-string or set OPTOUT_CONNECTION_STRING")
        try:
            endpoint, key = parse_connection_string(connection_string)
            self._key = AccessKey.from_base64("cli", key)
        except ValueError as exc:
            raise CliError(f"the connection string is not usable: {exc}") from exc
        self._endpoint = endpoint.rstrip("/")

    def call(self, method: str, path: str, body: Any = None) -> Reply:
        """`path` may also be a full URL the service handed out (a nextLink)."""
        url = path if path.startswith("http") else self._endpoint + path
        data = json.dumps(body).encode() if body is not None else b""
        headers = {**sign_request(method, url, data, self._key), "Content-Type": "application/json"}
        # The URL is the operator's own endpoint (or a link it returned), never user-supplied in a request.
        request = urllib.request.Request(  # noqa: S310
            url, data=data if method != "GET" else None, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
                return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
        except urllib.error.HTTPError as exc:
            raise _service_error(exc.code, exc.read()) from None
        except (urllib.error.URLError, OSError) as exc:
            raise CliError(f"cannot reach {urlsplit(url).netloc}: {getattr(exc, 'reason', exc)}") from None

    def pages(self, path: str) -> Iterator[list[JsonObject]]:
        """The `value` of every page of a listing, following its nextLinks."""
        next_path: str | None = path
        while next_path:
            page = self.call("GET", next_path).json()
            yield page["value"]
            next_path = page.get("nextLink")


def _service_error(status: int, body: bytes) -> ServiceError:
    try:
        error = json.loads(body)["error"]
        return ServiceError(status, error["code"], f"the service answered {status} {error['code']}: "
                                                   f"{error['message']}")
    except (ValueError, KeyError, TypeError):
        return ServiceError(status, None, f"the service answered {status}")


class PageSizeNotice:
    """Says, once, when the service answered with smaller pages than were asked for, rather than hide it."""

    def __init__(self, asked: int) -> None:
        self._asked = asked
        self._largest = 0
        self._pages = 0

    def saw(self, rows: int) -> None:
        self._largest = max(self._largest, rows)
        self._pages += 1

    def report(self) -> None:
        if self._pages > 1 and self._largest < self._asked:
            sys.stderr.write(f"note: pages of {self._asked} were asked for; the service answered with at most "
                             f"{self._largest} per page\n")


class Progress:
    """How far a job with a known total has come: the share done and, once there is a pace, the time left."""

    def __init__(self, total: int, start: int = 0) -> None:
        self._total = max(total, 1)
        self._start = start
        self._began = time.monotonic()

    def of_total(self, done: int) -> str:
        text = f"{done} of {self._total} ({100 * done // self._total}%)"
        if self._start < done < self._total:
            seconds = (time.monotonic() - self._began) * (self._total - done) / (done - self._start)
            text += f", about {_duration(seconds)} left"
        return text


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"
