"""Keyless: the app reaches Table Storage and ACS with a managed identity's Entra ID tokens, no key in any setting.

Real parts throughout: Azurite serving HTTPS and checking bearer tokens (`--oauth basic`), azure-identity's
ManagedIdentityCredential finding its endpoint through IDENTITY_ENDPOINT / IDENTITY_HEADER as it does on Azure
Functions, and an HTTPS ACS stand-in that accepts only a valid bearer token for https://communication.azure.com.
The certificate is made by the test; the app trusts it through SSL_CERT_FILE, as a corporate CA would be trusted.
"""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import jwt
import pytest
from azure.core.credentials import AccessToken
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError
from azure.data.tables import TableClient
from azure.storage.blob import BlobServiceClient

from acs_events import deliver, envelope
from acs_standin import AcsStandIn
from conftest import OPTOUT, PRIMARY_KEY, HostProcess, b64, start_host, stop_host
from identity_standin import TENANT_ID, IdentityStandIn
from optout_core.connections import AcsConnection, Identity, StorageConnection
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.numbers import parse_recipient
from optout_core.settings import ConfigurationError, Settings
from tls import TlsFiles, make_tls_files

STORAGE_AUDIENCE = "https://storage.azure.com"
ACS_AUDIENCE = "https://communication.azure.com"


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def identity() -> Iterator[IdentityStandIn]:
    stand_in = IdentityStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def oauth_azurite(tls: TlsFiles) -> Iterator[Azurite]:
    with Azurite(oauth_tls=(tls.cert_path, tls.key_path)) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def keyless_acs(tls: TlsFiles, identity: IdentityStandIn) -> Iterator[AcsStandIn]:
    stand_in = AcsStandIn(tls=tls.server_context(),
                          verify_token=lambda token: identity.verify(token, {ACS_AUDIENCE, ACS_AUDIENCE + "/"}))
    stand_in.start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def keyless_host(tls, identity, oauth_azurite, keyless_acs, tmp_path_factory) -> Iterator[HostProcess]:
    environment = {
        # Nothing from local.settings.json may supply a key-based connection: empty wins over its values.
        "OPTOUT_STORAGE_CONNECTION_STRING": "", "AzureWebJobsStorage": "",
        "COMMUNICATION_SERVICES_CONNECTION_STRING": "",
        "OPTOUT_STORAGE__tableServiceUri": oauth_azurite.table_endpoint,
        "OPTOUT_STORAGE__credential": "managedidentity",
        "OPTOUT_STORAGE__clientId": identity.client_id,
        "COMMUNICATION_SERVICES__endpoint": keyless_acs.endpoint,
        "COMMUNICATION_SERVICES__credential": "managedidentity",
        "COMMUNICATION_SERVICES__clientId": identity.client_id,
        "OPTOUT_TABLE_PREFIX": f"keyless{uuid.uuid4().hex[:8]}",
        "OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY),
        "OPTOUT_DEFAULT_PROGRAM_NAME": "Contoso Alerts",
        "SSL_CERT_FILE": str(tls.ca_path),
        **identity.environment,
    }
    host = start_host(PROJECT_ROOT, environment, tmp_path_factory.mktemp("keyless") / "log")
    yield host
    stop_host(host.process)


class _FixedToken:
    """The test's own credential for reading Azurite: a token like the identity's, for any scope."""

    def __init__(self, identity: IdentityStandIn, audience: str = STORAGE_AUDIENCE, lifetime: int = 3600) -> None:
        now = int(time.time())
        claims = {"aud": audience, "iss": f"https://sts.windows.net/{TENANT_ID}/", "iat": now - 60,
                  "nbf": now - 60, "exp": now + lifetime}
        self._token = AccessToken(jwt.encode(claims, identity.signing_key, algorithm="HS256"), now + 3600)

    def get_token(self, *scopes: str, **kwargs: object) -> AccessToken:
        return self._token


