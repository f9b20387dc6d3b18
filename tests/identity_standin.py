"""A stand-in for the managed identity endpoint that App Service and Azure Functions give an app.

azure-identity's ManagedIdentityCredential finds it through IDENTITY_ENDPOINT and IDENTITY_HEADER, as on Azure,
and asks `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=...&client_id=...` with the header
`X-IDENTITY-HEADER`. The stand-in answers with a JWT for that resource, signed with a key of its own (HS256), so
the ACS stand-in can verify it; Azurite checks issuer, audience and lifetime.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

import jwt
from aiohttp import web

from acs_standin import serve_in_thread, stop_thread

TENANT_ID = "72f988bf-0000-4000-8000-000000000001"


@dataclass
class IdentityStandIn:
    client_id: str = "5e1f0c53-0000-4000-8000-0000000000c1"
    principal_id: str = "9d3b2a10-0000-4000-8000-0000000000a1"
    port: int = 0
    header_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    signing_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    issued: list[tuple[str, str | None]] = field(default_factory=list)  # (resource, client_id) per token
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def environment(self) -> dict[str, str]:
        return {"IDENTITY_ENDPOINT": f"http://127.0.0.1:{self.port}/msi/token", "IDENTITY_HEADER": self.header_secret}

    def resources(self) -> set[str]:
        with self._lock:
            return {resource for resource, _ in self.issued}

    def verify(self, token: str, audiences: set[str]) -> dict:
        """The claims of a token this stand-in issued for one of `audiences`; raises jwt.InvalidTokenError."""
        return jwt.decode(token, self.signing_key, algorithms=["HS256"], audience=list(audiences),
                          issuer=f"https://sts.windows.net/{TENANT_ID}/")

    async def _token(self, request: web.Request) -> web.Response:
        if request.headers.get("X-IDENTITY-HEADER") != self.header_secret:
            return web.json_response({"error": "invalid identity header"}, status=401)
        resource = request.query.get("resource", "")
        client_id = request.query.get("client_id")
        if client_id not in (None, self.client_id):
            return web.json_response({"error": f"no identity with client id {client_id}"}, status=400)
        with self._lock:
            self.issued.append((resource, client_id))
        now = int(time.time())
        claims = {"aud": resource.rstrip("/"), "iss": f"https://sts.windows.net/{TENANT_ID}/", "iat": now,
                  "nbf": now - 60, "exp": now + 3600, "oid": self.principal_id, "appid": self.client_id,
                  "tid": TENANT_ID, "sub": self.principal_id}
        token = jwt.encode(claims, self.signing_key, algorithm="HS256")
        return web.json_response({"access_token": token, "expires_on": str(now + 3600), "resource": resource,
                                  "token_type": "Bearer", "client_id": self.client_id})

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/msi/token", self._token)

    def start(self) -> IdentityStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)
