"""`optout backup` and `optout restore`: everything the service keeps, to a file and back (docs/operations.md).

They work on the storage account itself, not through the HTTP API: receipts and pending notifications are not
exposed by the API, and a restore must put rows back exactly as they were (their own times, types and keys).

The file (local, or a blob: locations.py) is NDJSON, gzip-compressed when its name ends in `.gz`, written row by
row as the tables are paged:
a header line naming the format and the tables, one line per row (`{"table": ..., "entity": ...}`, the entity in
the Table service's own JSON form, `@odata.type` annotations and all, so every property keeps its type), and a
trailer with the row counts and the SHA-256 of every line before it. `restore` checks the whole file against its
trailer before it writes anything, and writes only into empty tables.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gzip
import hashlib
import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, TextIO
from uuid import UUID

from azure.core.exceptions import AzureError, ResourceNotFoundError
from azure.data.tables import EdmType, EntityProperty
from azure.data.tables.aio import TableClient

from ..connections import ConnectionSettingError, StorageConnection
from ..programs import ProgramStore
from ..review import REVIEWS_TABLE
from ..storage import MAX_TRANSACTION_OPERATIONS, OptOutStore, StorageUnavailableError, Tables
from .client import CliError, Progress
from .locations import reading, shown, writing

FORMAT = "optout-backup"
VERSION = 1
# Every table the service keeps, in the order they are written. A table added to the service belongs here too
# (tests/test_backup.py checks that a backup holds every table a running service has made).
TABLES = (OptOutStore.TABLE, OptOutStore.SENDERS_TABLE, OptOutStore.PENDING_TABLE, ProgramStore.TABLE, REVIEWS_TABLE)
_KEYS = ("PartitionKey", "RowKey")
_TYPE = "@odata.type"
_PROGRESS_EVERY = 10_000


def storage_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--storage-connection-string", default=argparse.SUPPRESS,
                         help="for backup and restore: the storage account's connection string (default: the "
                              "app's own settings, $OPTOUT_STORAGE_CONNECTION_STRING and the others in the README)")
    options.add_argument("--table-endpoint", default=argparse.SUPPRESS,
                         help="for backup and restore, instead of a connection string: the account's table "
                              "endpoint (https://ACCOUNT.table.core.windows.net), reached with your Azure identity")
    options.add_argument("--table-prefix", default=argparse.SUPPRESS,
                         help="the service's table prefix (default: $OPTOUT_TABLE_PREFIX, then optout)")
    return options


def settle_storage_options(args: argparse.Namespace) -> None:
    """The storage to use: as the command line says, else as the app's own settings say (docs/operations.md)."""
    given = {"OPTOUT_STORAGE_CONNECTION_STRING": getattr(args, "storage_connection_string", None),
             "OPTOUT_STORAGE__tableServiceUri": getattr(args, "table_endpoint", None)}
    args.storage_settings = {**os.environ, **{name: value for name, value in given.items() if value}}
    if given["OPTOUT_STORAGE__tableServiceUri"]:
        args.storage_settings.pop("OPTOUT_STORAGE_CONNECTION_STRING", None)  # the option given wins
    args.table_prefix = getattr(args, "table_prefix", None) or os.environ.get("OPTOUT_TABLE_PREFIX") or "optout"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 options: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[options],
                                 help="write every table the service keeps to a file, with a checksum")
    backup.add_argument("file", metavar="FILE",
                        help="where to write the backup: a file, or a blob's URL (https://ACCOUNT.blob.core.windows.net/"
                             "CONTAINER/NAME, with a SAS token or else your Azure identity); '.gz' at the end "
                             "compresses it; an existing one is never overwritten")
    backup.set_defaults(run=_backup)
    restore = commands.add_parser("restore", parents=[options],
                                  help="check a backup file, then write it into the service's empty tables")
    restore.add_argument("file", metavar="FILE", help="a backup written by optout backup: a file or a blob's URL")
    restore.set_defaults(run=_restore)


