"""The process-wide objects every function shares: built once, on first use, and reused.

The Functions worker runs async functions on one event loop, so one set of
async storage clients serves every invocation in the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .api import OptOutApi
from .auth import HmacVerifier
from .settings import Settings
from .storage import OptOutStore, Tables


@dataclass(frozen=True)
class Services:
    tables: Tables
    optout_api: OptOutApi

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        tables = Tables.from_connection_string(settings.storage_connection_string, settings.table_prefix)
        return cls(tables=tables, optout_api=OptOutApi(OptOutStore(tables), HmacVerifier(settings.access_keys)))


@cache
def services() -> Services:
    return Services.from_settings(Settings.from_environ())
