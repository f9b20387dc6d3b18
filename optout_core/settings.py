"""Configuration from app settings (environment variables); see the README's configuration table."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .auth import AccessKey

_TABLE_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9]{0,30}")


class ConfigurationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    storage_connection_string: str
    table_prefix: str
    access_keys: tuple[AccessKey, ...]
    acs_connection_string: str | None = None
    outbox_dir: Path = Path(".outbox")
    default_program_name: str | None = None
    default_help_contact: str | None = None
    topic_endpoint: str | None = None
    topic_key: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        connection_string = environ.get("OPTOUT_STORAGE_CONNECTION_STRING") or environ.get("AzureWebJobsStorage")
        if not connection_string:
            raise ConfigurationError("set OPTOUT_STORAGE_CONNECTION_STRING (or AzureWebJobsStorage)")
        prefix = environ.get("OPTOUT_TABLE_PREFIX", "optout")
        if not _TABLE_PREFIX.fullmatch(prefix):
            raise ConfigurationError("OPTOUT_TABLE_PREFIX must be a letter followed by up to 30 letters or digits")
        if not environ.get("OPTOUT_ACCESS_KEY"):
            raise ConfigurationError("set OPTOUT_ACCESS_KEY to a base64 key (README: generating a key)")
        keys = []
        for name, variable in (("primary", "OPTOUT_ACCESS_KEY"), ("secondary", "OPTOUT_SECONDARY_ACCESS_KEY")):
            if environ.get(variable):
                try:
                    keys.append(AccessKey.from_base64(name, environ[variable]))
                except ValueError as exc:
                    raise ConfigurationError(f"{variable}: {exc}") from exc
        return cls(storage_connection_string=connection_string, table_prefix=prefix, access_keys=tuple(keys),
                   acs_connection_string=environ.get("COMMUNICATION_SERVICES_CONNECTION_STRING") or None,
                   outbox_dir=Path(environ.get("OPTOUT_OUTBOX_DIR") or ".outbox"),
                   default_program_name=environ.get("OPTOUT_DEFAULT_PROGRAM_NAME") or None,
                   default_help_contact=environ.get("OPTOUT_DEFAULT_HELP_CONTACT") or None,
                   topic_endpoint=environ.get("OPTOUT_EVENTGRID_TOPIC_ENDPOINT") or None,
                   topic_key=environ.get("OPTOUT_EVENTGRID_TOPIC_KEY") or None)
