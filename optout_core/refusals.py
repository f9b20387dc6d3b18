"""Refused sends, kept as evidence: a row for every recipient the send proxy did not send to because they had
opted out, in the sender's partition of the OptOuts table (docs/storage.md, "Refused sends").

RowKey = "refused:" + recipient + ":" + the refusal's time counting down (as history keys do) + ":" + random hex,
so one pair's refusals are a contiguous range that lists newest first. The row holds when, which send (the caller's
repeatability id and our own request id), who asked (the key's name or the Entra principal) and the message's length,
never its text. The refused recipients of one send request share the partition, so they are written in one
entity-group transaction (up to 100 rows; more in chunks of 100), started with the forward to ACS and not waited for.

Kept as long as the entry's history (for ever) unless OPTOUT_REFUSED_SEND_RETENTION_DAYS says otherwise; then older
rows are left out of every answer at once and deleted by the daily purge.
"""

from __future__ import annotations

import asyncio
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
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._tables = tables
        self._retention = retention
        self._clock = clock
        self._writing: set[asyncio.Task[None]] = set()

    def record_soon(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        """Start recording, and return at once: the send is answered without waiting for its evidence (on
        Azurite the write costs as much as the send's own check; docs/decisions.md). A failure is logged as an
        error. Reads in this process (`of_pair`) and `settled` wait for the writes under way."""
        task = asyncio.ensure_future(self._record_or_log(sender_key, refused))
        self._writing.add(task)
        task.add_done_callback(self._writing.discard)

    async def settled(self) -> None:
        """Every write under way in this process, finished (or logged as failed)."""
        while self._writing:
            await asyncio.gather(*self._writing)

    async def _record_or_log(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        try:
            await self.record(sender_key, refused)
        except StorageUnavailableError as exc:
            asked_by = ", ".join(f"{name} {value}" for name, value in sorted(refused[0].requested_by.items()))
            log.error("refused sends NOT recorded as evidence (%d recipients of %s, request %s, asked by %s): %s",
                      len(refused), mask(sender_key), refused[0].request_id, asked_by, exc)

    async def record(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        """One transaction per 100 refused recipients, all in the sender's partition, written concurrently."""
        at = self._clock()
        rows = [{"PartitionKey": sender_key,
                 "RowKey": f"{REFUSED_PREFIX}{send.recipient}:{countdown(at)}:{uuid.uuid4().hex[:12]}",
                 "Sender": sender_key, "Recipient": send.recipient, "At": at, "RequestId": send.request_id,
                 "RepeatabilityRequestId": send.repeatability_request_id,
                 "RequestedBy": json.dumps(send.requested_by, separators=(",", ":"), sort_keys=True),
                 "MessageLength": send.message_length} for send in refused]
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