def _entries(azurite: Azurite, tls: TlsFiles, credential: Any, table: str) -> list[dict]:
    with TableClient(azurite.table_endpoint, table, credential=credential,
                     connection_verify=str(tls.ca_path)) as client:
        return list(client.list_entities())


def test_the_api_stores_through_the_identity_and_never_a_key(keyless_host, oauth_azurite, identity, tls):
    sender, recipient = "+18005550100", f"+1425{uuid.uuid4().int % 10**7:07d}"
    reply = keyless_host.signed("POST", "/sms/optouts:add?api-version=2026-01-23",
                                {"from": sender, "recipients": [{"to": recipient}]})
    assert reply.status == 200, reply.body
    assert reply.json()["value"][0]["httpStatusCode"] == 200
    check = keyless_host.signed("POST", "/sms/optouts:check?api-version=2026-01-23",
                                {"from": sender, "recipients": [{"to": recipient}]})
    assert check.json()["value"][0]["isOptedOut"] is True

    table = keyless_host.environment["OPTOUT_TABLE_PREFIX"] + "OptOuts"
    stored = _entries(oauth_azurite, tls, _FixedToken(identity), table)
    assert any(entity["RowKey"] == parse_recipient(recipient).e164 and entity["OptedOut"] for entity in stored)
    assert (STORAGE_AUDIENCE, identity.client_id) in set(identity.issued), \
        "the app must ask the managed identity endpoint for a storage token with its user-assigned client id"


def test_azurite_refuses_a_token_it_should_refuse(oauth_azurite, identity, tls):
    """The keyless test proves something only if the emulator really checks tokens."""
    table = "keylessprobe"
    for wrong in (_FixedToken(identity, audience="https://vault.azure.net"), _FixedToken(identity, lifetime=-600)):
        with pytest.raises((ClientAuthenticationError, HttpResponseError)):
            _entries(oauth_azurite, tls, wrong, table)


def test_a_stop_is_confirmed_through_acs_with_a_bearer_token(keyless_host, keyless_acs, identity):
    sender, recipient = "+18005550111", f"+1425{uuid.uuid4().int % 10**7:07d}"
    data: dict[str, Any] = {"messageId": f"Incoming_{uuid.uuid4()}", "from": recipient.lstrip("+"),
                            "to": sender.lstrip("+"), "message": "STOP",
                            "receivedTimestamp": datetime.now(UTC).isoformat(), "segmentCount": 1}
    event = envelope("Microsoft.Communication.SMSReceived", data["messageId"], data, datetime.now(UTC),
                     f"/phonenumber/{sender.lstrip('+')}")
    reply = deliver(keyless_host, "SmsReceived", [event])
    assert reply.status in (200, 202), reply.body
    [confirmation] = keyless_acs.sent_to(recipient)
    assert "unsubscribed" in confirmation.message
    assert any(resource.rstrip("/") == ACS_AUDIENCE for resource in identity.resources())


def test_the_send_proxy_forwards_with_a_bearer_token(keyless_host, keyless_acs):
    sender, recipient = "+18005550122", f"+1425{uuid.uuid4().int % 10**7:07d}"
    reply = keyless_host.signed("POST", "/sms?api-version=2021-03-07",
                                {"from": sender, "message": "Your code is 1234",
                                 "smsRecipients": [{"to": recipient}]})
    assert reply.status == 202, reply.body
    assert reply.json()["value"][0]["successful"] is True
    assert [sms.message for sms in keyless_acs.sent_to(recipient)] == ["Your code is 1234"]


