"""Microsoft Entra ID bearer tokens, as ACS accepts them besides its HMAC keys (docs/entra.md).

A token is accepted when PyJWT verifies it against the tenant's published signing keys (RS256 only), it was issued
for the configured tenant (the v2 issuer from the tenant's OpenID discovery document, or the v1 issuer
`https://sts.windows.net/{tenant}/`), its audience is one configured, and it is within its lifetime (60 s of skew).
The signing keys are fetched once, kept, and fetched again only for a key id not yet seen (at most once a minute,
so a flood of made-up key ids costs one fetch a minute, not one per request) or when a day old.

Authorisation is the caller's object id in an allow-list, or an app role in the token: writers may change the list,
readers may only read it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import jwt

log = logging.getLogger(__name__)

DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
DEFAULT_AUDIENCES = ("https://communication.azure.com",)
DEFAULT_WRITER_ROLES = ("OptOuts.ReadWrite",)
DEFAULT_READER_ROLES = ("OptOuts.Read",)
CLOCK_SKEW_SECONDS = 60
ALGORITHMS = ["RS256"]  # pinned: Entra signs access tokens with RS256; `none` and HMAC algorithms never pass
_REFRESH_AT_MOST_EVERY = 60.0
_KEYS_KEPT_FOR = 24 * 3600.0

# Fetches a URL and returns its JSON; the service's is aiohttp-based, tests may pass their own.
FetchJson = Callable[[str], Awaitable[Any]]


class TokenRejectedError(Exception):
    """401: no usable token. The message says what was wrong, never what the token held."""


class KeysUnavailableError(Exception):
    """503: the tenant's signing keys could not be fetched, and none are kept: retry later."""


class NotAllowedError(Exception):
    """403: a good token for a principal that may not do this."""


