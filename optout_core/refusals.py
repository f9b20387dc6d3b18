"""Refused sends, kept as evidence: a row for every recipient the send proxy did not send to because they had
opted out, in the sender's partition of the OptOuts table (docs/storage.md, "Refused sends").

RowKey = "refused:" + recipient + ":" + the refusal's time counting down (as history keys do) + ":" + random hex,
so one pair's refusals are a contiguous range that lists newest first. The row holds when, which send (the caller's
repeatability id and our own request id), who asked (the key's name or the Entra principal) and the message's length,
never its text. The refusals of one sender share the partition, so the refusals of a send request, and of the other
requests made within half a second, are written in one entity-group transaction (up to 100 rows; more in chunks of
100), in the background: the send's answer does not wait for its evidence.

Kept as long as the entry's history (for ever) unless OPTOUT_REFUSED_SEND_RETENTION_DAYS says otherwise; then older
rows are left out of every answer at once and deleted by the daily purge.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from azure.core.exceptions import AzureError
from azure.data.tables import TableEntity

from .numbers import mask
from .storage import MAX_TRANSACTION_OPERATIONS, OptOutStore, StorageUnavailableError, Tables, countdown

log = logging.getLogger(__name__)

REFUSED_PREFIX = "refused:"
_PAGE = 1000
# How long a refusal may wait to be written with others: long enough to gather a burst of sends into one transaction,
# short enough that little is held in memory (a process that dies within it loses those rows, docs/decisions.md).
LINGER_SECONDS = 0.5


@dataclass(frozen=True)
class RefusedSend:
    """One recipient of one send request, not sent to because they had opted out."""

    recipient: str                  # E.164
    request_id: str                 # our own id of the send request, shared by its refused recipients
    repeatability_request_id: str   # the caller's, as given for this recipient ("" when none was)
    requested_by: dict[str, str]    # who asked: {"key": "primary"} or an Entra principal's ids
    message_length: int             # in characters; the text itself is not kept


def _pair_range(recipient: str) -> tuple[str, str]:
    prefix = f"{REFUSED_PREFIX}{recipient}:"
    return prefix, prefix[:-1] + ";"


class RefusalLog:
    def __init__(self, tables: Tables, retention: timedelta | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 linger: float = LINGER_SECONDS) -> None:
        self._tables = tables
        self._retention = retention
        self._clock = clock
        self._linger = linger
        self._waiting: dict[str, list[dict[str, Any]]] = {}  # rows to write, by sender
        self._writer: asyncio.Task[None] | None = None
        self._hurry = asyncio.Event()

    def record_soon(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        """Stamp the refusals now and return at once: the send is answered without waiting for its evidence.
        The rows are written within `linger` seconds, together with the sender's other refusals of that moment (one
        transaction per 100 rows), so that a campaign sending to many opted-out numbers adds a write now and then,
        not one per send (docs/decisions.md). A failed write is logged as an error. Reads in this process
        (`of_pair`) and `settled` write what waits first."""
        waiting = self._waiting.setdefault(sender_key, [])
        waiting += self._rows(sender_key, refused)
        if len(waiting) >= MAX_TRANSACTION_OPERATIONS:
            self._hurry.set()
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._write_waiting())

    async def settled(self) -> None:
        """Every refusal recorded so far in this process, written (or logged as failed)."""
        while self._writer is not None:
            self._hurry.set()
            await asyncio.shield(self._writer)

    async def _write_waiting(self) -> None:
        try:
            while self._waiting:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._hurry.wait(), self._linger)
                self._hurry.clear()
                waiting, self._waiting = self._waiting, {}
                await asyncio.gather(*(self._write_or_log(sender_key, rows) for sender_key, rows in waiting.items()))
        finally:
            self._writer = None

    async def _write_or_log(self, sender_key: str, rows: list[dict[str, Any]]) -> None:
        try:
            await self._write(sender_key, rows)
        except StorageUnavailableError as exc:
            requests = sorted({row["RequestId"] for row in rows})
            log.error("%d refused sends of %s NOT recorded as evidence (requests %s): %s", len(rows),
                      mask(sender_key), ", ".join(requests), exc)

    async def record(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        """Write the refusals now, stamped with the clock's time."""
        await self._write(sender_key, self._rows(sender_key, refused))

    def _rows(self, sender_key: str, refused: Sequence[RefusedSend]) -> list[dict[str, Any]]:
        at = self._clock()
        return [{"PartitionKey": sender_key,
                 "RowKey": f"{REFUSED_PREFIX}{send.recipient}:{countdown(at)}:{uuid.uuid4().hex[:12]}",
                 "Sender": sender_key, "Recipient": send.recipient, "At": at, "RequestId": send.request_id,
                 "RepeatabilityRequestId": send.repeatability_request_id,
                 "RequestedBy": json.dumps(send.requested_by, separators=(",", ":"), sort_keys=True),
                 "MessageLength": send.message_length} for send in refused]

    async def _write(self, sender_key: str, rows: list[dict[str, Any]]) -> None:
        """One transaction per 100 rows, all in the sender's partition, written concurrently."""
        table = await self._tables.get(OptOutStore.TABLE)
        try:
            await asyncio.gather(*(self._tables.within(table.submit_transaction(
                [("create", row) for row in rows[first:first + MAX_TRANSACTION_OPERATIONS]]))
                for first in range(0, len(rows), MAX_TRANSACTION_OPERATIONS)))
        except AzureError as exc:  # TableTransactionError included
            raise StorageUnavailableError(f"cannot record refused sends: {exc}") from exc

    async def of_pair(self, sender_key: str, recipient: str) -> list[TableEntity]:
        """Every refusal of the pair still within the retention, newest first: a range query in the partition,
        after this process's writes under way."""
        await self.settled()
        first, last = _pair_range(recipient)
        clauses = "PartitionKey eq @sender and RowKey ge @first and RowKey lt @last"
        parameters: dict[str, Any] = {"sender": sender_key, "first": first, "last": last}
        cutoff = self._cutoff()
        if cutoff is not None:
            clauses += " and At ge @cutoff"
            parameters["cutoff"] = cutoff
        return await self._all(clauses, parameters)

    async def purge(self, store: OptOutStore) -> int:
        """Delete the rows older than the retention, sender by sender (each a range query on its refused rows);
        how many were deleted. Nothing without a retention."""
        cutoff = self._cutoff()
        if cutoff is None:
            return 0
        table = await self._tables.get(OptOutStore.TABLE)
        deleted = 0
        for sender_key in await store.senders():
            expired = await self._all("PartitionKey eq @sender and RowKey ge @first and RowKey lt @last "
                                      "and At lt @cutoff", {"sender": sender_key, "first": REFUSED_PREFIX,
                                                            "last": REFUSED_PREFIX[:-1] + ";", "cutoff": cutoff})
            for first in range(0, len(expired), MAX_TRANSACTION_OPERATIONS):
                chunk = expired[first:first + MAX_TRANSACTION_OPERATIONS]
                try:
                    await self._tables.within(table.submit_transaction([("delete", row) for row in chunk]))
                except AzureError as exc:
                    raise StorageUnavailableError(f"cannot purge refused sends: {exc}") from exc
                deleted += len(chunk)
        return deleted

    def _cutoff(self) -> datetime | None:
        return self._clock() - self._retention if self._retention is not None else None

    async def _all(self, query_filter: str, parameters: dict[str, Any]) -> list[TableEntity]:
        table = await self._tables.get(OptOutStore.TABLE)
        return await self._tables.all_rows(table.query_entities(query_filter, parameters=parameters,
                                                                results_per_page=_PAGE), "refused-send query")
