"""Refused sends, kept as evidence: a row for every recipient the send proxy did not send to because they had
opted out, in the sender's partition of the OptOuts table (docs/storage.md, "Refused sends").

RowKey = "refused:" + recipient + ":" + the refusal's time counting down (as history keys do) + ":" + random hex,
so one pair's refusals are a contiguous range that lists newest first. The row holds when, which send (the caller's
repeatability id and our own request id), who asked (the key's name or the Entra principal) and the message's length,
never its text. The refusals of one sender share the partition, so the refusals of a send request are written in
one request: a plain insert for one row, an entity-group transaction for more (up to 100 rows; more in chunks of 100,
concurrently). They are written before the send is forwarded, and the send is answered only once they are stored, so
no caller is told of a refusal the evidence lacks (docs/decisions.md).

Kept as long as the entry's history (for ever) unless OPTOUT_REFUSED_SEND_RETENTION_DAYS says otherwise; then older
rows are left out of every answer at once and deleted by the daily purge.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from azure.core.exceptions import AzureError
from azure.data.tables import TableEntity

from .storage import MAX_TRANSACTION_OPERATIONS, OptOutStore, StorageUnavailableError, Tables, countdown

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

    async def record(self, sender_key: str, refused: Sequence[RefusedSend]) -> None:
        """Write the refusals now, stamped with the clock's time: the send proxy answers only once they are stored
        (docs/decisions.md). StorageUnavailableError when they could not be."""
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
        """One request: a single row as a plain insert, more as one transaction per 100 rows (all in the sender's
        partition), the chunks written concurrently."""
        table = await self._tables.get(OptOutStore.TABLE)
        try:
            if len(rows) == 1:
                await self._tables.within(table.create_entity(rows[0]))
                return
            await asyncio.gather(*(self._tables.within(table.submit_transaction(
                [("create", row) for row in rows[first:first + MAX_TRANSACTION_OPERATIONS]]))
                for first in range(0, len(rows), MAX_TRANSACTION_OPERATIONS)))
        except AzureError as exc:  # TableTransactionError included
            raise StorageUnavailableError(f"cannot record refused sends: {exc}") from exc

    async def of_pair(self, sender_key: str, recipient: str) -> list[TableEntity]:
        """Every refusal of the pair still within the retention, newest first: a range query in the partition."""
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