@dataclass(frozen=True)
class EntraSettings:
    tenant_id: str
    authority: str = DEFAULT_AUTHORITY
    audiences: tuple[str, ...] = DEFAULT_AUDIENCES
    writers: frozenset[str] = frozenset()
    readers: frozenset[str] = frozenset()
    writer_roles: tuple[str, ...] = DEFAULT_WRITER_ROLES
    reader_roles: tuple[str, ...] = DEFAULT_READER_ROLES
    # The console's own app registration (a single-page application): where set, people sign in to the console
    # with Entra ID, asking for `console_scope` (docs/entra.md).
    console_client_id: str = ""
    console_scope: str = ""

    @property
    def discovery_url(self) -> str:
        return f"{self.authority.rstrip('/')}/{self.tenant_id}/v2.0/.well-known/openid-configuration"

    @property
    def authorize_url(self) -> str:
        return f"{self.authority.rstrip('/')}/{self.tenant_id}/oauth2/v2.0/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.authority.rstrip('/')}/{self.tenant_id}/oauth2/v2.0/token"

    @property
    def v1_issuer(self) -> str:
        return f"https://sts.windows.net/{self.tenant_id}/"

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> EntraSettings | None:
        """None without OPTOUT_ENTRA_TENANT_ID. Raises ValueError naming a setting that cannot be used."""
        tenant = environ.get("OPTOUT_ENTRA_TENANT_ID", "").strip()
        if not tenant:
            return None
        if not all(part.isalnum() or part in "-." for part in tenant):
            raise ValueError("OPTOUT_ENTRA_TENANT_ID must be a tenant id (a GUID) or a tenant domain name")
        authority = environ.get("OPTOUT_ENTRA_AUTHORITY", "").strip() or DEFAULT_AUTHORITY
        if not authority.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("OPTOUT_ENTRA_AUTHORITY must be an https:// URL")

        def listed(name: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
            values = tuple(value.strip() for value in environ.get(name, "").split(",") if value.strip())
            return values or default

        audiences = listed("OPTOUT_ENTRA_AUDIENCES", DEFAULT_AUDIENCES)
        console_client_id = environ.get("OPTOUT_ENTRA_CONSOLE_CLIENT_ID", "").strip()
        if console_client_id and not all(part.isalnum() or part == "-" for part in console_client_id):
            raise ValueError("OPTOUT_ENTRA_CONSOLE_CLIENT_ID must be an application (client) id, a GUID")
        # By default the console asks for the first accepted audience, whose tokens the API takes.
        console_scope = environ.get("OPTOUT_ENTRA_CONSOLE_SCOPE", "").strip() or f"{_normalised(audiences[0])}/.default"
        return cls(tenant_id=tenant, authority=authority, audiences=audiences,
                   console_client_id=console_client_id, console_scope=console_scope,
                   writers=frozenset(listed("OPTOUT_ENTRA_WRITERS")),
                   readers=frozenset(listed("OPTOUT_ENTRA_READERS")),
                   writer_roles=listed("OPTOUT_ENTRA_WRITER_ROLES", DEFAULT_WRITER_ROLES),
                   reader_roles=listed("OPTOUT_ENTRA_READER_ROLES", DEFAULT_READER_ROLES))


@dataclass(frozen=True)
class Principal:
    """Who a token names: its object id, and the app id and name where the token carries them."""

    object_id: str
    app_id: str | None
    name: str | None
    can_write: bool
    can_read: bool

    def evidence(self) -> dict[str, str]:
        """What the history records about who made a change."""
        found = {"principal": self.object_id, "appId": self.app_id, "name": self.name}
        return {key: value for key, value in found.items() if value}


def _normalised(audience: str) -> str:
    # The SDKs ask for `https://communication.azure.com//.default`; whether the token's aud then ends in a slash
    # is Entra's business, so both spellings are one audience.
    return audience.rstrip("/")


@dataclass
class _SigningKeys:
    issuer: str = ""
    keys: dict[str, Any] = field(default_factory=dict)
    fetched_at: float = float("-inf")


class EntraVerifier:
    def __init__(self, settings: EntraSettings, fetch_json: FetchJson,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = settings
        self._fetch_json = fetch_json
        self._clock = clock
        self._signing = _SigningKeys()
        self._attempted_at = float("-inf")
        self._lock = asyncio.Lock()
        self._audiences = {_normalised(audience) for audience in settings.audiences}

    async def principal(self, token: str) -> Principal:
        """The principal a valid token names; TokenRejectedError for any token that is not valid for us."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError:
            raise TokenRejectedError("the bearer token is not a JWT") from None
        if header.get("alg") not in ALGORITHMS:
            raise TokenRejectedError("the bearer token is not signed with RS256")
        key = await self._key(str(header.get("kid", "")))
        try:
            claims = jwt.decode(token, key, algorithms=ALGORITHMS, leeway=CLOCK_SKEW_SECONDS,
                                issuer=[self._signing.issuer, self._settings.v1_issuer],
                                options={"require": ["exp", "iss", "aud"], "verify_aud": False})
        except jwt.ExpiredSignatureError:
            raise TokenRejectedError("the bearer token has expired") from None
        except jwt.ImmatureSignatureError:
            raise TokenRejectedError("the bearer token is not valid yet") from None
        except jwt.InvalidIssuerError:
            raise TokenRejectedError("the bearer token was issued for another tenant") from None
        except jwt.InvalidTokenError:
            raise TokenRejectedError("the bearer token's signature or claims are not valid") from None
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if not any(isinstance(aud, str) and _normalised(aud) in self._audiences for aud in audiences):
            raise TokenRejectedError("the bearer token is for another audience")
        if claims.get("tid") not in (None, self._settings.tenant_id):
            raise TokenRejectedError("the bearer token was issued for another tenant")
        return self._authorise(claims)

    def _authorise(self, claims: Mapping[str, Any]) -> Principal:
        object_id = str(claims.get("oid") or "")
        if not object_id:
            raise TokenRejectedError("the bearer token names no principal (oid)")
        listed = claims.get("roles")
        roles = {str(role) for role in listed} if isinstance(listed, list) else set()
        can_write = object_id in self._settings.writers or any(role in roles for role in self._settings.writer_roles)
        can_read = can_write or object_id in self._settings.readers or \
            any(role in roles for role in self._settings.reader_roles)
        name = claims.get("name") or claims.get("preferred_username") or claims.get("app_displayname")
        return Principal(object_id=object_id, app_id=claims.get("appid") or claims.get("azp"),
                         name=str(name) if name else None, can_write=can_write, can_read=can_read)

    async def _key(self, key_id: str) -> Any:
        if key_id not in self._signing.keys or self._clock() - self._signing.fetched_at >= _KEYS_KEPT_FOR:
            async with self._lock:
                if self._clock() - self._attempted_at >= _REFRESH_AT_MOST_EVERY and (
                        key_id not in self._signing.keys
                        or self._clock() - self._signing.fetched_at >= _KEYS_KEPT_FOR):
                    self._attempted_at = self._clock()
                    await self._refresh()
        key = self._signing.keys.get(key_id)
        if key is None:
            raise TokenRejectedError("the bearer token is signed with a key the tenant does not publish")
        return key

    async def _refresh(self) -> None:
        try:
            discovery = await self._fetch_json(self._settings.discovery_url)
            document = await self._fetch_json(str(discovery["jwks_uri"]))
            keys = {str(jwk["kid"]): jwt.PyJWK.from_json(json.dumps(jwk), algorithm="RS256").key
                    for jwk in document["keys"]
                    if jwk.get("kty") == "RSA" and jwk.get("use", "sig") == "sig" and jwk.get("kid")}
            issuer = str(discovery["issuer"])
        except Exception as exc:  # whatever went wrong, the keys we had stay in use
            log.error("cannot fetch the tenant's signing keys from %s: %s", self._settings.discovery_url, exc)
            if not self._signing.keys:
                raise KeysUnavailableError("the tenant's signing keys cannot be fetched now") from None
            return
        self._signing = _SigningKeys(issuer=issuer, keys=keys, fetched_at=self._clock())
        log.info("fetched %d signing keys of tenant %s", len(keys), self._settings.tenant_id)


async def fetch_json(url: str) -> Any:
    """The service's fetch of the discovery document and the keys: rare (see EntraVerifier), bounded in time."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session, \
            session.get(url, headers={"Accept": "application/json"}) as response:
        response.raise_for_status()
        return await response.json(content_type=None)
