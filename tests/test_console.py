"""The compliance console: served by the function app with a strict policy, and used in a real browser: with an
access key, and with Microsoft Entra ID sign-in through a stand-in tenant."""

import base64
import hashlib
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import aiohttp
import jwt
import pytest

from conftest import PRIMARY_KEY, HostProcess, b64, service_environment, start_host, stop_host
from openid_standin import CONSOLE_CLIENT_ID, SPA_REFRESH_LIFETIME, USER_OBJECT_ID, OpenIdStandIn
from optout_core.console import console_asset
from optout_core.devhost.azurite import PROJECT_ROOT
from test_inbound_sms import deliver, opted_out, sms_event
from test_send_api import SEND, opt_out, send_body

CONSOLE_TESTS = Path(__file__).with_name("console")


def test_console_redirects_to_its_folder_and_serves_its_files_under_a_strict_policy(service):
    redirect = service.request("GET", "/console")
    assert redirect.status == 308 and redirect.headers["location"] == "/console/"
    page = service.request("GET", "/console/")
    assert page.status == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert b'<script type="module" src="app.js">' in page.body
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for name, media_type in [("app.js", "text/javascript"), ("api.js", "text/javascript"),
                             ("console.css", "text/css")]:
        asset = service.request("GET", f"/console/{name}")
        assert asset.status == 200 and asset.headers["content-type"].startswith(media_type), name


@pytest.mark.parametrize("path", ["/console/../function_app.py", "/console/%2e%2e/function_app.py",
                                  "/console/..%2ffunction_app.py", "/console/%2e%2e%2f%2e%2e%2fauth.py",
                                  "/console/__init__.py", "/console/.hidden.js", "/console/nothing.js",
                                  "/console/static/app.js", "/console/a/../app.js"])
def test_nothing_outside_the_consoles_files_is_served(service, path):
    reply = service.request("GET", path)
    assert reply.status == 404, (path, reply.body[:80])
    assert b"import" not in reply.body


def test_the_consoles_files_change_nothing(service):
    assert service.request("POST", "/console/").status == 405


def test_without_a_console_app_registration_the_page_offers_no_entra_sign_in(service):
    configuration = service.request("GET", "/console/sign-in.json")
    assert configuration.status == 200 and configuration.json() == {"entra": None}
    assert "connect-src 'self';" in configuration.headers["content-security-policy"]


@pytest.mark.parametrize("environ", [
    {},
    {"OPTOUT_ENTRA_TENANT_ID": "contoso.onmicrosoft.com"},  # API clients only: no console app registration
    {"OPTOUT_ENTRA_CONSOLE_CLIENT_ID": CONSOLE_CLIENT_ID},  # no tenant: Entra is off
    {"OPTOUT_ENTRA_TENANT_ID": "contoso.onmicrosoft.com", "OPTOUT_ENTRA_CONSOLE_CLIENT_ID": "x' onload='"},
])
def test_the_entra_button_is_offered_only_with_a_tenant_and_a_usable_console_client_id(environ):
    answer = console_asset("sign-in.json", "/console/sign-in.json", environ)
    assert answer.status == 200 and json.loads(answer.body) == {"entra": None}
    assert "connect-src 'self';" in answer.headers["Content-Security-Policy"]


def test_a_sovereign_cloud_and_an_own_api_scope_reach_the_page():
    environ = {"OPTOUT_ENTRA_TENANT_ID": "contoso.onmicrosoft.us", "OPTOUT_ENTRA_CONSOLE_CLIENT_ID": CONSOLE_CLIENT_ID,
               "OPTOUT_ENTRA_AUTHORITY": "https://login.microsoftonline.us/",
               "OPTOUT_ENTRA_AUDIENCES": "api://optout-contoso,https://communication.azure.com"}
    answer = console_asset("sign-in.json", "/console/sign-in.json", environ)
    assert json.loads(answer.body)["entra"] == {
        "authorizeUrl": "https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/authorize",
        "tokenUrl": "https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token",
        "openIdConfigurationUrl":
            "https://login.microsoftonline.us/contoso.onmicrosoft.us/v2.0/.well-known/openid-configuration",
        "clientId": CONSOLE_CLIENT_ID, "scope": "api://optout-contoso/.default"}
    page = console_asset("", "/console/", environ)
    assert "connect-src 'self' https://login.microsoftonline.us;" in page.headers["Content-Security-Policy"]
    scoped = console_asset("sign-in.json", "/console/sign-in.json",
                           {**environ, "OPTOUT_ENTRA_CONSOLE_SCOPE": "api://optout-contoso/OptOuts.Use"})
    assert json.loads(scoped.body)["entra"]["scope"] == "api://optout-contoso/OptOuts.Use"