@asynccontextmanager
async def _tables(args: argparse.Namespace) -> AsyncIterator[Tables]:
    try:
        storage = StorageConnection.from_environ(args.storage_settings)
    except ConnectionSettingError as exc:
        raise CliError(f"{exc} (or give --storage-connection-string or --table-endpoint)") from None
    try:
        tables = Tables.connect(storage, args.table_prefix)
    except ValueError as exc:
        raise CliError(f"the storage connection string is not usable: {exc}") from None
    try:
        yield tables
    except (AzureError, StorageUnavailableError) as exc:
        raise CliError(f"storage: {str(getattr(exc, 'message', None) or exc).splitlines()[0]}") from None
    finally:
        await tables.close()


def encode_entity(entity: dict[str, Any]) -> dict[str, Any]:
    """A row as the Table service writes it in JSON: keys first, then the properties by name, each property
    that is not a string, a 32-bit integer or a boolean with its `@odata.type`."""
    encoded: dict[str, Any] = {key: entity[key] for key in _KEYS}
    for name in sorted(set(entity) - set(_KEYS)):
        edm, value = _typed(entity[name])
        encoded[name] = value
        if edm is not None:
            encoded[name + _TYPE] = edm.value
    return encoded


def _typed(value: Any) -> tuple[EdmType | None, Any]:
    if isinstance(value, EntityProperty):
        if value.edm_type is EdmType.BINARY:
            return EdmType.BINARY, base64.b64encode(value.value).decode("ascii")
        return EdmType(value.edm_type), str(value.value)
    if isinstance(value, (str, bool)):
        return None, value
    if isinstance(value, int):
        return (None, value) if -2**31 <= value < 2**31 else (EdmType.INT64, str(value))
    if isinstance(value, datetime):
        # The service's own text, to the 100 ns it keeps, not Python's rounding to microseconds.
        service_value = getattr(value, "tables_service_value", "")
        return EdmType.DATETIME, service_value or value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, float):
        return EdmType.DOUBLE, repr(value)
    if isinstance(value, bytes):
        return EdmType.BINARY, base64.b64encode(value).decode("ascii")
    if isinstance(value, UUID):
        return EdmType.GUID, str(value)
    raise CliError(f"a property of type {type(value).__name__} cannot be backed up")


def decode_entity(encoded: dict[str, Any]) -> dict[str, Any]:
    """The entity `encode_entity` wrote, ready to write back with every property's type."""
    entity: dict[str, Any] = {}
    for name, value in encoded.items():
        if name.endswith(_TYPE):
            continue
        edm = encoded.get(name + _TYPE)
        if edm is None:
            if not isinstance(value, (str, bool, int)):
                raise ValueError(f"property {name} has no type")
            entity[name] = value
            continue
        edm_type = EdmType(edm)
        entity[name] = EntityProperty(base64.b64decode(value, validate=True) if edm_type is EdmType.BINARY
                                      else value, edm_type)
    if not all(isinstance(entity.get(key), str) for key in _KEYS):
        raise ValueError("a row without PartitionKey and RowKey")
    return entity


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


async def _rows(table: TableClient) -> AsyncIterator[dict[str, Any]]:
    try:
        async for entity in table.list_entities(results_per_page=1000):
            yield entity
    except ResourceNotFoundError:
        return  # the service never made this table: nothing to keep


def _backup(args: argparse.Namespace, out: TextIO) -> int:
    digest = hashlib.sha256()
    counts = asyncio.run(_write_backup(args, args.file, digest))
    out.write(f"backed up {sum(counts.values())} rows to {shown(args.file)} (the SHA-256 in its trailer: "
              f"{digest.hexdigest()})\n")
    return 0


