"""A stand-in for a Microsoft Entra ID tenant: the OpenID discovery document and the JWKS, served on loopback with
RSA keys made by the test, and tokens shaped like Entra access tokens signed with them; and, for a single-page app
(the console), the authorization code flow with PKCE: an authorize endpoint whose sign-in page lets the test choose
what happens (a good sign-in, a token for another audience, an expired token, a cancel, a refused consent), and a
token endpoint that redeems a code once, cross-origin only, and only with the verifier of its challenge; its refresh
tokens (asked for with offline_access), rotated on every renewal, each redeemable once, from the origin they were
issued to, until 24 hours after the sign-in or until the test revokes the sessions; and an end-session endpoint that
records each sign-out and sends the browser back to a registered redirect URI. A test drives what it cannot click
through `/stand-in/...` (revoke the sessions, publish or withdraw the end-session endpoint)."""

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
SPA_REFRESH_LIFETIME = 24 * 3600  # Entra: a SPA's refresh tokens end 24 h after sign-in, however often renewed
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
_CROSS_ORIGIN_ONLY = ("invalid_request", ("AADSTS9002327: Tokens issued for the 'Single-Page Application' "
                                          "client-type may only be redeemed via cross-origin requests."))
_REDEEMED = ("invalid_grant", "The refresh token has been redeemed already (the stand-in redeems each once).")


def _pkce_challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass
class _Grant:
    """A code issued at the authorize endpoint, redeemable once."""

    redirect_uri: str
    challenge: str
    scope: str
    choice: str