def _new_number(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().int % 10**7:07d}"


def _browser(script: str, environment: dict[str, str], home: Path) -> dict[str, Any]:
    """Runs tests/console/<script> in Debian's Chromium and returns its report; skips saying why where it cannot."""
    chromium, node = shutil.which("chromium") or shutil.which("chromium-browser"), shutil.which("node")
    if chromium is None:
        pytest.skip("Chromium is not installed and could not be (make test installs it with apt-get where it can)")
    if node is None or not (PROJECT_ROOT / "node_modules" / "playwright-core").is_dir():
        pytest.skip("playwright-core is not installed: run make setup")
    screenshots = os.environ.get("OPTOUT_CONSOLE_SCREENSHOTS")  # =docs/console retakes docs/console.md's screenshots
    run = subprocess.run([node, str(CONSOLE_TESTS / script)], capture_output=True, text=True, timeout=300,
                         check=False, cwd=PROJECT_ROOT,
                         env={**environment, "CHROMIUM": chromium, "PATH": "/usr/bin:/bin",
                              "HOME": str(home),  # Chromium writes here
                              "SCREENSHOTS": str(PROJECT_ROOT / screenshots) if screenshots else ""})
    report: dict[str, Any] = json.loads(run.stdout) if run.stdout.startswith("{") else {"failure": run.stderr}
    assert run.returncode == 0 and "failure" not in report, report.get("failure")
    assert report["accessibility"] and not any(report["accessibility"].values()), report["accessibility"]
    assert report["pageErrors"] == []
    return report


@dataclass
class Walkthrough:
    report: dict[str, Any]
    sender: str
    number: str
    refused_by: str  # a sender that refused a send to the number before the browser opened
    review_sender: str
    to_confirm: str  # recipients whose texts the keyword engine flagged for review
    to_reverse: str


@pytest.fixture(scope="module")
def walkthrough(service, tmp_path_factory) -> Walkthrough:
    """One browser session through tests/console/console_walkthrough.mjs (a compliance officer's day), whose report
    the tests below read. Before it starts, a send to the number was refused by another sender: evidence to show; and
    two texts the keyword engine is unsure about came in through the Event Grid webhook: reviews to decide."""
    sender, refused_by, review_sender = (_new_number("+1800") for _ in range(3))
    local = f"{uuid.uuid4().int % 10**7:07d}"
    number = f"+1425{local}"
    opt_out(service, refused_by, number)
    assert service.signed("POST", SEND, send_body(refused_by, number)).json()["value"][0]["httpStatusCode"] == 403
    to_confirm, to_reverse = _new_number("+1425"), _new_number("+1425")
    delivered = deliver(service, [sms_event(review_sender, to_confirm, "Not interested"),
                                  sms_event(review_sender, to_reverse, "unsubscibe", seconds=1)])
    assert delivered.status == 202, delivered.body  # handled before the answer, as the Functions host does
    report = _browser("console_walkthrough.mjs", {
        "BASE_URL": service.base_url, "ACCESS_KEY": b64(PRIMARY_KEY), "SENDER": sender,
        "NUMBER_TYPED": f"(425) {local[:3]}-{local[3:]}", "REVIEW_SENDER": review_sender,
        "TO_CONFIRM": to_confirm, "TO_REVERSE": to_reverse}, tmp_path_factory.mktemp("home"))
    return Walkthrough(report, sender, number, refused_by, review_sender, to_confirm, to_reverse)


