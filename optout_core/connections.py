"""How the app reaches Table Storage, ACS and the notifications topic: with a key, or keyless with an identity.

Keyless settings follow the Azure Functions identity-based connection style: a connection named `NAME` is
`NAME__<endpoint setting>` plus `NAME__credential` (`managedidentity`) and `NAME__clientId` (a user-assigned
identity's client id). Without `__credential`, azure-identity's DefaultAzureCredential is used, so a developer
signed in with `az login` can run against real resources.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

from azure.core.credentials import AzureKeyCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.data.tables import TableServiceClient

from .auth import parse_connection_string

MANAGED_IDENTITY = "managedidentity"


def transport_options() -> dict[str, Any]:
    """Options for every Azure SDK client of the app. Left to their defaults, the clients' aiohttp sessions look up
    proxy settings and ~/.netrc in a worker thread before every request: two thread hand-offs per storage call or
    send, about a fifth of the CPU an inbound keyword costs the app (docs/performance.md, "Inbound events"). Proxy
    settings live in the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), which does not change while the app runs:
    where none is set the clients skip the look-up; where one is, they look as before and honour it."""
    return {} if getproxies() else {"use_env_settings": False}


class ConnectionSettingError(ValueError):
    """A connection setting that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Identity:
    """`NAME__credential` and `NAME__clientId` of an identity-based connection."""

    managed_identity_only: bool
    client_id: str | None = None

    def credential(self) -> AsyncTokenCredential:
        # Imported here: azure-identity is only loaded by deployments that use it.
        from azure.identity.aio import DefaultAzureCredential, ManagedIdentityCredential  # noqa: PLC0415

        if self.managed_identity_only:
            return ManagedIdentityCredential(client_id=self.client_id)
        return DefaultAzureCredential(managed_identity_client_id=self.client_id)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str], name: str) -> Identity:
        kind = environ.get(f"{name}__credential", "").strip()
        if kind and kind.lower() != MANAGED_IDENTITY:
            raise ConnectionSettingError(f"{name}__credential must be '{MANAGED_IDENTITY}' (or unset for "
                                         f"DefaultAzureCredential), not {kind!r}")
        return cls(managed_identity_only=bool(kind), client_id=environ.get(f"{name}__clientId", "").strip() or None)


