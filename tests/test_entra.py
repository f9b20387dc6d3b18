"""Entra ID bearer tokens: validated against a tenant's published keys (a loopback stand-in of the tenant)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import jwt
import pytest
from azure.communication.sms import SmsClient
from azure.core.credentials import AccessToken

from conftest import HostProcess, service_environment, start_host, stop_host
from openid_standin import OpenIdStandIn
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.entra import (
    EntraSettings,
    EntraVerifier,
    KeysUnavailableError,
    TokenRejectedError,
    fetch_json,
)
from tls import TlsFiles, make_tls_files

WRITER = "aaaaaaaa-0000-4000-8000-0000000000w1"
READER = "bbbbbbbb-0000-4000-8000-0000000000r1"


@pytest.fixture(scope="module")
def tenant() -> Iterator[OpenIdStandIn]:
    stand_in = OpenIdStandIn().start()
    yield stand_in
    stand_in.stop()


def settings(tenant: OpenIdStandIn, **more) -> EntraSettings:
    configured = EntraSettings.from_environ({"OPTOUT_ENTRA_TENANT_ID": tenant.tenant,
                                       "OPTOUT_ENTRA_AUTHORITY": tenant.authority,
                                       "OPTOUT_ENTRA_WRITERS": WRITER, "OPTOUT_ENTRA_READERS": READER, **more})
    assert configured is not None
    return configured


@pytest.fixture
def verifier(tenant) -> EntraVerifier:
    return EntraVerifier(settings(tenant), fetch_json)


async def test_a_writer_and_a_reader(verifier, tenant):
    writer = await verifier.principal(tenant.token(WRITER, name="Contoso CRM"))
    assert (writer.can_write, writer.can_read) == (True, True)
    assert writer.evidence() == {"principal": WRITER, "appId": "11111111-0000-4000-8000-00000000a991",
                                 "name": "Contoso CRM"}
    reader = await verifier.principal(tenant.token(READER))
    assert (reader.can_write, reader.can_read) == (False, True)
    stranger = await verifier.principal(tenant.token())
    assert (stranger.can_write, stranger.can_read) == (False, False)
    by_role = await verifier.principal(tenant.token(roles=["OptOuts.ReadWrite"]))
    assert by_role.can_write


async def test_both_issuers_and_both_audience_spellings(verifier, tenant):
    for token in (tenant.token(WRITER, issuer=f"https://sts.windows.net/{tenant.tenant}/"),
                  tenant.token(WRITER, audience="https://communication.azure.com/")):
        assert (await verifier.principal(token)).object_id == WRITER


def _tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["oid"] = WRITER
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{header}.{forged}.{signature}"


def _unsigned(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})
    return jwt.encode(claims, key=None, algorithm="none")  # type: ignore[arg-type]  # alg none takes no key


def _hmac_signed(tenant: OpenIdStandIn) -> str:
    """alg confusion: HS256 with the public key as the secret."""
    claims = jwt.decode(tenant.token(WRITER), options={"verify_signature": False})
    return jwt.encode(claims, b"k" * 32, algorithm="HS256", headers={"kid": "key-1"})


@pytest.mark.parametrize(("make", "says"), [
    (lambda t: t.token(WRITER, lifetime=-300), "expired"),
    (lambda t: t.token(WRITER, not_before=600), "not valid yet"),
    (lambda t: t.token(WRITER, issuer="https://login.microsoftonline.com/another-tenant/v2.0"), "another tenant"),
    (lambda t: t.token(WRITER, tid="another-tenant"), "another tenant"),
    (lambda t: t.token(WRITER, audience="https://graph.microsoft.com"), "another audience"),
    (lambda t: _unsigned(t.token(WRITER)), "RS256"),
    (_hmac_signed, "RS256"),
    (lambda t: t.token(WRITER, key_id="nobody-publishes-this"), "key the tenant does not publish"),
    (lambda t: _tampered(t.token(READER)), "signature"),
    (lambda t: "not-a-jwt", "not a JWT"),
])
async def test_bad_tokens_are_refused_and_say_why(verifier, tenant, make, says):
    with pytest.raises(TokenRejectedError, match=says):
        await verifier.principal(make(tenant))


async def test_the_keys_are_fetched_once_and_again_only_for_a_new_key(tenant):
    verifier = EntraVerifier(settings(tenant), fetch_json)
    before = tenant.fetches
    for _ in range(5):
        await verifier.principal(tenant.token(WRITER))
    assert tenant.fetches == before + 1
    for _ in range(3):  # made-up key ids: at most one fetch a minute
        with pytest.raises(TokenRejectedError):
            await verifier.principal(tenant.token(WRITER, key_id="made-up"))
    assert tenant.fetches == before + 1  # the first fetch was less than a minute ago


async def test_a_rotated_key_is_fetched_when_first_seen(tenant):
    now = [0.0]
    verifier = EntraVerifier(settings(tenant), fetch_json, clock=lambda: now[0])
    await verifier.principal(tenant.token(WRITER))
    tenant.rotate_in("key-2")
    now[0] += 61
    assert (await verifier.principal(tenant.token(WRITER, key_id="key-2"))).can_write


async def test_an_unreachable_tenant_is_a_retryable_failure(tenant):
    unreachable = EntraSettings(tenant_id=tenant.tenant, authority="http://127.0.0.1:9")
    with pytest.raises(KeysUnavailableError):
        await EntraVerifier(unreachable, fetch_json).principal(tenant.token(WRITER))


@pytest.mark.parametrize(("environ", "named"), [
    ({"OPTOUT_ENTRA_TENANT_ID": "contoso'; drop"}, "OPTOUT_ENTRA_TENANT_ID"),
    ({"OPTOUT_ENTRA_TENANT_ID": "t", "OPTOUT_ENTRA_AUTHORITY": "http://login.example"}, "OPTOUT_ENTRA_AUTHORITY"),
])
def test_unusable_settings_are_named(environ, named):
    with pytest.raises(ValueError, match=named):
        EntraSettings.from_environ(environ)


# --- End to end: the dev host over HTTPS, the official SDKs with a token credential ---------------------------------

SDK_SCRIPT = Path(__file__).parent / "sdk" / "entra.mjs"


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("entra-tls"))


def _entra_environment(azurite, acs, tenant: OpenIdStandIn, **more: str) -> dict[str, str]:
    return service_environment(azurite, acs, OPTOUT_ENTRA_TENANT_ID=tenant.tenant,
                               OPTOUT_ENTRA_AUTHORITY=tenant.authority, OPTOUT_ENTRA_WRITERS=WRITER,
                               OPTOUT_ENTRA_READERS=READER, **more)


@pytest.fixture(scope="module")
def entra_host(azurite, acs, tenant, tls, tmp_path_factory) -> Iterator[HostProcess]:
    host = start_host(PROJECT_ROOT, _entra_environment(azurite, acs, tenant),
                      tmp_path_factory.mktemp("entra") / "log", tls=tls)
    yield host
    stop_host(host.process)


def run_js(host: HostProcess, tls: TlsFiles, token: str, action: str, sender: str, *recipients: str):
    node = shutil.which("node")
    assert node, "Node.js is required for the SDK tests"
    completed = subprocess.run([node, str(SDK_SCRIPT), host.base_url, action, sender, *recipients],
                               check=False, capture_output=True, text=True, timeout=60, cwd=SDK_SCRIPT.parent,
                               env={**os.environ, "OPTOUT_BEARER_TOKEN": token,
                                    "NODE_EXTRA_CA_CERTS": str(tls.ca_path)})
    assert completed.returncode in (0, 3), completed.stderr
    return json.loads(completed.stdout)


def test_the_js_sdk_with_a_token_credential(entra_host, tls, tenant, sender):
    writer, reader = tenant.token(WRITER, name="Contoso CRM"), tenant.token(READER)
    added = run_js(entra_host, tls, writer, "add", sender, "+14255550401")
    assert [(r["to"], r["httpStatusCode"]) for r in added] == [("+14255550401", 200)]
    checked = run_js(entra_host, tls, reader, "check", sender, "+14255550401")
    assert [r["isOptedOut"] for r in checked] == [True]
    refused = run_js(entra_host, tls, reader, "remove", sender, "+14255550401")
    assert refused["error"]["statusCode"] == 403
    history = entra_host.request("GET", f"/sms/optouts/history?from={quote(sender)}&to=%2B14255550401",
                                 headers={"Authorization": f"Bearer {reader}"}).json()
    assert history["value"][0]["evidence"] == {"principal": WRITER, "appId": "11111111-0000-4000-8000-00000000a991",
                                               "name": "Contoso CRM"}


def test_the_python_sdk_sends_with_a_token_credential(entra_host, tls, tenant, acs, sender):
    class Credential:
        def get_token(self, *scopes: str, **kwargs: object) -> AccessToken:
            assert scopes == ("https://communication.azure.com//.default",)
            return AccessToken(tenant.token(WRITER), int(time.time()) + 3600)

    client = SmsClient(entra_host.base_url, Credential(), connection_verify=str(tls.ca_path))
    [result] = client.send(  # type: ignore[misc]  # the SDK annotates self wrongly
        from_=sender, to=["+14255550402"], message="sent with a token")
    assert (result.successful, result.http_status_code) == (True, 202)
    assert [sms.message for sms in acs.sent_to("+14255550402")] == ["sent with a token"]


def test_refusals_say_which_and_keys_still_work(entra_host, tenant, sender):
    path = "/sms/optouts:check?api-version=2026-01-23"
    body = {"from": sender, "recipients": [{"to": "+14255550403"}]}

    def post(token: str):
        return entra_host.request("POST", path, body, {"Authorization": f"Bearer {token}",
                                                       "Content-Type": "application/json"})

    for token, says in ((tenant.token(WRITER, lifetime=-300), "expired"),
                        (tenant.token(WRITER, audience="https://graph.microsoft.com"), "another audience"),
                        (_unsigned(tenant.token(WRITER)), "RS256")):
        reply = post(token)
        assert reply.status == 401 and says in reply.json()["error"]["message"]
        assert token not in reply.body.decode()
    stranger = post(tenant.token())
    assert stranger.status == 403 and stranger.json()["error"]["code"] == "Forbidden"
    assert entra_host.signed("POST", path, body).status == 200  # the HMAC key still works


def test_local_auth_can_be_turned_off(azurite, acs, tenant, tls, tmp_path, sender):
    host = start_host(PROJECT_ROOT, _entra_environment(azurite, acs, tenant, OPTOUT_DISABLE_LOCAL_AUTH="true"),
                      tmp_path / "log", tls=tls)
    try:
        path = "/sms/optouts:check?api-version=2026-01-23"
        body = {"from": sender, "recipients": [{"to": "+14255550404"}]}
        refused = host.signed("POST", path, body)
        assert refused.status == 401 and "OPTOUT_DISABLE_LOCAL_AUTH" in refused.json()["error"]["message"]
        allowed = host.request("POST", path, body, {"Authorization": f"Bearer {tenant.token(READER)}",
                                                    "Content-Type": "application/json"})
        assert allowed.status == 200
    finally:
        stop_host(host.process)