def test_a_compliance_officer_works_a_complaint_in_a_real_browser(service, walkthrough):
    """Sign in (after wrong credentials are refused with a message), search a number typed as a person types it,
    opt it out with a reason and see the reason in the history, list and export, import a file with a bad line, the
    review queue, a program brief with its previews; no serious accessibility violation anywhere."""
    report, sender, number = walkthrough.report, walkthrough.sender, walkthrough.number
    assert report["notBase64"].startswith("This is not an access key")
    assert "refused these credentials" in report["wrongKey"]
    assert "does not accept Microsoft Entra ID tokens" in report["badToken"]
    assert report["exported"].splitlines()[1].startswith(f"'{sender},'{number},US,api,")  # spreadsheet-safe
    assert report["imported"].startswith("Done: 2 imported, 0 already opted out") and "1 rejected" in report["imported"]
    assert [line for line, _ in report["importErrors"]] == ["3"] and report["importErrors"][0][1].startswith("to: ")
    assert any("GSM-7, 1 SMS segment" in preview for preview in report["previews"])
    assert any("UCS-2, 2 SMS segments" in preview for preview in report["previews"])
    assert report["keptAfterSignOut"] == 0
    assert report["phoneOverflow"] == []

    # What the page showed is what the service holds.
    history = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(number)}").json()
    assert history["value"][0]["evidence"] == {"key": "primary",
                                               "reason": "Complaint #4711: customer says STOP was ignored"}
    brief = service.signed("GET", f"/sms/programs/{quote(sender)}").json()
    assert brief["programName"] == "Contoso Bank Alerts" and set(brief["replies"]) == {"en", "fr"}


def test_the_evidence_shows_the_refused_send(walkthrough):
    evidence = walkthrough.report["evidence"]
    if not evidence["available"]:
        assert "does not offer the evidence report yet" in evidence["note"]
        pytest.skip("this service has no evidence API (GET /sms/optouts/evidence); the page said so")
    assert "refused_send" in evidence["kinds"] and walkthrough.refused_by in evidence["text"], evidence
    assert "opt_out" in evidence["kinds"]
    assert evidence["printable"].lower().startswith("<!doctype html") and walkthrough.number in evidence["printable"]


def test_the_review_queue_is_worked_in_a_real_browser(service, walkthrough):
    """One flagged decision confirmed, the other reversed from the keyboard, and the reversal in that entry's
    history, on the page and in the service."""
    report = walkthrough.report
    statuses = {row[2]: row[5] for row in report["reviews"]}
    notes = {row[2]: row[6] for row in report["reviews"]}
    assert notes[walkthrough.to_reverse].endswith(" UTC: A typo of a question, not a STOP: confirmed with the customer")
    assert statuses == {walkthrough.to_confirm: "confirmed by primary", walkthrough.to_reverse: "reversed by primary"}
    reversal, opt_out_by_keyword = report["reversedHistory"]
    assert reversal[1:4] == ["Opted in", "changed", "review"] and "reviewer: primary" in reversal[4], reversal
    assert "A typo of a question" in reversal[4]
    assert opt_out_by_keyword[1] == "Opted out" and opt_out_by_keyword[3] == "keyword"
    assert opted_out(service, walkthrough.review_sender, walkthrough.to_confirm)
    assert not opted_out(service, walkthrough.review_sender, walkthrough.to_reverse)


# --- Microsoft Entra ID sign-in ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tenant() -> Iterator[OpenIdStandIn]:
    stand_in = OpenIdStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def entra_console(azurite, acs, tenant, tmp_path_factory) -> Iterator[HostProcess]:
    """The dev host with a console app registration in the stand-in tenant, whose one user may write."""
    host = start_host(PROJECT_ROOT, service_environment(
        azurite, acs, OPTOUT_ENTRA_TENANT_ID=tenant.tenant, OPTOUT_ENTRA_AUTHORITY=tenant.authority,
        OPTOUT_ENTRA_WRITERS=USER_OBJECT_ID, OPTOUT_ENTRA_CONSOLE_CLIENT_ID=CONSOLE_CLIENT_ID),
        tmp_path_factory.mktemp("entra-console") / "log")
    tenant.redirect_uris.add(f"{host.base_url}/console/")
    yield host
    stop_host(host.process)