def _https_endpoint(setting: str, value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme != "https" or not parts.hostname:
        # Entra tokens are only sent over TLS: azure-core refuses to put a bearer token on an http:// URL.
        raise ConnectionSettingError(f"{setting} must be an https:// URL, not {value!r}")
    return value.strip().rstrip("/")


def _keyed_endpoint(setting: str, value: str) -> str:
    """An endpoint reached with a key: http:// is allowed too (local stand-ins), but it must be a URL."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        # The value is not repeated: in a connection string it sits beside the key.
        raise ConnectionSettingError(f"{setting}: the endpoint must be an https:// URL")
    return value.strip()


def _base64_key(setting: str, part: str, value: str) -> None:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ConnectionSettingError(f"{setting}: its {part} is not valid base64") from None


def _table_connection_string(setting: str, value: str) -> str:
    """The storage SDK's own reading of the connection string, done now: a malformed one stops the app when it
    starts, not at its first request. The SDK's messages never quote the string, which holds the account key."""
    try:
        client = TableServiceClient.from_connection_string(value)
    except ValueError as exc:
        raise ConnectionSettingError(f"{setting}: {exc}") from None
    named_key = getattr(client.credential, "named_key", None)  # absent for a SAS
    client.close()
    if named_key is not None:
        _base64_key(setting, "AccountKey", named_key.key)
    return value


@dataclass(frozen=True)
class StorageConnection:
    """Table Storage: a connection string (Azurite, or an account with shared keys), or an endpoint and identity."""

    connection_string: str | None = None
    table_endpoint: str | None = None
    identity: Identity | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> StorageConnection:
        """The app's own `OPTOUT_STORAGE...` settings first, else the Functions host's `AzureWebJobsStorage...`."""
        for connection_string_setting, name in (("OPTOUT_STORAGE_CONNECTION_STRING", "OPTOUT_STORAGE"),
                                                ("AzureWebJobsStorage", "AzureWebJobsStorage")):
            if environ.get(connection_string_setting):
                return cls(connection_string=_table_connection_string(connection_string_setting,
                                                                      environ[connection_string_setting]))
            if environ.get(f"{name}__tableServiceUri"):
                endpoint = _https_endpoint(f"{name}__tableServiceUri", environ[f"{name}__tableServiceUri"])
                return cls(table_endpoint=endpoint, identity=Identity.from_environ(environ, name))
            if environ.get(f"{name}__accountName"):
                account = environ[f"{name}__accountName"].strip()
                if not account.isalnum() or not account.islower() or not 3 <= len(account) <= 24:
                    raise ConnectionSettingError(f"{name}__accountName must be a storage account name (3-24 "
                                                 f"lowercase letters and digits), not {account!r}")
                return cls(table_endpoint=f"https://{account}.table.core.windows.net",
                           identity=Identity.from_environ(environ, name))
        raise ConnectionSettingError(
            "set OPTOUT_STORAGE_CONNECTION_STRING, or OPTOUT_STORAGE__tableServiceUri (or __accountName) with "
            "OPTOUT_STORAGE__credential=managedidentity for a managed identity")


@dataclass(frozen=True)
class _KeyOrIdentity:
    """An endpoint reached with its access key or, without one, with an identity's Entra ID tokens."""

    endpoint: str
    key: str | None = None
    identity: Identity | None = None

    def credential(self) -> AzureKeyCredential | AsyncTokenCredential:
        if self.key is not None:
            return AzureKeyCredential(self.key)
        assert self.identity is not None
        return self.identity.credential()


@dataclass(frozen=True)
class AcsConnection(_KeyOrIdentity):
    """ACS: `endpoint=...;accesskey=...`, or `COMMUNICATION_SERVICES__endpoint` and an identity."""

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> AcsConnection | None:
        """None when neither is set: replies then go to the local outbox."""
        if environ.get("COMMUNICATION_SERVICES_CONNECTION_STRING"):
            setting = "COMMUNICATION_SERVICES_CONNECTION_STRING"
            try:
                endpoint, key = parse_connection_string(environ[setting])
            except ValueError as exc:
                raise ConnectionSettingError(f"{setting}: {exc}") from None
            _base64_key(setting, "accesskey", key)
            return cls(endpoint=_keyed_endpoint(setting, endpoint), key=key)
        if environ.get("COMMUNICATION_SERVICES__endpoint"):
            endpoint = _https_endpoint("COMMUNICATION_SERVICES__endpoint", environ["COMMUNICATION_SERVICES__endpoint"])
            return cls(endpoint=endpoint, identity=Identity.from_environ(environ, "COMMUNICATION_SERVICES"))
        return None


@dataclass(frozen=True)
class TopicConnection(_KeyOrIdentity):
    """The change-notifications topic: its endpoint with its access key or, without one, an identity."""

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> TopicConnection | None:
        endpoint = environ.get("OPTOUT_EVENTGRID_TOPIC_ENDPOINT")
        if not endpoint:
            return None
        if environ.get("OPTOUT_EVENTGRID_TOPIC_KEY"):
            return cls(endpoint=_keyed_endpoint("OPTOUT_EVENTGRID_TOPIC_ENDPOINT", endpoint),
                       key=environ["OPTOUT_EVENTGRID_TOPIC_KEY"])
        return cls(endpoint=_https_endpoint("OPTOUT_EVENTGRID_TOPIC_ENDPOINT", endpoint),
                   identity=Identity.from_environ(environ, "OPTOUT_EVENTGRID_TOPIC"))
