"""ACS access-key authentication (HMAC-SHA256), verified as the ACS service does.

The client signs `METHOD\\nPATH_AND_QUERY\\nDATE;HOST;CONTENT_SHA256` with the
base64-decoded access key. We accept the host with or without its port (the
Java SDK signs it without) and either of two keys, so keys can be rotated the
way ACS rotates its primary and secondary keys.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urlsplit

MAX_CLOCK_SKEW = timedelta(minutes=15)
_DATE_RESOLUTION = timedelta(seconds=1)  # an RFC 1123 date names a whole second
# As long as the HMAC-SHA256 output (RFC 2104 advises no shorter); ACS's own keys are 64 bytes.
MIN_KEY_BYTES = 32

_SCHEME = "HMAC-SHA256"
_SIGNED_HEADERS_CURRENT = "x-ms-date;host;x-ms-content-sha256"
# Signed by .NET SDKs before 2021; a maintainer notes the service still honours it.
_SIGNED_HEADERS_LEGACY = "date;host;x-ms-content-sha256"


class AuthenticationError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class AccessKey:
    name: str
    secret: bytes

    @classmethod
    def from_base64(cls, name: str, encoded: str) -> AccessKey:
        try:
            secret = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(f"the {name} access key is not valid base64") from None
        if len(secret) < MIN_KEY_BYTES:
            raise ValueError(f"the {name} access key decodes to {len(secret)} bytes; at least {MIN_KEY_BYTES} are "
                             "needed (README: generating a key)")
        return cls(name=name, secret=secret)


@dataclass(frozen=True)
class SignedRequest:
    """What a verified signature tells: which key signed, the moment the request counts as made, and the signature
    itself, which names this exact request (docs/decisions.md).

    `at` is when the request reached us, but never later than the end of the second its signed date names: a
    request held back and delivered late (or replayed) counts as of when it was signed, and loses to whatever
    happened since. `signed_at` is the signed date itself, the same however often the request is sent."""

    key: AccessKey
    at: datetime
    signature: str
    signed_at: datetime


def content_hash(body: bytes) -> str:
    return base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")


def signature(secret: bytes, method: str, path_and_query: str, date: str, host: str, body_hash: str) -> str:
    string_to_sign = f"{method.upper()}\n{path_and_query}\n{date};{host};{body_hash}"
    # surrogateescape: a raw byte in the request target must make a wrong signature, not an exception.
    digest = hmac.new(secret, string_to_sign.encode("utf-8", "surrogateescape"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def path_and_query(url: str) -> str:
    """The request target exactly as sent: path plus `?query`, undecoded."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def sign_request(method: str, url: str, body: bytes, key: AccessKey, now: datetime | None = None) -> dict[str, str]:
    """Headers an ACS SDK would send; used by our own clients, tests and benchmarks."""
    date = format_datetime((now or datetime.now(UTC)).astimezone(UTC), usegmt=True)
    host = urlsplit(url).netloc
    body_hash = content_hash(body)
    sig = signature(key.secret, method, path_and_query(url), date, host, body_hash)
    return {
        "x-ms-date": date,
        "x-ms-content-sha256": body_hash,
        "Authorization": f"{_SCHEME} SignedHeaders={_SIGNED_HEADERS_CURRENT}&Signature={sig}",
    }


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


def _parse_authorization(value: str) -> tuple[str, str]:
    scheme, _, params = value.strip().partition(" ")
    if scheme != _SCHEME:
        raise AuthenticationError("Unauthorized", "Authorization must use the HMAC-SHA256 scheme.")
    fields = dict(part.partition("=")[::2] for part in params.strip().split("&"))
    signed_headers = fields.get("SignedHeaders", "").lower()
    provided = fields.get("Signature", "")
    if signed_headers not in (_SIGNED_HEADERS_CURRENT, _SIGNED_HEADERS_LEGACY) or not provided:
        raise AuthenticationError(
            "Unauthorized", f"Authorization must carry SignedHeaders={_SIGNED_HEADERS_CURRENT} and a Signature."
        )
    return signed_headers, provided


def _host_variants(host: str) -> list[str]:
    name, separator, port = host.rpartition(":")
    return [host, name] if separator and port.isdigit() else [host]


class HmacVerifier:
    def __init__(
        self,
        keys: Sequence[AccessKey],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_skew: timedelta = MAX_CLOCK_SKEW,
    ) -> None:
        if not keys:
            raise ValueError("at least one access key is required")
        self._keys = tuple(keys)
        self._clock = clock
        self._max_skew = max_skew

    def verify(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> SignedRequest:
        """Return who signed the request and when, or raise AuthenticationError.

        `headers` must look names up case-insensitively.
        """
        authorization = headers.get("authorization")
        if not authorization:
            raise AuthenticationError("Unauthorized", "The request has no Authorization header.")
        signed = ("authorization", "x-ms-content-sha256", "x-ms-date", "date", "host")
        if not all(headers.get(name, "").isascii() for name in signed):
            raise AuthenticationError("Unauthorized", "Authentication headers must be ASCII.")
        signed_headers, provided = _parse_authorization(authorization)

        claimed_hash = headers.get("x-ms-content-sha256", "")
        if not hmac.compare_digest(claimed_hash.encode(), content_hash(body).encode()):
            raise AuthenticationError("Denied", "Request 'x-ms-content-sha256' differs from generated content hash.")

        date_header = "x-ms-date" if signed_headers.startswith("x-ms-date") else "date"
        date = headers.get(date_header, "")
        signed_at = self._signed_at(date_header, date)
        at = min(self._clock(), signed_at + _DATE_RESOLUTION)

        host = headers.get("host", "")
        target = path_and_query(url)
        candidates = [
            (key, signature(key.secret, method, target, date, variant, claimed_hash))
            for key in self._keys
            for variant in _host_variants(host)
        ]
        matched = [key for key, expected in candidates if hmac.compare_digest(expected.encode(), provided.encode())]
        if not matched:
            raise AuthenticationError("Unauthorized", "The request signature does not match.")
        return SignedRequest(key=matched[0], at=at, signature=provided, signed_at=signed_at)

    def _signed_at(self, header: str, value: str) -> datetime:
        """The signed date, if within the allowed skew of our clock."""
        try:
            signed_at = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            raise AuthenticationError(
                "Unauthorized", f"The {header} header is missing or not an RFC 1123 date.") from None
        if signed_at.tzinfo is None:
            signed_at = signed_at.replace(tzinfo=UTC)
        if abs(self._clock() - signed_at) > self._max_skew:
            minutes = int(self._max_skew.total_seconds() // 60)
            raise AuthenticationError("Unauthorized", f"The {header} header is more than {minutes} minutes off.")
        return signed_at
