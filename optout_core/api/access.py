"""Authentication and authorisation for every endpoint, in one place: ACS HMAC keys, or Microsoft Entra ID tokens.

HMAC keys grant everything, as ACS access keys do; `OPTOUT_DISABLE_LOCAL_AUTH` turns them off, as ACS's
`disableLocalAuth` does. An Entra ID principal may read (check, list, history, export, reviews, briefs) or also
write, as configured (entra.py). A refusal is 401 (no usable credential) or 403 (a good token for a principal that
may not do this), in the ACS error envelope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from ..auth import AuthenticationError, HmacVerifier
from ..entra import EntraVerifier, KeysUnavailableError, TokenRejectedError
from .http import MAX_BODY_BYTES, ApiError, HttpRequestData


class Access(Enum):
    READ = "read"
    WRITE = "write"


@dataclass(frozen=True)
class Caller:
    """Who made a request, and the moment it counts as made."""

    who: str                  # the key's name, or the principal's object id: for logs and review decisions
    evidence: dict[str, str]  # recorded in the history of every change the request makes
    at: datetime
    # The moment the request names as its own: its signed date, the same on every replay; for a bearer request,
    # its arrival. Program briefs are ordered by it (docs/decisions.md).
    dated: datetime
    # A signature names its exact request, so a repeat can be recognised (docs/decisions.md); a bearer token is
    # reused across requests by design, so a bearer request has none.
    request_id: str | None = None


class Authenticator:
    def __init__(self, hmac: HmacVerifier, entra: EntraVerifier | None = None, local_auth: bool = True,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._hmac = hmac
        self._entra = entra
        self._local_auth = local_auth
        self._clock = clock

    async def authenticate(self, request: HttpRequestData, access: Access,
                           max_body: int = MAX_BODY_BYTES) -> Caller:
        """Size first (cheap, and bounds the hashing), then the credential."""
        if len(request.body) > max_body:
            raise ApiError(413, "RequestEntityTooLarge", f"The request body exceeds {max_body} bytes.")
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() == "bearer":
            return await self._bearer(token.strip(), access)
        if not self._local_auth:
            raise ApiError(401, "Unauthorized", "Access keys are disabled on this service "
                                                "(OPTOUT_DISABLE_LOCAL_AUTH); sign in with Microsoft Entra ID.")
        try:
            signed = self._hmac.verify(request.method, request.url, request.headers, request.body)
        except AuthenticationError as exc:
            raise ApiError(401, exc.code, exc.message) from exc
        return Caller(who=signed.key.name, evidence={"key": signed.key.name}, at=signed.at, dated=signed.signed_at,
                      request_id=signed.signature)

    async def _bearer(self, token: str, access: Access) -> Caller:
        if self._entra is None:
            raise ApiError(401, "Unauthorized", "This service does not accept Microsoft Entra ID tokens "
                                                "(OPTOUT_ENTRA_TENANT_ID is not set); sign with an access key.")
        try:
            principal = await self._entra.principal(token)
        except TokenRejectedError as exc:
            raise ApiError(401, "Unauthorized", f"The bearer token is refused: {exc}.") from None
        except KeysUnavailableError:
            raise ApiError(503, "ServiceUnavailable", "The tenant's signing keys cannot be fetched now; "
                                                      "retry later.") from None
        if access is Access.WRITE and not principal.can_write:
            raise ApiError(403, "Forbidden", "This principal may not change the list: list its object id in "
                                             "OPTOUT_ENTRA_WRITERS or give it a writer app role.")
        if not principal.can_read:
            raise ApiError(403, "Forbidden", "This principal may not use this service: list its object id in "
                                             "OPTOUT_ENTRA_READERS or OPTOUT_ENTRA_WRITERS, or give it an app role.")
        now = self._clock()
        return Caller(who=principal.object_id, evidence=principal.evidence(), at=now, dated=now)