def test_the_console_learns_how_to_sign_in_with_entra_id_and_may_call_only_its_authority(entra_console, tenant):
    configuration = entra_console.request("GET", "/console/sign-in.json")
    assert configuration.json() == {"entra": {
        "authorizeUrl": f"{tenant.authority}/{tenant.tenant}/oauth2/v2.0/authorize",
        "tokenUrl": f"{tenant.authority}/{tenant.tenant}/oauth2/v2.0/token",
        "openIdConfigurationUrl": f"{tenant.authority}/{tenant.tenant}/v2.0/.well-known/openid-configuration",
        "clientId": CONSOLE_CLIENT_ID, "scope": "https://communication.azure.com/.default"}}
    page = entra_console.request("GET", "/console/")
    assert f"connect-src 'self' {tenant.authority};" in page.headers["content-security-policy"]


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass
class _Spa:
    """The console's calls to the stand-in tenant made from a test, with the Origin header a browser sends."""

    session: aiohttp.ClientSession
    tenant: OpenIdStandIn
    origin: str = "http://127.0.0.1:9"
    scope: str = "https://communication.azure.com/.default openid offline_access"

    @property
    def redirect_uri(self) -> str:
        return f"{self.origin}/console/"

    def endpoint(self, name: str) -> str:
        return f"{self.tenant.authority}/{self.tenant.tenant}/oauth2/v2.0/{name}"

    def request(self, **changes: str) -> dict[str, str]:
        return {"client_id": CONSOLE_CLIENT_ID, "response_type": "code", "redirect_uri": self.redirect_uri,
                "scope": self.scope, "state": "s1", "code_challenge": _challenge("the right verifier"),
                "code_challenge_method": "S256", **changes}

    async def code(self, **changes: str) -> str:
        """A code from the stand-in's sign-in page, as a person's good sign-in brings it back."""
        async with self.session.post(self.endpoint("authorize"), data={**self.request(**changes), "choice": "sign-in"},
                                     allow_redirects=False) as back:
            assert back.status == 302
            answer = parse_qs(urlsplit(back.headers["Location"]).query)
            assert answer["state"] == ["s1"]
            return answer["code"][0]

    async def token(self, form: dict[str, str], origin: str | None = "") -> tuple[int, dict[str, Any]]:
        sent_from = self.origin if origin == "" else origin
        async with self.session.post(self.endpoint("token"), data={"client_id": CONSOLE_CLIENT_ID, **form},
                                     headers={"Origin": sent_from} if sent_from else {}) as reply:
            return reply.status, await reply.json()

    async def redeem(self, code: str, verifier: str = "the right verifier",
                     origin: str | None = "") -> tuple[int, dict[str, Any]]:
        return await self.token({"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri,
                                 "code_verifier": verifier}, origin)

    async def renew(self, refresh_token: str, origin: str | None = "", **form: str) -> tuple[int, dict[str, Any]]:
        return await self.token({"grant_type": "refresh_token", "refresh_token": refresh_token, "scope": self.scope,
                                 **form}, origin)


@pytest.fixture
async def spa(tenant) -> AsyncIterator[_Spa]:
    async with aiohttp.ClientSession() as session:
        client = _Spa(session, tenant)
        tenant.redirect_uris.add(client.redirect_uri)
        yield client


async def test_the_stand_in_tenant_redeems_a_code_only_with_its_verifier(spa):
    """The browser test's sign-in proves the page's PKCE only if the stand-in checks it as Entra does."""
    async with spa.session.get(f"{spa.endpoint('authorize')}?{urlencode(spa.request(code_challenge_method='plain'))}") \
            as page:
        assert page.status == 400  # PKCE with S256 is required
    status, refused = await spa.redeem(await spa.code(), verifier="a wrong verifier")
    assert status == 400 and "AADSTS50148" in refused["error_description"]
    assert (await spa.redeem(await spa.code(), origin=None))[0] == 400  # a SPA's code: cross-origin only
    issued = await spa.code()
    status, tokens = await spa.redeem(issued)
    assert status == 200 and tokens["access_token"] and tokens["expires_in"] == 3600
    assert (await spa.redeem(issued))[0] == 400  # once only


