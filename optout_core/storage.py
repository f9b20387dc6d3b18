"""The opt-out list in Azure Table Storage (key design: docs/storage.md).

One table, one partition per sender, one row per (sender, recipient) pair that
has ever changed state. A row is kept when the recipient opts back in, as a
record with `OptedOut = false`: without it, a STOP delivered late could not be
told from a STOP sent after the opt-in, and the latest-wins rule could not hold.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import random
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import partial
from typing import Any, TypeVar

from azure.core import MatchConditions
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.exceptions import (
    AzureError,
    ResourceModifiedError,
    ResourceNotFoundError,
    ServiceResponseTimeoutError,
)
from azure.core.pipeline import PipelineRequest
from azure.data.tables import TableEntity, TableTransactionError, UpdateMode
from azure.data.tables.aio import TableClient, TableServiceClient

from . import telemetry
from .connections import StorageConnection, transport_options
from .numbers import Recipient
from .shared import SharedCalls

log = logging.getLogger(__name__)
# azure-core logs every request URL at INFO, and our URLs carry phone numbers (they are the keys): numbers may
# reach logs only masked.
logging.getLogger("azure.core.pipeline.policies.http_logging_policy").setLevel(logging.WARNING)

MAX_TRANSACTION_OPERATIONS = 100
_HISTORY_PREFIX = "h:"
_SENDERS_PARTITION = "senders"
_NOTIFICATION_PREFIX = "n:"
# On an entry: its own first history record is still held by the entry itself (written by a bulk import).
_RECORD_IN_ENTRY = "HistoryInEntry"
# On a receipt: the id of the round that wrote it, so that a round whose answer was lost recognises its own write.
_WRITTEN_BY = "WrittenBy"
OPTED_OUT_EVENT = "Optout.RecipientOptedOut"
OPTED_IN_EVENT = "Optout.RecipientOptedIn"
# Entries' row keys are E.164 numbers: "+" and digits, so they all sort between "+" and ",".
_ENTRY_KEYS_FROM, _ENTRY_KEYS_BEFORE = "+", ","
_LATEST_MICROSECONDS = 10**16 - 1  # beyond year 2286: history keys sort newest first until then
_MAX_CONFLICT_ATTEMPTS = 16
# A transaction that went unanswered (the connection dropped, or storage did not answer in time) is checked and, if it
# did not land, sent again at most this many times before the caller is told storage is unavailable.
_MAX_UNANSWERED_TRANSACTIONS = 2
# The longest one storage call may take, retries included, unless the app setting OPTOUT_STORAGE_TIMEOUT_SECONDS
# says otherwise (docs/operations.md, "Timeouts"): a caller is told 503 in seconds, never left waiting for minutes.
DEFAULT_STORAGE_TIMEOUT_SECONDS = 8.0
# Longer, and a reply's claim (inbound.reply_claim) could outlast Event Grid's retry at 100 s: the confirmation of a
# STOP whose first delivery died would wait for the retry at 6 min 40 s, past the FCC's five minutes. (Ten seconds
# fitted until keywords wrote optimistically: a keyword for an existing entry now builds its claim after a refused
# transaction and a read, two storage calls, where one read came before.)
MAX_STORAGE_TIMEOUT_SECONDS = 8.0
_MAX_BACKOFF_SECONDS = 0.5
_CONFLICT_CODES = {"EntityAlreadyExists", "UpdateConditionNotSatisfied", "ConditionNotMet"}


class StorageUnavailableError(Exception):
    """Table Storage could not be reached or failed; the caller should retry later."""


class Source(str, Enum):
    API = "api"
    KEYWORD = "keyword"
    IMPORT = "import"
    CARRIER = "carrier"
    REVIEW = "review"   # an operator reversing a keyword decision the engine flagged (review.py)


@dataclass(frozen=True)
class Change:
    """A request to put (sender, recipient) pairs into a state, as of the moment `at`."""

    opted_out: bool
    source: Source
    at: datetime
    evidence: Mapping[str, str] = field(default_factory=dict)
    # Whether a change that changes nothing (the entry already in its state, or a later change already holding)
    # is recorded in the history. Imports say no, so that running the same file twice adds nothing twice.
    record_no_ops: bool = True


class Outcome(str, Enum):
    CHANGED = "changed"
    ALREADY_IN_STATE = "already_in_state"
    SUPERSEDED = "superseded"


def receipt_row_key(message_id: str) -> str:
    # Hashed: message ids are the sender's text and may hold characters keys forbid; "msg:" keeps receipts apart
    # from entries, whose row keys start with "+".
    return "msg:" + hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40]


@dataclass(frozen=True)
class Receipt:
    """The record of one inbound message or report, kept in its sender's partition and written in the same
    transaction as the change it caused, so a redelivery is recognised and changes nothing twice.
    `describe` gives its properties once the outcome of the change is known."""

    message_id: str
    describe: Callable[[Outcome | None], Mapping[str, Any]]

    def entity(self, sender_key: str, outcome: Outcome | None) -> dict[str, Any]:
        return {"PartitionKey": sender_key, "RowKey": receipt_row_key(self.message_id), "MessageId": self.message_id,
                "Outcome": outcome.value if outcome else "", **self.describe(outcome)}


@dataclass(frozen=True)
class EntryQuery:
    """Filters for listing opted-out entries; None means any."""

    sender_key: str | None = None
    country: str | None = None
    source: str | None = None
    opted_out_after: datetime | None = None
    opted_out_before: datetime | None = None

    def clauses(self) -> list[tuple[str, str, Any]]:
        """(filter clause, parameter name, value) for each filter given, as the query runs them on the server."""
        return [(clause, name, value) for clause, name, value in (
            ("PartitionKey eq @sender", "sender", self.sender_key), ("Country eq @country", "country", self.country),
            ("Source eq @source", "source", self.source), ("ChangedAt ge @after", "after", self.opted_out_after),
            ("ChangedAt lt @before", "before", self.opted_out_before)) if value is not None]

    def matches(self, entry: TableEntity) -> bool:
        """The same filters, for entries already read (a recipient's, across senders)."""
        return (self.sender_key in (None, entry["Sender"]) and self.country in (None, entry["Country"])
                and self.source in (None, entry["Source"])
                and (self.opted_out_after is None or entry["ChangedAt"] >= self.opted_out_after)
                and (self.opted_out_before is None or entry["ChangedAt"] < self.opted_out_before))


# A page of rows and the token for the next one (None at the end). Tokens are the service's own
# {"PartitionKey": ..., "RowKey": ...}; they are passed back as headers, never into a filter.
Continuation = dict[str, str]
Page = tuple[list[TableEntity], Continuation | None]


@dataclass(frozen=True)
class Applied:
    outcome: Outcome | None
    duplicate_of: TableEntity | None


class ConcurrentUpdateError(StorageUnavailableError):
    """Other writers kept changing the same rows, or the connection kept failing; retrying later will succeed."""


_Result = TypeVar("_Result")
_TRIED = "optout_tried"


class Tables:
    """The account's tables, created on first use and shared by everything in the process."""

    def __init__(self, service: TableServiceClient, prefix: str,
                 credential: AsyncTokenCredential | None = None,
                 timeout: float = DEFAULT_STORAGE_TIMEOUT_SECONDS) -> None:
        self._service = service
        self._prefix = prefix
        self._credential = credential
        self._timeout = timeout
        self._ready: dict[str, TableClient] = {}
        self._lock = asyncio.Lock()

    @staticmethod
    def _client_options(timeout: float) -> dict[str, Any]:
        # A few quick retries; no single try waits longer than the whole call may (`within` bounds the call).
        return {"retry_total": 3, "retry_backoff_factor": 0.4, "connection_timeout": timeout, "read_timeout": timeout,
                "raw_request_hook": _count_retries, **transport_options()}

    @classmethod
    def from_connection_string(cls, connection_string: str, prefix: str,
                               timeout: float = DEFAULT_STORAGE_TIMEOUT_SECONDS, **client_options: Any) -> Tables:
        options = {**cls._client_options(timeout), **client_options}
        return cls(TableServiceClient.from_connection_string(connection_string, **options), prefix, timeout=timeout)

    async def within(self, call: Awaitable[_Result]) -> _Result:
        """One storage call, retries included, given up after the storage timeout. The SDK's own timeouts bound
        each try but not the retries and their backoff (nor a Retry-After it honours), so the bound is kept here."""
        try:
            async with asyncio.timeout(self._timeout):
                return await call
        except TimeoutError as exc:
            raise ServiceResponseTimeoutError(f"Table Storage did not answer within {self._timeout:g} s") from exc

    async def page(self, name: str, query_filter: str, parameters: dict[str, Any], page_size: int,
                   continuation: Continuation | None) -> Page:
        """One page of a query of table `name` (a filter of parameters only, never values pasted in), and where the
        next page starts."""
        table = await self.get(name)
        entities = table.query_entities(query_filter, parameters=parameters, results_per_page=page_size)
        pages = entities.by_page(continuation_token=continuation)  # type: ignore[arg-type]  # a dict, typed as str
        page = await self._next_page(pages, f"query of {name}")
        if page is None:
            return [], None
        return page, pages.continuation_token  # type: ignore[attr-defined]  # an AsyncPageIterator, typed as its base

    async def all_rows(self, query: Any, what: str) -> list[TableEntity]:
        """Every row a query finds, a page at a time, each page within the storage timeout."""
        pages = query.by_page()
        rows: list[TableEntity] = []
        while (page := await self._next_page(pages, what)) is not None:
            rows += page
        return rows

    async def _next_page(self, pages: Any, what: str) -> list[TableEntity] | None:
        """The next page of a query (None after the last) within the storage timeout; StorageUnavailableError
        naming `what` if storage fails."""
        try:
            return await self.within(next_page(pages))
        except AzureError as exc:
            raise StorageUnavailableError(f"{what} failed: {exc}") from exc

    @classmethod
    def connect(cls, storage: StorageConnection, prefix: str, timeout: float = DEFAULT_STORAGE_TIMEOUT_SECONDS,
                **client_options: Any) -> Tables:
        """With the connection string, or keyless: the table endpoint and a token from the identity."""
        if storage.connection_string is not None:
            return cls.from_connection_string(storage.connection_string, prefix, timeout, **client_options)
        assert storage.table_endpoint is not None and storage.identity is not None
        credential = storage.identity.credential()
        options = {**cls._client_options(timeout), **client_options}
        return cls(TableServiceClient(storage.table_endpoint, credential=credential, **options), prefix, credential,
                   timeout)

    async def get(self, name: str) -> TableClient:
        table_name = f"{self._prefix}{name}"
        client = self._ready.get(table_name)
        if client is not None:
            return client
        async with self._lock:
            if table_name not in self._ready:
                try:
                    await self.within(self._service.create_table_if_not_exists(table_name))
                except AzureError as exc:
                    raise StorageUnavailableError(f"cannot create table {table_name}: {exc}") from exc
                self._ready[table_name] = self._service.get_table_client(table_name)
        return self._ready[table_name]

    def unchecked(self, name: str) -> TableClient:
        """A client for a table that may not exist, without creating it: for readers such as a backup, which may
        hold only read access."""
        return self._service.get_table_client(f"{self._prefix}{name}")

    async def close(self) -> None:
        for client in self._ready.values():
            await client.close()
        await self._service.close()
        if self._credential is not None:
            await self._credential.close()


def _count_retries(request: PipelineRequest[Any]) -> None:
    """Called by the SDK's pipeline before each try of a request: every try after the first is a retry."""
    if request.context.get(_TRIED):
        telemetry.storage_retried("request")
    request.context[_TRIED] = True


def _counted(sender_key: str, pairs: Sequence[tuple[Recipient, Change]], outcomes: dict[str, Outcome]
             ) -> dict[str, Outcome]:
    """The outcomes of a transaction that landed, with each change it made counted."""
    for recipient, change in pairs:
        if outcomes.get(recipient.e164) is Outcome.CHANGED:
            telemetry.changed(change.opted_out, change.source.value, sender_key,
                              rule=change.evidence.get("rule", ""), language=change.evidence.get("language", ""))
    return outcomes


def _error_code(exc: TableTransactionError) -> str | None:
    """The service's error code: an attribute the SDK documents and sets, but does not declare."""
    code: str | None = getattr(exc, "error_code", None)
    return code


def _is_opted_out(entity: TableEntity | None) -> bool:
    return entity is not None and bool(entity.get("OptedOut"))


def _supersedes(change: Change, current: TableEntity) -> bool:
    """For a change to the opposite state: latest wins, and at the same instant an opt-out beats an opt-in,
    since wrongly texting someone is the worse error."""
    return change.at > current["LatestAt"] or (change.at == current["LatestAt"] and change.opted_out)


# Called, after a transaction that stored them, with the events of the notification rows it wrote; True if they
# were published (their rows are then deleted), False to leave them to the drain.
Notify = Callable[[list[dict[str, Any]]], Awaitable[bool]]


class OptOutStore:
    TABLE = "OptOuts"
    SENDERS_TABLE = "Senders"
    PENDING_TABLE = "PendingNotifications"

    def __init__(self, tables: Tables, notify: Notify | None = None) -> None:
        """With `notify`, every change writes a notification row in the same transaction (the durable outbox), and
        `notify` is handed their events once they are stored."""
        self._tables = tables
        self._registered: set[str] = set()
        self._registrations: SharedCalls[None] = SharedCalls()
        self._notify = notify
        # A recipient takes at most three operations in a transaction: its entry, its history record, and the record
        # an imported entry held until now (HistoryInEntry); four with a notification. One more operation is the
        # receipt of the signed request that asked for the change.
        self._pairs_per_transaction = (MAX_TRANSACTION_OPERATIONS - 1) // (4 if notify else 3)

    async def check(self, sender_key: str, recipients: Sequence[str]) -> dict[str, bool]:
        """Opt-out state per recipient: one concurrent round of point reads."""
        table = await self._tables.get(self.TABLE)
        entities = await self._read(table, sender_key, list(dict.fromkeys(recipients)))
        return {recipient: _is_opted_out(entity) for recipient, entity in entities.items()}

    async def apply(self, sender_key: str, recipients: Sequence[Recipient], change: Change,
                    request_id: str | None = None) -> dict[str, Outcome]:
        """Move each (sender, recipient) pair to the state `change` describes, unless a later change already holds,
        and record every pair's outcome in its history.

        Reads every row concurrently, then writes the entries that change together with their history records in
        entity-group transactions (up to 33 recipients each, so that an entry and its records never part), each
        entry conditional on the ETag it was read with; if another writer got there first, that round is read and
        decided again. With `request_id` (a signed request's signature), each transaction also writes a receipt
        of that request, so the same request applied again changes and records nothing; its outcomes then say
        whether each entry still stands as it asked (ALREADY_IN_STATE) or a later change holds (SUPERSEDED).
        """
        unique = list({recipient.e164: (recipient, change) for recipient in recipients}.values())
        await self._register(sender_key)
        return await self._in_chunks(unique, self._pairs_per_transaction,
                                     partial(self._read_and_apply, sender_key, request_id))

    async def import_pairs(self, sender_key: str, pairs: Sequence[tuple[Recipient, Change]]) -> dict[str, Outcome]:
        """Bulk changes, each with its own time: like `apply`, but a chunk whose entries do not exist yet (a list
        brought from another provider) is written in one transaction without reading first; only a chunk that
        meets existing entries is read and decided as `apply` does."""
        unique = list({recipient.e164: (recipient, change) for recipient, change in pairs}.values())
        await self._register(sender_key)
        # New entries hold their own first record: one operation each, two with a notification.
        return await self._in_chunks(unique, MAX_TRANSACTION_OPERATIONS // (2 if self._notify else 1),
                                     lambda chunk: self._create_or_apply(sender_key, chunk))

    @staticmethod
    async def _in_chunks(pairs: list[tuple[Recipient, Change]], size: int,
                         write: Callable[[list[tuple[Recipient, Change]]], Awaitable[dict[str, Outcome]]]
                         ) -> dict[str, Outcome]:
        """Disjoint chunks of one partition's pairs, written concurrently; their outcomes together."""
        results = await asyncio.gather(*(write(pairs[first:first + size]) for first in range(0, len(pairs), size)))
        return {recipient: outcome for outcomes in results for recipient, outcome in outcomes.items()}

    async def _read_and_apply(self, sender_key: str, request_id: str | None,
                              pairs: list[tuple[Recipient, Change]]) -> dict[str, Outcome]:
        # One receipt per transaction, named by the request and the chunk's first recipient (the same chunks for
        # the same request body): a request whose first try stored only some chunks completes the others.
        receipt = Receipt(f"request:{request_id}:{pairs[0][0].e164}",
                          lambda _: {"Recipients": len(pairs)}) if request_id else None
        outcomes, repeated = await self._apply(sender_key, pairs, receipt)
        if repeated is None:
            return outcomes
        # Applied before: nothing is done or recorded again, and each pair is told as it stands now. Read again:
        # one round of point reads is no snapshot, and an entry read beside the receipt may predate their transaction.
        states = await self.check(sender_key, [recipient.e164 for recipient, _ in pairs])
        return {recipient.e164: Outcome.ALREADY_IN_STATE if states[recipient.e164] == change.opted_out
                else Outcome.SUPERSEDED for recipient, change in pairs}

    async def _create_or_apply(self, sender_key: str, pairs: list[tuple[Recipient, Change]]) -> dict[str, Outcome]:
        table = await self._tables.get(self.TABLE)
        operations: list[tuple[Any, ...]] = []
        outcomes: dict[str, Outcome] = {}
        notifications: list[dict[str, Any]] = []
        for recipient, change in pairs:
            outcome, operation = self._decide(sender_key, recipient, None, change)
            verb, entity = operation  # type: ignore[misc]  # with no current entry there is always one to write
            outcomes[recipient.e164] = outcome
            # A new entry holds its own first history record (docs/storage.md): one entity per row, not two.
            operations.append((verb, {**entity, _RECORD_IN_ENTRY: True}))
            notifications += self._notification(sender_key, recipient, change, outcome)
        try:
            await self._commit(table, sender_key, operations, notifications)
            return _counted(sender_key, pairs, outcomes)
        except TableTransactionError as exc:
            if _error_code(exc) not in _CONFLICT_CODES:
                raise StorageUnavailableError(f"transaction failed: {_error_code(exc)}") from exc
        except AzureError:
            pass  # a lost reply may have stored it all: reading and deciding again tells
        return await self._in_chunks(pairs, self._pairs_per_transaction,
                                     partial(self._read_and_apply, sender_key, None))

    async def _commit(self, table: TableClient, sender_key: str, operations: list[tuple[Any, ...]],
                      notifications: list[dict[str, Any]]) -> None:
        """Mark the sender's pending notifications, write the change and its notification rows in one transaction,
        then hand the notifications over. Notifications come only with changed entries, so with operations."""
        await self._mark_pending(sender_key, notifications)
        if operations:
            await self._tables.within(
                table.submit_transaction(operations + [("create", row) for row in notifications]))
        await self._handed_over(sender_key, notifications)

    def _notification(self, sender_key: str, recipient: Recipient, change: Change,
                      outcome: Outcome) -> list[dict[str, Any]]:
        """The outbox row announcing a change, if notifications are on and the entry changed."""
        if self._notify is None or outcome is not Outcome.CHANGED:
            return []
        notification_id = str(uuid.uuid4())
        event = {"id": notification_id, "source": f"/optout/senders/{sender_key}", "subject": recipient.e164,
                 "type": OPTED_OUT_EVENT if change.opted_out else OPTED_IN_EVENT, "time": change.at.isoformat(),
                 "data": {"from": sender_key, "to": recipient.e164, "country": recipient.country,
                          "source": change.source.value, "at": change.at.isoformat(),
                          "evidence": dict(change.evidence)}}
        return [{"PartitionKey": sender_key, "RowKey": f"{_NOTIFICATION_PREFIX}{notification_id}",
                 "Event": json.dumps(event, ensure_ascii=False, separators=(",", ":"))}]

    async def _mark_pending(self, sender_key: str, notifications: list[dict[str, Any]]) -> None:
        """Before notification rows are written, mark their sender as having some, so the drain finds them. Each
        mark changes the marker's ETag, which stops a drain from clearing a mark it has not seen."""
        if not notifications:
            return
        pending = await self._tables.get(self.PENDING_TABLE)
        try:
            await self._tables.within(pending.upsert_entity(
                {"PartitionKey": _SENDERS_PARTITION, "RowKey": sender_key, "MarkedAt": datetime.now(UTC)},
                mode=UpdateMode.REPLACE))
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot mark pending notifications: {exc}") from exc

    async def _handed_over(self, sender_key: str, notifications: list[dict[str, Any]]) -> None:
        """Publish what was just stored; whatever does not go now stays for the drain. Never fails the change."""
        if not notifications or self._notify is None:
            return
        try:
            if await self._notify([json.loads(row["Event"]) for row in notifications]):
                await self.delete_notifications(sender_key, [row["RowKey"] for row in notifications])
            else:
                # Marked again after the rows exist: a drain that cleared the first mark before they did (it found
                # nothing) must not leave them without one.
                await self._mark_pending(sender_key, notifications)
        except StorageUnavailableError as exc:
            log.warning("notifications stay stored for the drain (duplicates possible): %s", exc)

    async def pending_senders(self) -> list[TableEntity]:
        pending = await self._tables.get(self.PENDING_TABLE)
        try:
            return await self._tables.within(_collect(pending.query_entities(
                "PartitionKey eq @senders", parameters={"senders": _SENDERS_PARTITION})))
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot read pending notifications: {exc}") from exc

    async def notifications(self, sender_key: str, page_size: int) -> list[TableEntity]:
        """A page of a sender's notification rows, in no particular order: each event carries its own time."""
        rows, _ = await self._page("PartitionKey eq @sender and RowKey ge @first and RowKey lt @last",
                                   {"sender": sender_key, "first": _NOTIFICATION_PREFIX,
                                    "last": _NOTIFICATION_PREFIX[:-1] + ";"}, page_size, None)
        return rows

    async def delete_notifications(self, sender_key: str, row_keys: list[str]) -> None:
        table = await self._tables.get(self.TABLE)
        for first in range(0, len(row_keys), MAX_TRANSACTION_OPERATIONS):
            operations = [("delete", {"PartitionKey": sender_key, "RowKey": row_key})
                          for row_key in row_keys[first:first + MAX_TRANSACTION_OPERATIONS]]
            try:
                await self._tables.within(table.submit_transaction(operations))
            except TableTransactionError as exc:
                if _error_code(exc) != "ResourceNotFound":  # another drain deleted them first
                    raise StorageUnavailableError(f"cannot delete notifications: {_error_code(exc)}") from exc
            except AzureError as exc:
                raise StorageUnavailableError(f"cannot delete notifications: {exc}") from exc

    async def clear_pending(self, marker: TableEntity) -> bool:
        """Remove a sender's pending mark, unless a writer marked it again since it was read."""
        pending = await self._tables.get(self.PENDING_TABLE)
        try:
            await self._tables.within(pending.delete_entity(marker, etag=marker.metadata["etag"],
                                                            match_condition=MatchConditions.IfNotModified))
        except ResourceModifiedError:
            return False
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot clear the pending mark: {exc}") from exc
        return True

    async def _register(self, sender_key: str) -> None:
        """Note a sender in the registry before its first entry is written (once per process): the registry may name
        a sender whose first transaction failed, but never misses one. Written whole (a PUT), because the SDK retries
        a PUT whose connection failed but not a merge (a PATCH): a burst of first writes for a new sender meets
        connections that storage closed while idle ("Can not write request body"). Concurrent first writes for one
        sender share one registration."""
        if sender_key not in self._registered:
            await self._registrations.share(sender_key, lambda: self._write_registration(sender_key))

    async def _write_registration(self, sender_key: str) -> None:
        registry = await self._tables.get(self.SENDERS_TABLE)
        try:
            await self._tables.within(registry.upsert_entity({"PartitionKey": _SENDERS_PARTITION, "RowKey": sender_key},
                                                             mode=UpdateMode.REPLACE))
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot register the sender: {exc}") from exc
        self._registered.add(sender_key)

    async def senders(self) -> list[str]:
        """Every sender that ever had an entry (and perhaps one whose first transaction failed): the registry."""
        registry = await self._tables.get(self.SENDERS_TABLE)
        try:
            return [row["RowKey"] for row in await self._tables.within(_collect(registry.query_entities(
                "PartitionKey eq @senders", parameters={"senders": _SENDERS_PARTITION}, select=["RowKey"])))]
        except AzureError as exc:
            raise StorageUnavailableError(f"sender registry query failed: {exc}") from exc

    async def entry(self, sender_key: str, recipient: str) -> TableEntity | None:
        """The pair's entry, opted out or opted in again; None if the pair never changed state."""
        table = await self._tables.get(self.TABLE)
        return (await self._read(table, sender_key, [recipient]))[recipient]

    async def entries_of_recipient(self, recipient: str, opted_out_only: bool = True) -> list[TableEntity]:
        """Every sender's opted-out entry for one recipient ("which of our numbers has this person opted out of?"),
        or with `opted_out_only` False every entry, opted in again or not: the registry of senders (one small
        partition), then one concurrent round of point reads, one per sender."""
        senders = await self.senders()
        entries = await asyncio.gather(*(self.entry(sender_key, recipient) for sender_key in senders))
        return [entry for entry in entries if entry is not None and (_is_opted_out(entry) or not opted_out_only)]

    async def receipts(self, sender_key: str, message_ids: Sequence[str]) -> dict[str, TableEntity | None]:
        """The receipts of these messages in the sender's partition, by message id: one round of point reads."""
        table = await self._tables.get(self.TABLE)
        rows = await self._read(table, sender_key, [receipt_row_key(message_id) for message_id in message_ids])
        return {message_id: rows[receipt_row_key(message_id)] for message_id in message_ids}

    async def history(self, sender_key: str, recipient: str, page_size: int,
                      continuation: Continuation | None = None) -> Page:
        """One page of a pair's history records, newest first: a range query within the sender's partition. A pair
        whose only record is still held by its entry (a bulk import) answers with that record."""
        prefix = f"{_HISTORY_PREFIX}{recipient}:"
        rows, following = await self._page("PartitionKey eq @sender and RowKey ge @first and RowKey lt @last",
                                           {"sender": sender_key, "first": prefix, "last": prefix[:-1] + ";"},
                                           page_size, continuation)
        if rows or continuation is not None:
            return rows, following
        table = await self._tables.get(self.TABLE)
        entry = (await self._read(table, sender_key, [recipient]))[recipient]
        if entry is None or not entry.get(_RECORD_IN_ENTRY):
            return [], None
        return [TableEntity(_record_of_entry(entry))], None

    async def entries(self, query: EntryQuery, page_size: int, continuation: Continuation | None = None) -> Page:
        """One page of opted-out entries matching `query`: a range query within one sender's partition, or, across
        senders, a scan of the table (docs/storage.md). Every value is a query parameter, never pasted in."""
        clauses = ["RowKey ge @first_entry", "RowKey lt @after_entries", "OptedOut eq true"]
        parameters: dict[str, Any] = {"first_entry": _ENTRY_KEYS_FROM, "after_entries": _ENTRY_KEYS_BEFORE}
        for clause, name, value in query.clauses():
            clauses.append(clause)
            parameters[name] = value
        return await self._page(" and ".join(clauses), parameters, page_size, continuation)

    async def _page(self, query_filter: str, parameters: dict[str, Any], page_size: int,
                    continuation: Continuation | None) -> Page:
        return await self._tables.page(self.TABLE, query_filter, parameters, page_size, continuation)

    async def apply_once(self, sender_key: str, recipient: Recipient, change: Change | None,
                         receipt: Receipt) -> Applied:
        """Like `apply` for one recipient, recording the message that asked for it in the same transaction.

        A message whose receipt already exists changes nothing: the existing receipt is returned instead.
        `change` is None for messages that change no state (HELP) but must still be recognised when redelivered.
        """
        await self._register(sender_key)
        # Optimistic: most messages are a recipient's first, so the first round writes without reading, as if neither
        # the entry nor the receipt existed. Both are create-only, so an existing entry or a redelivery makes the
        # transaction fail as a whole, and only then are the rows read and decided as `apply` does.
        outcomes, existing = await self._apply(sender_key, [(recipient, change)] if change else [], receipt,
                                               assume_new=True)
        return Applied(outcome=outcomes.get(recipient.e164), duplicate_of=existing)

    async def _apply(self, sender_key: str, pairs: Sequence[tuple[Recipient, Change]], receipt: Receipt | None,
                     assume_new: bool = False) -> tuple[dict[str, Outcome], TableEntity | None]:
        receipt_key = receipt_row_key(receipt.message_id) if receipt else ""
        row_keys = [recipient.e164 for recipient, _ in pairs] + ([receipt_key] if receipt else [])
        table = await self._tables.get(self.TABLE)
        # Set after a transaction went unanswered: the key of a row only that transaction wrote (its receipt, marked
        # with the round's id, or a history record, whose key is unique), so reading it tells whether it landed.
        witness: str | None = None
        unanswered = 0
        round_id = ""
        outcomes: dict[str, Outcome] = {}
        for attempt in range(_MAX_CONFLICT_ATTEMPTS):
            if attempt > (1 if assume_new else 0):
                telemetry.storage_retried("transaction")
                # Jittered exponential backoff, so that writers who collided do not collide again in lockstep. Not
                # after the optimistic round: its refusal (the entry or the receipt exists) is expected, not a race.
                await asyncio.sleep(random.uniform(0, min(_MAX_BACKOFF_SECONDS, 0.01 * 2**attempt)))  # noqa: S311 - jitter
            if assume_new and not attempt:
                current: dict[str, TableEntity | None] = dict.fromkeys(row_keys)
            else:
                current = await self._read(table, sender_key, row_keys + ([witness] if witness and witness not in
                                                                          row_keys else []))
            if witness is not None and _written_by(current[witness], witness, round_id):
                # The unanswered transaction did land: its outcomes stand and nothing is written or recorded twice.
                log.info("an unanswered transaction had landed; %d outcome(s) kept", len(outcomes))
                return _counted(sender_key, pairs, outcomes), None
            if receipt is not None and current[receipt_key] is not None:
                return {}, current[receipt_key]
            round_id = uuid.uuid4().hex
            outcomes, operations, notifications = self._plan(sender_key, pairs, current)
            if receipt is not None:
                only = next(iter(outcomes.values())) if len(outcomes) == 1 else None
                operations.append(("create", {**receipt.entity(sender_key, only), _WRITTEN_BY: round_id}))
            try:
                await self._commit(table, sender_key, operations, notifications)
                return _counted(sender_key, pairs, outcomes), None
            except TableTransactionError as exc:
                if _error_code(exc) not in _CONFLICT_CODES:
                    raise StorageUnavailableError(f"transaction failed: {_error_code(exc)}") from exc
                witness = None
            except AzureError as exc:
                # No answer (a dropped connection, a timeout, a 5xx after the SDK's retries): the transaction may or
                # may not have landed. The next round reads its witness to tell, and repeats it only if it did not.
                unanswered += 1
                witness = receipt_key if receipt else _first_record(operations)
                if unanswered > _MAX_UNANSWERED_TRANSACTIONS:
                    raise StorageUnavailableError(f"transaction failed: {exc}") from exc
                log.warning("transaction for %d rows went unanswered, checking whether it landed: %s",
                            len(operations), exc)
        raise ConcurrentUpdateError("the transaction could not be completed; the entries kept changing or the "
                                    "connection kept failing")

    def _plan(self, sender_key: str, pairs: Sequence[tuple[Recipient, Change]], current: dict[str, TableEntity | None]
              ) -> tuple[dict[str, Outcome], list[tuple[Any, ...]], list[dict[str, Any]]]:
        """Each pair's outcome against the entries as read, and the transaction's operations and notifications."""
        outcomes: dict[str, Outcome] = {}
        operations: list[tuple[Any, ...]] = []
        notifications: list[dict[str, Any]] = []
        for recipient, change in pairs:
            entry = current[recipient.e164]
            outcome, operation = self._decide(sender_key, recipient, entry, change)
            outcomes[recipient.e164] = outcome
            recorded = outcome is Outcome.CHANGED or change.record_no_ops
            if entry is not None and entry.get(_RECORD_IN_ENTRY) and (operation is not None or recorded):
                # Before anything more is recorded or changed, the entry's own first record is written out,
                # in this same transaction, so history never misses it nor shows it twice.
                operations.append(("create", _record_of_entry(entry)))
                operation = operation or ("update", TableEntity(entry), _if_unchanged(entry))
                operation[1][_RECORD_IN_ENTRY] = False
            if operation is not None:
                operations.append(operation)
            if recorded:
                operations.append(("create", _history_record(sender_key, recipient, change, outcome)))
            notifications += self._notification(sender_key, recipient, change, outcome)
        return outcomes, operations, notifications

    async def update_receipt(self, sender_key: str, message_id: str, changes: Mapping[str, Any],
                             etag: str | None = None) -> bool:
        """Merge `changes` into a receipt; with an ETag, only if nobody changed it since (False if somebody did)."""
        table = await self._tables.get(self.TABLE)
        entity = {"PartitionKey": sender_key, "RowKey": receipt_row_key(message_id), **changes}
        condition: dict[str, Any] = {"etag": etag, "match_condition": MatchConditions.IfNotModified} if etag else {}
        try:
            await self._tables.within(table.update_entity(entity, mode=UpdateMode.MERGE, **condition))
        except ResourceModifiedError:
            return False
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot update the receipt: {exc}") from exc
        return True

    @staticmethod
    def _decide(
        sender_key: str, recipient: Recipient, current: TableEntity | None, change: Change
    ) -> tuple[Outcome, tuple[Any, ...] | None]:
        if current is None:
            # An opt-in for someone never opted out is still written down, so that an older STOP arriving later loses.
            outcome = Outcome.CHANGED if change.opted_out else Outcome.ALREADY_IN_STATE
            return outcome, ("create", new_entry(sender_key, recipient, change))
        conditional = _if_unchanged(current)
        if bool(current["OptedOut"]) == change.opted_out:
            if change.at <= current["LatestAt"]:
                return Outcome.ALREADY_IN_STATE, None
            # Same state, newer news: move LatestAt forward so an older, opposite change arriving late loses.
            refreshed = TableEntity(current)
            refreshed["LatestAt"] = change.at
            return Outcome.ALREADY_IN_STATE, ("update", refreshed, conditional)
        if not _supersedes(change, current):
            return Outcome.SUPERSEDED, None
        return Outcome.CHANGED, ("update", new_entry(sender_key, recipient, change, created_at=current["CreatedAt"]),
                                 conditional)

    async def _read(self, table: TableClient, sender_key: str, row_keys: list[str]) -> dict[str, TableEntity | None]:
        async def read_one(row_key: str) -> TableEntity | None:
            try:
                return await self._tables.within(table.get_entity(sender_key, row_key))
            except ResourceNotFoundError:
                return None

        try:
            results = await asyncio.gather(*(read_one(row_key) for row_key in row_keys))
        except AzureError as exc:
            raise StorageUnavailableError(f"point read failed: {exc}") from exc
        return dict(zip(row_keys, results, strict=True))


async def _collect(rows: AsyncIterable[TableEntity]) -> list[TableEntity]:
    return [row async for row in rows]


async def next_page(pages: Any) -> list[TableEntity] | None:
    """The next page of a query, or None after the last."""
    try:
        return await _collect(await pages.__anext__())
    except StopAsyncIteration:
        return None


def new_entry(sender_key: str, recipient: Recipient, change: Change,
              created_at: datetime | None = None) -> dict[str, Any]:
    return {
        "PartitionKey": sender_key,
        "RowKey": recipient.e164,
        "Sender": sender_key,
        "Recipient": recipient.e164,
        "Country": recipient.country,
        "OptedOut": change.opted_out,
        "Source": change.source.value,
        "ChangedAt": change.at,
        "LatestAt": change.at,
        "CreatedAt": created_at or change.at,
        "Evidence": json.dumps(dict(change.evidence), separators=(",", ":"), sort_keys=True),
    }


def countdown(at: datetime) -> str:
    """A moment as 16 digits that count down, so that keys holding it sort newest first."""
    return f"{_LATEST_MICROSECONDS - int(at.timestamp() * 1_000_000):016d}"


def _history_row_key(recipient: str, at: datetime, opted_out: bool) -> str:
    """Newest first by the change's own time; at the same instant an opt-out first, as it wins the tie
    (`_supersedes`), so the first record always tells the entry's state. A random tail keeps keys apart."""
    tie = "0" if opted_out else "1"
    return f"{_HISTORY_PREFIX}{recipient}:{countdown(at)}:{tie}{uuid.uuid4().hex[:12]}"


def _first_record(operations: list[tuple[Any, ...]]) -> str | None:
    """The key of the first history record a transaction creates: unique, so it exists only if that one landed."""
    return next((entity["RowKey"] for verb, entity, *_ in operations
                 if verb == "create" and entity["RowKey"].startswith(_HISTORY_PREFIX)), None)


def _written_by(row: TableEntity | None, key: str, round_id: str) -> bool:
    """Whether the row was written by the round `round_id`: a receipt says so, a history record's key is its own."""
    return row is not None and (key.startswith(_HISTORY_PREFIX) or row.get(_WRITTEN_BY) == round_id)


def evidence_of(row: Mapping[str, Any], name: str = "Evidence") -> dict[str, str]:
    """A row's JSON evidence as text values; {} for anything unreadable (evidence is shown, never trusted)."""
    try:
        evidence = json.loads(row.get(name) or "{}")
    except ValueError:
        return {}
    return {str(key): str(value) for key, value in evidence.items()} if isinstance(evidence, dict) else {}


def _if_unchanged(entity: TableEntity) -> dict[str, Any]:
    return {"mode": UpdateMode.REPLACE, "etag": entity.metadata["etag"],
            "match_condition": MatchConditions.IfNotModified}


def _record_of_entry(entry: TableEntity) -> dict[str, Any]:
    """The history record an entry holds of its own creation, written out as a row of its own."""
    return {
        "PartitionKey": entry["PartitionKey"],
        "RowKey": _history_row_key(entry["Recipient"], entry["ChangedAt"], entry["OptedOut"]),
        "Sender": entry["Sender"], "Recipient": entry["Recipient"], "At": entry["ChangedAt"],
        "RecordedAt": entry["CreatedAt"],
        "Action": "opt_out" if entry["OptedOut"] else "opt_in", "Outcome": Outcome.CHANGED.value,
        "Source": entry["Source"], "Evidence": entry.get("Evidence") or "{}",
    }


def _history_record(sender_key: str, recipient: Recipient, change: Change, outcome: Outcome) -> dict[str, Any]:
    """An append-only record of one change asked of one entry, and what came of it."""
    return {
        "PartitionKey": sender_key,
        "RowKey": _history_row_key(recipient.e164, change.at, change.opted_out),
        "Sender": sender_key,
        "Recipient": recipient.e164,
        "At": change.at,
        "RecordedAt": datetime.now(UTC),
        "Action": "opt_out" if change.opted_out else "opt_in",
        "Outcome": outcome.value,
        "Source": change.source.value,
        "Evidence": json.dumps(dict(change.evidence), separators=(",", ":"), sort_keys=True),
    }