KEY = {"OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY)}


@pytest.mark.parametrize(("environ", "named"), [
    ({"OPTOUT_STORAGE__tableServiceUri": "http://acct.table.core.windows.net"}, "OPTOUT_STORAGE__tableServiceUri"),
    ({"OPTOUT_STORAGE__accountName": "Not_An-Account"}, "OPTOUT_STORAGE__accountName"),
    ({"OPTOUT_STORAGE__accountName": "acct", "OPTOUT_STORAGE__credential": "connectionstring"},
     "OPTOUT_STORAGE__credential"),
    ({"OPTOUT_STORAGE_CONNECTION_STRING": "UseDevelopmentStorage=true",
      "COMMUNICATION_SERVICES__endpoint": "acs.communication.azure.com"}, "COMMUNICATION_SERVICES__endpoint"),
    ({"OPTOUT_STORAGE_CONNECTION_STRING": "UseDevelopmentStorage=true",
      "COMMUNICATION_SERVICES_CONNECTION_STRING": "endpoint=https://acs.communication.azure.com/"},
     "COMMUNICATION_SERVICES_CONNECTION_STRING"),
    ({}, "OPTOUT_STORAGE__tableServiceUri"),
])
def test_an_unusable_connection_setting_is_named(environ, named):
    with pytest.raises(ConfigurationError) as refused:
        Settings.from_environ({**KEY, **environ})
    assert named in str(refused.value)


def test_identity_settings_in_the_functions_style():
    settings = Settings.from_environ({**KEY, "AzureWebJobsStorage__accountName": "contosooptout",
                                      "AzureWebJobsStorage__credential": "managedidentity",
                                      "AzureWebJobsStorage__clientId": "client-1",
                                      "COMMUNICATION_SERVICES__endpoint": "https://acs.communication.azure.com/"})
    assert settings.storage == StorageConnection(table_endpoint="https://contosooptout.table.core.windows.net",
                                                 identity=Identity(managed_identity_only=True, client_id="client-1"))
    assert settings.acs == AcsConnection(endpoint="https://acs.communication.azure.com",
                                         identity=Identity(managed_identity_only=False))


@pytest.fixture(scope="module")
def oauth_blobs(tls: TlsFiles, identity: IdentityStandIn) -> Iterator[str]:
    """A container in an Azurite Blob service that, like the Table one, serves HTTPS and takes only bearer tokens."""
    with Azurite(service="blob", oauth_tls=(tls.cert_path, tls.key_path)) as blobs:
        with BlobServiceClient(blobs.table_endpoint, credential=_FixedToken(identity),
                               connection_verify=str(tls.ca_path)) as service:
            service.create_container("backups")
        yield f"{blobs.table_endpoint}/backups"


def test_a_backup_goes_to_a_blob_container_and_back_with_the_identity_alone(keyless_host, oauth_azurite, oauth_blobs,
                                                                             identity, tls):
    """`optout backup https://…/CONTAINER/NAME` without a SAS: DefaultAzureCredential finds the managed identity (as
    on an Azure VM or in Cloud Shell), for the tables (--table-endpoint) and for the blob; no key anywhere."""
    sender, recipient = "+18005550101", f"+1425{uuid.uuid4().int % 10**7:07d}"
    assert keyless_host.signed("POST", "/sms/optouts:add?api-version=2026-01-23",
                               {"from": sender, "recipients": [{"to": recipient}]}).status == 200
    kept, copy = keyless_host.environment["OPTOUT_TABLE_PREFIX"], f"copy{uuid.uuid4().hex[:8]}"
    blob = f"{oauth_blobs}/keyless.ndjson.gz"
    environment = {"PATH": "/usr/bin:/bin", "SSL_CERT_FILE": str(tls.ca_path), **identity.environment}

    def optout(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(OPTOUT), *arguments, "--table-endpoint", oauth_azurite.table_endpoint],
                              capture_output=True, text=True, timeout=120, env=environment, check=False)

    backed_up = optout("backup", blob, "--table-prefix", kept)
    assert backed_up.returncode == 0, backed_up.stderr
    restored = optout("restore", blob, "--table-prefix", copy)
    assert restored.returncode == 0, restored.stderr
    restored_rows = _entries(oauth_azurite, tls, _FixedToken(identity), copy + "OptOuts")
    assert restored_rows == _entries(oauth_azurite, tls, _FixedToken(identity), kept + "OptOuts")
    assert any(entity["RowKey"] == recipient for entity in restored_rows)
    again = optout("backup", blob, "--table-prefix", kept)
    assert again.returncode == 1 and "exists" in again.stderr  # never over an existing backup