@dataclass
class _RefreshGrant:
    """A refresh token's rights: the scopes it may renew, the origin it is bound to, when it ends. Each token is
    redeemable once: stricter than Entra, which leaves a redeemed one valid until it ends ("securely delete the old
    refresh token"), so the tests prove the page always uses the newest."""

    scope: str
    origin: str
    expires_at: float


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class OpenIdStandIn:
    tenant: str = TENANT
    port: int = 0
    keys: dict[str, rsa.RSAPrivateKey] = field(default_factory=lambda: {"key-1": _new_key()})
    fetches: int = 0  # JWKS fetches, so tests can show keys are cached
    redirect_uris: set[str] = field(default_factory=set)  # the console app registration's SPA redirect URIs
    refresh_lifetime: float = SPA_REFRESH_LIFETIME
    offers_end_session: bool = True  # whether the OpenID metadata names an end-session endpoint
    renewals: list[str] = field(default_factory=list)  # each refresh_token redemption: "renewed" or its error
    end_sessions: list[dict[str, str]] = field(default_factory=list)  # each end-session request's query
    _grants: dict[str, _Grant] = field(default_factory=dict)
    _refresh: dict[str, _RefreshGrant] = field(default_factory=dict)  # refresh tokens still redeemable
    _redeemed: set[str] = field(default_factory=set)
    _revoked: set[str] = field(default_factory=set)
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
                "appid": "11111111-0000-4000-8000-00000000a991",
                # Entra puts a unique token id in every token; without it two tokens issued in the same second
                # would be byte-identical (RS256 is deterministic) and a renewal would look like no renewal.
                "uti": uuid.uuid4().hex, **claims}
        signing_key = self.keys.get(key_id) or _new_key()  # an unknown key id: signed by a key nobody publishes
        return jwt.encode(body, signing_key, algorithm="RS256", headers={"kid": key_id})

    async def _discovery(self, request: web.Request) -> web.Response:
        if request.match_info["tenant"] != self.tenant:
            return web.json_response({"error": "invalid_tenant"}, status=400)
        metadata = {"issuer": self.issuer, "jwks_uri": f"{self.authority}/{self.tenant}/keys",
                    "authorization_endpoint": f"{self.authority}/{self.tenant}/oauth2/v2.0/authorize",
                    "token_endpoint": f"{self.authority}/{self.tenant}/oauth2/v2.0/token"}
        if self.offers_end_session:
            metadata["end_session_endpoint"] = f"{self.authority}/{self.tenant}/oauth2/v2.0/logout"
        # Readable cross-origin, as Entra's is: a single-page app reads it from the browser.
        return web.json_response(metadata, headers={"Access-Control-Allow-Origin": "*"})

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

    def revoke_sessions(self) -> None:
        """An administrator revokes the person's sessions (Entra: revokeSignInSessions): no refresh token renews."""
        with self._lock:
            self._revoked |= self._refresh.keys()
            self._refresh.clear()

    @staticmethod
    def _refused(error: str, description: str) -> tuple[int, dict[str, Any]]:
        return 400, {"error": error, "error_description": description}

    def _tokens(self, scope: str, audience: str | None = None, lifetime: int = 3600,
                refresh: _RefreshGrant | None = None) -> tuple[int, dict[str, Any]]:
        """The token endpoint's success: an access token for the resource of `scope` (or `audience`), an ID token,
        and a new refresh token where `refresh` says what it may do."""
        resource = next((part.removesuffix("/.default") for part in scope.split() if part.endswith("/.default")), "")
        access_token = self.token(USER_OBJECT_ID, audience=audience or resource, lifetime=lifetime,
                                  name="Dana Reviewer", scp="user_impersonation")
        id_token = self.token(USER_OBJECT_ID, audience=CONSOLE_CLIENT_ID, name="Dana Reviewer")
        # expires_in is what the issuer believes; the expired choice is a token whose clock disagrees.
        answer: dict[str, Any] = {"token_type": "Bearer", "scope": scope, "expires_in": 3600,
                                  "access_token": access_token, "id_token": id_token}
        if refresh is not None:
            refresh_token = answer["refresh_token"] = secrets.token_urlsafe(32)
            with self._lock:
                self._refresh[refresh_token] = refresh
        return 200, answer

    def redeem(self, code: str, verifier: str, redirect_uri: str, client_id: str = CONSOLE_CLIENT_ID,
               origin: str | None = None) -> tuple[int, dict[str, Any]]:
        """The token endpoint's answer to a code: Entra redeems a single-page app's code only cross-origin (an
        Origin header), once, for the redirect URI it was issued to, and with the verifier of its challenge."""
        if origin is None:
            return self._refused(*_CROSS_ORIGIN_ONLY)
        with self._lock:
            grant = self._grants.pop(code, None)
        if grant is None or client_id != CONSOLE_CLIENT_ID or grant.redirect_uri != redirect_uri:
            return self._refused("invalid_grant", "AADSTS70008: The provided authorization code is invalid or has "
                                                  "expired.")
        if not secrets.compare_digest(_pkce_challenge(verifier), grant.challenge):
            return self._refused("invalid_grant", "AADSTS50148: The code_verifier does not match the code_challenge "
                                                  "supplied in the authorization request for PKCE.")
        refresh = _RefreshGrant(grant.scope, origin, time.time() + self.refresh_lifetime) \
            if "offline_access" in grant.scope.split() else None
        return self._tokens(grant.scope, audience=OTHER_AUDIENCE if grant.choice == "other-audience" else None,
                            lifetime=-600 if grant.choice == "expired" else 3600,  # beyond the API's 60 s of skew
                            refresh=refresh)

    def renew(self, refresh_token: str, scope: str, client_id: str = CONSOLE_CLIENT_ID,
              origin: str | None = None) -> tuple[int, dict[str, Any]]:
        """The token endpoint's answer to a refresh token: a public client's (no secret), cross-origin from the
        origin it was issued to, once, before it ends, for scopes it was granted; a new refresh token replaces it
        and keeps its end."""
        status, answer = self._renewal(refresh_token, scope, client_id, origin)
        with self._lock:
            self.renewals.append("renewed" if status == 200 else answer["error_description"])
        return status, answer

    def _renewal(self, refresh_token: str, scope: str, client_id: str,
                 origin: str | None) -> tuple[int, dict[str, Any]]:
        if origin is None:
            return self._refused(*_CROSS_ORIGIN_ONLY)
        with self._lock:
            grant = self._refresh.get(refresh_token)
            reused, revoked = refresh_token in self._redeemed, refresh_token in self._revoked
        if revoked:
            return self._refused("invalid_grant", "AADSTS50173: The provided grant has expired due to it being "
                                                  "revoked, a fresh auth token is needed.")
        if reused:
            return self._refused(*_REDEEMED)
        if grant is None or client_id != CONSOLE_CLIENT_ID:
            return self._refused("invalid_grant", "AADSTS9002313: Invalid request. The refresh token is malformed "
                                                  "or not valid.")
        if origin != grant.origin:
            return self._refused("invalid_grant", "The refresh token was issued to another origin.")
        if time.time() >= grant.expires_at:
            return self._refused("invalid_grant", "AADSTS700084: The refresh token was issued to a single page app "
                                                  "(SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, "
                                                  "which cannot be extended.")
        if not scope or not set(scope.split()) <= set(grant.scope.split()):
            return self._refused("invalid_scope", "AADSTS70011: The provided request must include a 'scope' input "
                                                  "granted at sign-in.")
        with self._lock:
            if self._refresh.pop(refresh_token, None) is None:  # redeemed meanwhile by a request alongside
                return self._refused(*_REDEEMED)
            self._redeemed.add(refresh_token)
        return self._tokens(scope, refresh=grant)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        origin = request.headers.get("Origin")
        client_id = str(form.get("client_id", ""))
        if form.get("client_secret"):  # a single-page app is a public client
            status, body = self._refused("invalid_client", "AADSTS90023: Public clients can't send a client secret.")
        elif form.get("grant_type") == "authorization_code":
            status, body = self.redeem(str(form.get("code", "")), str(form.get("code_verifier", "")),
                                       str(form.get("redirect_uri", "")), client_id, origin)
        elif form.get("grant_type") == "refresh_token":
            status, body = self.renew(str(form.get("refresh_token", "")), str(form.get("scope", "")), client_id,
                                      origin)
        else:
            status, body = 400, {"error": "unsupported_grant_type"}
        cors = {"Access-Control-Allow-Origin": origin} if origin else {}
        return web.json_response(body, status=status, headers={**cors, "Cache-Control": "no-store"})

    async def _end_session(self, request: web.Request) -> web.Response:
        """Entra's sign-out: ends the tenant's session and sends the browser to post_logout_redirect_uri, which must
        be a redirect URI of the app; without one, a page saying the person is signed out."""
        query = dict(request.query)
        with self._lock:
            self.end_sessions.append(query)
        back = query.get("post_logout_redirect_uri")
        if back is None:
            return web.Response(content_type="text/html", text="<!doctype html><title>Signed out</title>"
                                                               "<h1>You signed out of your account</h1>")
        if back not in self.redirect_uris or query.get("client_id") != CONSOLE_CLIENT_ID:
            return web.Response(status=400, text="AADSTS50011: The post_logout_redirect_uri does not match the "
                                                 "application's redirect URIs.")
        raise web.HTTPFound(back)

    async def _control(self, request: web.Request) -> web.Response:
        """What a browser test cannot click: revoke the sessions, publish or withdraw the end-session endpoint."""
        action = request.match_info["action"]
        if action == "revoke-sessions":
            self.revoke_sessions()
        elif action in ("offer-end-session", "withdraw-end-session"):
            self.offers_end_session = action == "offer-end-session"
        else:
            raise web.HTTPNotFound()
        return web.Response(status=204)

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery)
        app.router.add_get("/{tenant}/keys", self._jwks)
        app.router.add_get("/{tenant}/oauth2/v2.0/authorize", self._authorize)
        app.router.add_post("/{tenant}/oauth2/v2.0/authorize", self._decided)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        app.router.add_get("/{tenant}/oauth2/v2.0/logout", self._end_session)
        app.router.add_post("/stand-in/{action}", self._control)

    def start(self) -> OpenIdStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)
