"""Configuration from app settings (environment variables); see the README's configuration table."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from .auth import AccessKey
from .connections import AcsConnection, StorageConnection, TopicConnection
from .entra import EntraSettings
from .storage import DEFAULT_STORAGE_TIMEOUT_SECONDS, MAX_STORAGE_TIMEOUT_SECONDS

_TABLE_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9]{0,30}")


class ConfigurationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    storage: StorageConnection
    table_prefix: str
    access_keys: tuple[AccessKey, ...]
    acs: AcsConnection | None = None
    outbox_dir: Path = Path(".outbox")
    default_program_name: str | None = None
    default_help_contact: str | None = None
    topic: TopicConnection | None = None
    storage_timeout: float = DEFAULT_STORAGE_TIMEOUT_SECONDS
    entra: EntraSettings | None = None
    disable_local_auth: bool = False
    refused_send_retention: timedelta | None = None  # None: kept as long as the entry's history (for ever)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        try:
            storage = StorageConnection.from_environ(environ)
            acs = AcsConnection.from_environ(environ)
            topic = TopicConnection.from_environ(environ)
            entra = EntraSettings.from_environ(environ)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        disable_local_auth = _flag(environ, "OPTOUT_DISABLE_LOCAL_AUTH")
        if disable_local_auth and entra is None:
            raise ConfigurationError("OPTOUT_DISABLE_LOCAL_AUTH=true leaves no way in: set OPTOUT_ENTRA_TENANT_ID "
                                     "(and OPTOUT_ENTRA_WRITERS / OPTOUT_ENTRA_READERS) too")
        prefix = environ.get("OPTOUT_TABLE_PREFIX", "optout")
        if not _TABLE_PREFIX.fullmatch(prefix):
            raise ConfigurationError("OPTOUT_TABLE_PREFIX must be a letter followed by up to 30 letters or digits")
        if not disable_local_auth and not environ.get("OPTOUT_ACCESS_KEY"):
            raise ConfigurationError("set OPTOUT_ACCESS_KEY to a base64 key (README: generating a key)")
        keys = []
        for name, variable in (("primary", "OPTOUT_ACCESS_KEY"), ("secondary", "OPTOUT_SECONDARY_ACCESS_KEY")):
            if environ.get(variable):
                try:
                    keys.append(AccessKey.from_base64(name, environ[variable]))
                except ValueError as exc:
                    raise ConfigurationError(f"{variable}: {exc}") from exc
        return cls(storage=storage, table_prefix=prefix, access_keys=tuple(keys), acs=acs, topic=topic,
                   entra=entra, disable_local_auth=disable_local_auth,
                   outbox_dir=Path(environ.get("OPTOUT_OUTBOX_DIR") or ".outbox"),
                   default_program_name=environ.get("OPTOUT_DEFAULT_PROGRAM_NAME") or None,
                   default_help_contact=environ.get("OPTOUT_DEFAULT_HELP_CONTACT") or None,
                   refused_send_retention=_days(environ, "OPTOUT_REFUSED_SEND_RETENTION_DAYS"),
                   storage_timeout=_seconds(environ, "OPTOUT_STORAGE_TIMEOUT_SECONDS", DEFAULT_STORAGE_TIMEOUT_SECONDS,
                                            MAX_STORAGE_TIMEOUT_SECONDS))


def _seconds(environ: Mapping[str, str], variable: str, default: float, maximum: float) -> float:
    text = environ.get(variable) or ""
    if not text:
        return default
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= maximum:
        raise ConfigurationError(f"{variable} must be a number of seconds above 0 and at most {maximum:g}, "
                                 f"not {text!r}")
    return seconds


def _days(environ: Mapping[str, str], variable: str) -> timedelta | None:
    text = (environ.get(variable) or "").strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 36500:
        raise ConfigurationError(f"{variable} must be a whole number of days from 1 to 36500, or empty to keep them "
                                 f"as long as the history, not {text!r}")
    return timedelta(days=int(text))


def _flag(environ: Mapping[str, str], name: str) -> bool:
    value = environ.get(name, "").strip().lower()
    if value in ("", "false", "0", "no"):
        return False
    if value in ("true", "1", "yes"):
        return True
    raise ConfigurationError(f"{name} must be true or false, not {value!r}")