async def _write_backup(args: argparse.Namespace, location: str, digest: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    async with _tables(args) as tables:
        with writing(location) as target:
            def write(line: bytes) -> None:
                digest.update(line)
                target.write(line)

            write(_line({"format": FORMAT, "version": VERSION, "tables": list(TABLES)}))
            for name in TABLES:
                counts[name] = 0
                async with tables.unchecked(name) as table:
                    async for entity in _rows(table):
                        write(_line({"table": name, "entity": encode_entity(entity)}))
                        counts[name] += 1
                        if counts[name] % _PROGRESS_EVERY == 0:
                            sys.stderr.write(f"{name}: {counts[name]} rows\n")
                sys.stderr.write(f"{name}: {counts[name]} rows\n")
            target.write(_line({"rows": counts, "sha256": digest.hexdigest()}))
    return counts


def _records(location: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, entity) for every row of a backup file, streaming; ValueError if any line is not what a backup
    holds. The trailer's checksum and counts are checked after the last row is handed out."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    with reading(location) as source:
        header = source.readline()
        digest.update(header)
        try:
            described = json.loads(header)
        except ValueError:
            described = None
        if not (isinstance(described, dict) and described.get("format") == FORMAT):
            raise CliError(f"{shown(location)} is not an optout backup")
        if described.get("version") != VERSION or not set(described.get("tables", [])) <= set(TABLES):
            raise CliError(f"{shown(location)} is a backup of another version (version {described.get('version')})")
        counts = dict.fromkeys(described["tables"], 0)
        pending = source.readline()
        for line in source:
            digest.update(pending)
            record = json.loads(pending)
            table = record["table"]
            if table not in counts:
                raise ValueError(f"a row of a table the header does not name: {table}")
            counts[table] += 1
            yield table, decode_entity(record["entity"])
            pending = line
    try:
        trailer = json.loads(pending)
    except ValueError:
        trailer = None
    if not isinstance(trailer, dict) or "sha256" not in trailer:
        raise CliError(f"{shown(location)} is incomplete: it has no trailer (an interrupted backup?)")
    if trailer["sha256"] != digest.hexdigest() or trailer.get("rows") != counts:
        raise CliError(f"{shown(location)} is damaged: its contents do not match the checksum in its trailer")


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    try:
        total = sum(1 for _ in _records(args.file))  # the whole file checked before anything is written
    except (ValueError, KeyError, TypeError, EOFError, gzip.BadGzipFile, AzureError) as exc:
        raise CliError(f"{shown(args.file)} is damaged or unreadable: {str(exc).splitlines()[0]}") from None
    restored = asyncio.run(_write_restore(args, args.file, total))
    out.write(f"restored {restored} rows from {shown(args.file)}\n")
    return 0


async def _write_restore(args: argparse.Namespace, location: str, total: int) -> int:
    async with _tables(args) as tables:
        targets = {name: await tables.get(name) for name in TABLES}
        for name, table in targets.items():
            async for _ in table.list_entities(results_per_page=1, select=["PartitionKey"]):
                raise CliError(f"table {args.table_prefix}{name} is not empty; restore writes only into empty "
                               f"tables (nothing was written)")
        return await _write_rows(targets, _records(location), total)


async def _write_rows(tables: dict[str, TableClient], records: Iterator[tuple[str, dict[str, Any]]],
                      total: int) -> int:
    """Rows in entity-group transactions: a backup lists each table's rows by partition, so consecutive rows of
    one table and partition go together, up to the service's 100 operations."""
    progress = Progress(total)
    restored, batch_of = 0, ("", "")
    batch: list[tuple[str, dict[str, Any]]] = []
    for table, entity in records:
        if batch and ((table, entity["PartitionKey"]) != batch_of or len(batch) == MAX_TRANSACTION_OPERATIONS):
            await tables[batch_of[0]].submit_transaction(batch)
            restored += len(batch)
            if restored // _PROGRESS_EVERY != (restored - len(batch)) // _PROGRESS_EVERY:
                sys.stderr.write(f"restored {progress.of_total(restored)}\n")
            batch = []
        batch_of = (table, entity["PartitionKey"])
        batch.append(("create", entity))
    if batch:
        await tables[batch_of[0]].submit_transaction(batch)
        restored += len(batch)
    sys.stderr.write(f"restored {progress.of_total(restored)}\n")
    return restored