async def test_the_stand_in_tenant_rotates_refresh_tokens_and_redeems_each_once(spa, tenant):
    """The browser test's renewals prove the page keeps the newest refresh token and shares one renewal among
    concurrent calls only if the stand-in refuses a refresh token used twice (Entra itself leaves it valid)."""
    status, without = await spa.redeem(await spa.code(scope="https://communication.azure.com/.default openid"))
    assert status == 200 and "refresh_token" not in without  # no offline_access, no refresh token
    first = (await spa.redeem(await spa.code()))[1]["refresh_token"]
    assert (await spa.renew(first, origin=None))[0] == 400  # cross-origin only
    status, refused = await spa.renew(first, origin="https://elsewhere.example")
    assert status == 400 and "another origin" in refused["error_description"]
    confidential = {"client_secret": "not-a-secret"}  # what a confidential client would add
    assert (await spa.renew(first, **confidential))[1]["error"] == "invalid_client"  # a SPA is a public client
    status, refused = await spa.renew(first, scope="https://graph.microsoft.com/.default")
    assert status == 400 and refused["error"] == "invalid_scope"  # only what was granted
    issued = (await spa.redeem(await spa.code()))[1]
    status, renewed = await spa.renew(first)
    assert status == 200 and renewed["expires_in"] == 3600 and renewed["refresh_token"] != first
    # Issued within the same second, yet another token: the browser test tells a renewal by the token changing.
    assert renewed["access_token"] != issued["access_token"]
    claims = jwt.decode(renewed["access_token"], options={"verify_signature": False})
    assert claims["aud"] == "https://communication.azure.com" and claims["oid"] == USER_OBJECT_ID
    status, reused = await spa.renew(first)
    assert status == 400 and reused["error"] == "invalid_grant" and "redeemed already" in reused["error_description"]
    second = renewed["refresh_token"]
    third = (await spa.renew(second))[1]["refresh_token"]
    tenant.revoke_sessions()
    status, revoked = await spa.renew(third)
    assert status == 400 and revoked["error"] == "invalid_grant" and "AADSTS50173" in revoked["error_description"]


async def test_the_stand_in_tenants_refresh_tokens_end_a_day_after_the_sign_in(spa, tenant):
    tenant.refresh_lifetime = 0  # the day has passed
    try:
        refresh_token = (await spa.redeem(await spa.code()))[1]["refresh_token"]
    finally:
        tenant.refresh_lifetime = SPA_REFRESH_LIFETIME
    status, expired = await spa.renew(refresh_token)
    assert status == 400 and expired["error"] == "invalid_grant" and "AADSTS700084" in expired["error_description"]


async def test_the_stand_in_tenant_ends_a_session_back_to_a_registered_redirect_uri_only(spa, tenant):
    ended = len(tenant.end_sessions)
    logout = spa.endpoint("logout")
    elsewhere = {"post_logout_redirect_uri": "https://elsewhere.example/", "client_id": CONSOLE_CLIENT_ID}
    async with spa.session.get(logout, params=elsewhere, allow_redirects=False) as refused:
        assert refused.status == 400 and "AADSTS50011" in await refused.text()
    back = {"post_logout_redirect_uri": spa.redirect_uri, "client_id": CONSOLE_CLIENT_ID}
    async with spa.session.get(logout, params=back, allow_redirects=False) as redirect:
        assert redirect.status == 302 and redirect.headers["Location"] == spa.redirect_uri
    assert tenant.end_sessions[ended:] == [elsewhere, back]


