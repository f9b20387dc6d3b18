"""A stand-in for a Microsoft Entra ID tenant: the OpenID discovery document and the JWKS, served on loopback with
RSA keys made by the test, and tokens shaped like Entra access tokens signed with them; and, for a single-page app
(the console), the authorization code flow with PKCE: an authorize endpoint whose sign-in page lets the test choose
what happens (a good sign-in, a token for another audience, an expired token, a cancel, a refused consent), and a
token endpoint that redeems a code once, cross-origin only, and only with the verifier of its challenge."""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

from acs_standin import serve_in_thread, stop_thread

TENANT = "3f1c7a2e-0000-4000-8000-00000000e1d0"
CONSOLE_CLIENT_ID = "c0a5e1e0-0000-4000-8000-0000000c0a5e"
USER_OBJECT_ID = "d4a0e1e0-0000-4000-8000-00000000da4a"  # the person who signs in to the console
OTHER_AUDIENCE = "api://another-service"
# What the sign-in page offers, as Entra's outcomes: the error of a redirect, or how the issued token is made.
SIGN_IN_CHOICES = {
    "sign-in": "Sign in as Dana Reviewer",
    "other-audience": "Sign in with a token for another service",
    "expired": "Sign in with a token that has already expired",
    "decline": "Do not consent",
    "cancel": "Cancel",
}
_REDIRECT_ERRORS = {
    "decline": {"error": "consent_required", "error_description": "AADSTS65001: The user or administrator has not "
                                                                  "consented to use the application."},
    "cancel": {"error": "access_denied", "error_subcode": "cancel",
               "error_description": "AADSTS50058: The user cancelled the sign-in."},
}


def _pkce_challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass
class _Grant:
    """A code issued at the authorize endpoint, redeemable once."""

    redirect_uri: str
    challenge: str
    scope: str
    choice: str


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class OpenIdStandIn:
    tenant: str = TENANT
    port: int = 0
    keys: dict[str, rsa.RSAPrivateKey] = field(default_factory=lambda: {"key-1": _new_key()})
    fetches: int = 0  # JWKS fetches, so tests can show keys are cached
    redirect_uris: set[str] = field(default_factory=set)  # the console app registration's SPA redirect URIs
    _grants: dict[str, _Grant] = field(default_factory=dict)
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

    async def _authorize(self, request: web.Request) -> web.Response:
        """Entra's sign-in page: checks the request as Entra does, then offers the test its choices."""
        query = request.query
        if query.get("client_id") != CONSOLE_CLIENT_ID or query.get("redirect_uri") not in self.redirect_uris:
            return web.Response(status=400, text="AADSTS50011: The redirect URI does not match the application.")
        if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256" \
                or not query.get("code_challenge"):
            return web.Response(status=400, text="AADSTS9002325: Proof Key for Code Exchange is required.")
        hidden = "".join(f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">'
                         for name, value in query.items())
        buttons = "".join(f'<button name="choice" value="{choice}">{label}</button>'
                          for choice, label in SIGN_IN_CHOICES.items())
        return web.Response(content_type="text/html", text=(
            "<!doctype html><html lang='en'><title>Sign in to your account</title><h1>Stand-in tenant</h1>"
            f"<form method='post' action='authorize'>{hidden}{buttons}</form></html>"))

    async def _decided(self, request: web.Request) -> web.Response:
        form = await request.post()
        redirect_uri, state, choice = str(form["redirect_uri"]), str(form.get("state", "")), str(form["choice"])
        if redirect_uri not in self.redirect_uris:
            return web.Response(status=400, text="AADSTS50011: The redirect URI does not match the application.")
        if choice in _REDIRECT_ERRORS:
            answer = {**_REDIRECT_ERRORS[choice], "state": state}
        else:
            code = secrets.token_urlsafe(24)
            with self._lock:
                self._grants[code] = _Grant(redirect_uri, str(form["code_challenge"]), str(form.get("scope", "")),
                                            choice)
            answer = {"code": code, "state": state}
        raise web.HTTPFound(f"{redirect_uri}?{urlencode(answer)}")

    def redeem(self, code: str, verifier: str, redirect_uri: str, client_id: str = CONSOLE_CLIENT_ID,
               origin: str | None = None) -> tuple[int, dict[str, Any]]:
        """The token endpoint's answer to a code: Entra redeems a single-page app's code only cross-origin (an
        Origin header), once, for the redirect URI it was issued to, and with the verifier of its challenge."""
        def refused(error: str, description: str) -> tuple[int, dict[str, Any]]:
            return 400, {"error": error, "error_description": description}
        if origin is None:
            return refused("invalid_request", "AADSTS9002327: Tokens issued for the 'Single-Page Application' "
                                              "client-type may only be redeemed via cross-origin requests.")
        with self._lock:
            grant = self._grants.pop(code, None)
        if grant is None or client_id != CONSOLE_CLIENT_ID or grant.redirect_uri != redirect_uri:
            return refused("invalid_grant", "AADSTS70008: The provided authorization code is invalid or has expired.")
        if not secrets.compare_digest(_pkce_challenge(verifier), grant.challenge):
            return refused("invalid_grant", "AADSTS50148: The code_verifier does not match the code_challenge "
                                            "supplied in the authorization request for PKCE.")
        resource = next((scope.removesuffix("/.default") for scope in grant.scope.split()
                         if scope.endswith("/.default")), "")
        audience = OTHER_AUDIENCE if grant.choice == "other-audience" else resource
        lifetime = -600 if grant.choice == "expired" else 3600  # expired beyond the API's 60 s of skew
        access_token = self.token(USER_OBJECT_ID, audience=audience, lifetime=lifetime, name="Dana Reviewer",
                                  scp="user_impersonation")
        id_token = self.token(USER_OBJECT_ID, audience=CONSOLE_CLIENT_ID, name="Dana Reviewer")
        # expires_in is what the issuer believes; the expired choice is a token whose clock disagrees.
        return 200, {"token_type": "Bearer", "scope": grant.scope, "expires_in": 3600,
                     "access_token": access_token, "id_token": id_token}

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        origin = request.headers.get("Origin")
        if form.get("grant_type") != "authorization_code":
            status, body = 400, {"error": "unsupported_grant_type"}
        else:
            status, body = self.redeem(str(form.get("code", "")), str(form.get("code_verifier", "")),
                                       str(form.get("redirect_uri", "")), str(form.get("client_id", "")), origin)
        cors = {"Access-Control-Allow-Origin": origin} if origin else {}
        return web.json_response(body, status=status, headers={**cors, "Cache-Control": "no-store"})

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery)
        app.router.add_get("/{tenant}/keys", self._jwks)
        app.router.add_get("/{tenant}/oauth2/v2.0/authorize", self._authorize)
        app.router.add_post("/{tenant}/oauth2/v2.0/authorize", self._decided)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)

    def start(self) -> OpenIdStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)
