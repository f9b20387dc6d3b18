"""A stand-in for a Microsoft Entra ID tenant's token signing: the OpenID discovery document and the JWKS, served on
loopback with RSA keys made by the test, and tokens shaped like Entra access tokens signed with them."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

from acs_standin import serve_in_thread, stop_thread

TENANT = "3f1c7a2e-0000-4000-8000-00000000e1d0"


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class OpenIdStandIn:
    tenant: str = TENANT
    port: int = 0
    keys: dict[str, rsa.RSAPrivateKey] = field(default_factory=lambda: {"key-1": _new_key()})
    fetches: int = 0  # JWKS fetches, so tests can show keys are cached
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def authority(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def issuer(self) -> str:
        return f"https://login.microsoftonline.com/{self.tenant}/v2.0"

    def rotate_in(self, key_id: str) -> None:
        """The tenant publishes a new signing key (Entra rolls its keys)."""
        with self._lock:
            self.keys[key_id] = _new_key()

    def token(self, object_id: str = "", key_id: str = "key-1", audience: str = "https://communication.azure.com",
              issuer: str | None = None, lifetime: int = 3600, not_before: int = -60, **claims: Any) -> str:
        now = int(time.time())
        body = {"aud": audience, "iss": issuer or self.issuer, "iat": now, "nbf": now + not_before,
                "exp": now + lifetime, "tid": self.tenant, "oid": object_id or str(uuid.uuid4()),
                "appid": "11111111-0000-4000-8000-00000000a991", **claims}
        signing_key = self.keys.get(key_id) or _new_key()  # an unknown key id: signed by a key nobody publishes
        return jwt.encode(body, signing_key, algorithm="RS256", headers={"kid": key_id})

    async def _discovery(self, request: web.Request) -> web.Response:
        if request.match_info["tenant"] != self.tenant:
            return web.json_response({"error": "invalid_tenant"}, status=400)
        return web.json_response({"issuer": self.issuer, "jwks_uri": f"{self.authority}/{self.tenant}/keys",
                                  "token_endpoint": f"{self.authority}/{self.tenant}/oauth2/v2.0/token"})

    async def _jwks(self, request: web.Request) -> web.Response:
        with self._lock:
            self.fetches += 1
            keys = [{**jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": kid, "use": "sig",
                     "alg": "RS256"} for kid, key in self.keys.items()]
        return web.json_response({"keys": keys})

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery)
        app.router.add_get("/{tenant}/keys", self._jwks)

    def start(self) -> OpenIdStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)