def test_signing_in_to_the_console_with_entra_id_in_a_real_browser(entra_console, tenant, tmp_path_factory):
    """Sign-in, silent renewal, a refused renewal and sign-out through the stand-in tenant, in Chromium."""
    sender, number = _new_number("+1800"), _new_number("+1425")
    opt_out(entra_console, _new_number("+1800"), number)
    renewed, ended = len(tenant.renewals), len(tenant.end_sessions)
    expired_token = tenant.token(USER_OBJECT_ID, audience="https://communication.azure.com", lifetime=-600,
                                 name="Dana Reviewer")
    report = _browser("console_entra.mjs", {"BASE_URL": entra_console.base_url, "NUMBER": number, "SENDER": sender,
                                            "AUTHORITY": tenant.authority, "EXPIRED_TOKEN": expired_token},
                      tmp_path_factory.mktemp("home"))
    assert report["forged"].startswith("This sign-in was not started from this tab")
    assert report["addressBarAfterForged"] == f"{entra_console.base_url}/console/"
    assert report["phoneOverflow"] == []
    assert report["cancelled"] == "Sign-in with Microsoft Entra ID was cancelled."
    assert "did not sign you in" in report["declined"] and "consent_required" in report["declined"]
    assert "the bearer token is for another audience" in report["wrongAudience"]
    assert report["keptAfterRefusals"] is None
    assert report["who"] == "Signed in as Dana Reviewer with Microsoft Entra ID"
    assert report["addressBar"] == f"{entra_console.base_url}/console/"  # the code and state are gone from it
    assert report["sessionKeys"] == ["optout-console-credential"] and report["refreshTokenKept"]
    assert f"principal: {USER_OBJECT_ID}" in report["history"] and "name: Dana Reviewer" in report["history"]

    # Renewed without a word: a fresh token and a rotated refresh token each time, the search done.
    for unnoticed in ("renewedBeforeItEnds", "renewedWhenRefused", "renewedConcurrently"):
        assert report[unnoticed] == {"problemShown": False, "tokenRenewed": unnoticed != "renewedConcurrently",
                                     "refreshTokenRotated": unnoticed != "renewedConcurrently",
                                     "endsInAboutAnHour": True}, unnoticed
    assert report["concurrentCalls"] == 3
    assert report["expiredInTab"] == "Your Microsoft Entra ID sign-in has expired: sign in again."
    assert report["keptAfterExpiry"] is None
    assert report["renewalRefused"].startswith("Your Microsoft Entra ID sign-in could not be renewed: sign in again.")
    assert "AADSTS50173" in report["renewalRefused"]
    assert report["signInOffered"] and report["keptAfterRefusedRenewal"] is None
    assert report["whoAfterExpiredToken"] == "Signed in as Dana Reviewer with Microsoft Entra ID"
    # Before it ends, when the service refused it, once for three concurrent calls, the revoked one refused, and the
    # sign-in whose first token was already expired: each refresh token redeemed once (the stand-in refuses reuse).
    assert tenant.renewals[renewed:] == ["renewed", "renewed", "renewed", tenant.renewals[renewed + 3], "renewed"]
    assert "AADSTS50173" in tenant.renewals[renewed + 3]

    # Sign-out ended the tenant's session, came back signed out, and nothing was kept anywhere.
    end_session = urlsplit(report["endSession"])
    assert end_session.path == f"/{tenant.tenant}/oauth2/v2.0/logout"
    back = {"post_logout_redirect_uri": f"{entra_console.base_url}/console/", "client_id": CONSOLE_CLIENT_ID}
    assert tenant.end_sessions[ended:] == [back]  # and none for the sign-out without an end-session endpoint
    assert report["addressBarAfterSignOut"] == f"{entra_console.base_url}/console/"
    assert report["keptAfterSignOut"] == 0
    nowhere = {"localStorage": 0, "cookies": 0, "indexedDb": 0}
    assert report["keptElsewhere"] == report["keptElsewhereAfterRenewals"] == report["keptElsewhereAfterSignOut"] \
        == nowhere
    assert report["signedOutHereOnly"] == ("Signed out of this tab only: your Microsoft session stays signed in "
                                           "(the tenant's OpenID metadata names no end-session endpoint).")
    assert report["keptAfterLocalSignOut"] == 0

    # What the page recorded is what the service holds, by the signed-in person.
    history = entra_console.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(number)}").json()
    assert history["value"][0]["evidence"] == {"principal": USER_OBJECT_ID, "name": "Dana Reviewer",
                                               "appId": "11111111-0000-4000-8000-00000000a991",
                                               "reason": "Complaint #4712, signed in with Entra ID"}
