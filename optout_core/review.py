"""The review queue: keyword decisions the engine flagged as ambiguous, for a person to confirm or reverse.

When a message could be read either as a request to stop these texts or as something else ("stop sending me
this", with no clear object), the engine opts the person out (the law's side) and flags the decision. Each flagged
decision that changed the list gets a row in the `Reviews` table:

- PartitionKey: the sender; RowKey: the message's receive time inverted, then a hash of its message id, so a
  sender's reviews list newest first and a time window is a range of keys.
- The row is written after the change's transaction, and again by every redelivery of the event (the message's
  receipt carries the flag), so a crash between the two only delays it; it is created, never overwritten, so a
  redelivery cannot reopen a decided review.

A reversal is the opposite change, effective one microsecond after the flagged message and recorded in the
entry's history with who made it. Under the latest-wins rule it therefore never undoes anything the recipient
did later: a later STOP stays, and the reversal is refused as superseded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import AzureError, ResourceExistsError, ResourceModifiedError, ResourceNotFoundError
from azure.data.tables import TableEntity, UpdateMode

from .numbers import Recipient, parse_recipient
from .storage import (
    Change,
    Continuation,
    OptOutStore,
    Outcome,
    Page,
    Source,
    StorageUnavailableError,
    Tables,
)

REVIEWS_TABLE = "Reviews"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST_MICROS = 10**19 - 1  # keys count down from here: newest first
# A reversal takes effect just after the message it reverses, so any later change by the recipient still wins.
REVERSAL_DELAY = timedelta(microseconds=1)


class ReviewStatus(str, Enum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    REVERSED = "reversed"


class ReviewAction(str, Enum):
    CONFIRM = "confirm"
    REVERSE = "reverse"


class ReviewNotFoundError(LookupError):
    pass


class ReviewConflictError(RuntimeError):
    """The review was decided otherwise already, or a later change makes the reversal moot."""


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


def review_id(received_at: datetime, message_id: str) -> str:
    digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:16]
    return f"{_LATEST_MICROS - _micros(received_at):019d}-{digest}"


def _time_key(moment: datetime) -> str:
    return f"{_LATEST_MICROS - _micros(moment):019d}"


@dataclass(frozen=True)
class FlaggedDecision:
    sender_key: str
    recipient: str
    message_id: str
    received_at: datetime
    text: str
    intent: str
    rule: str
    keyword: str
    language: str
    reason: str

    def entity(self) -> dict[str, Any]:
        return {"PartitionKey": self.sender_key, "RowKey": review_id(self.received_at, self.message_id),
                "Recipient": self.recipient, "MessageId": self.message_id, "ReceivedAt": self.received_at,
                "Text": self.text, "Intent": self.intent, "Rule": self.rule, "Keyword": self.keyword,
                "Language": self.language, "Reason": self.reason, "Status": ReviewStatus.OPEN.value}


@dataclass(frozen=True)
class ReviewFilter:
    sender_key: str | None = None
    since: datetime | None = None   # received at or after
    until: datetime | None = None   # received before
    status: ReviewStatus | None = ReviewStatus.OPEN

    def query(self) -> tuple[str, dict[str, Any]]:
        """A filter of parameters only: nothing from a request is pasted into it."""
        clauses, parameters = [], {}
        if self.sender_key is not None:
            clauses.append("PartitionKey eq @sender")
            parameters["sender"] = self.sender_key
        if self.until is not None:  # newer times have smaller keys
            clauses.append("RowKey gt @until")
            parameters["until"] = _time_key(self.until) + "~"
        if self.since is not None:
            clauses.append("RowKey lt @since")
            parameters["since"] = _time_key(self.since) + "~"
        if self.status is not None:
            clauses.append("Status eq @status")
            parameters["status"] = self.status.value
        return " and ".join(clauses), parameters


class ReviewQueue:
    def __init__(self, tables: Tables, store: OptOutStore,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._tables = tables
        self._store = store
        self._clock = clock

    async def flag(self, decision: FlaggedDecision) -> None:
        table = await self._tables.get(REVIEWS_TABLE)
        try:
            await self._tables.within(table.create_entity(decision.entity()))
        except ResourceExistsError:
            return  # a redelivery: the review exists, perhaps already decided
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot queue the decision for review: {exc}") from exc

    async def page(self, wanted: ReviewFilter, page_size: int, continuation: Continuation | None = None) -> Page:
        """Within one sender, a range of its partition; across senders, a scan of the (small) Reviews table."""
        query_filter, parameters = wanted.query()
        return await self._tables.page(REVIEWS_TABLE, query_filter or "PartitionKey ne ''", parameters, page_size,
                                       continuation)

    async def of_pair(self, sender_key: str, recipient: str) -> list[TableEntity]:
        """Every review of one pair, newest first: the sender's partition of the (small) Reviews table, filtered on
        the server by recipient."""
        table = await self._tables.get(REVIEWS_TABLE)
        return await self._tables.all_rows(table.query_entities(
            "PartitionKey eq @sender and Recipient eq @recipient",
            parameters={"sender": sender_key, "recipient": recipient}), "review query")

    async def decide(self, sender_key: str, review: str, action: ReviewAction, who: str,
                     note: str = "") -> TableEntity:
        """Confirm or reverse one flagged decision; the review row afterwards. Deciding again the same way answers
        the same; the other way is a conflict."""
        table = await self._tables.get(REVIEWS_TABLE)
        row = await self._read(table, sender_key, review)
        done = ReviewStatus.CONFIRMED if action is ReviewAction.CONFIRM else ReviewStatus.REVERSED
        if row["Status"] == done.value:
            return row
        if row["Status"] != ReviewStatus.OPEN.value:
            raise ReviewConflictError(f"the review was already decided: {row['Status']}")
        if action is ReviewAction.REVERSE:
            await self._reverse(row, who, note)
        decided = {"PartitionKey": row["PartitionKey"], "RowKey": row["RowKey"], "Status": done.value,
                   "DecidedBy": who, "DecidedAt": self._clock(), "Note": note}
        try:
            await self._tables.within(table.update_entity(decided, mode=UpdateMode.MERGE, etag=row.metadata["etag"],
                                                          match_condition=MatchConditions.IfNotModified))
        except ResourceModifiedError:
            # Someone decided it meanwhile: answer with what they decided, or refuse if they decided otherwise.
            return await self.decide(sender_key, review, action, who, note)
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot record the review decision: {exc}") from exc
        return await self._read(table, sender_key, review)

    async def _reverse(self, row: TableEntity, who: str, note: str) -> None:
        recipient: Recipient = parse_recipient(row["Recipient"])
        change = Change(opted_out=row["Intent"] != "opt_out", source=Source.REVIEW,
                        at=row["ReceivedAt"] + REVERSAL_DELAY,
                        evidence={"reviewer": who, "messageId": row["MessageId"], "review": row["RowKey"],
                                  "note": note})
        outcomes = await self._store.apply(row["PartitionKey"], [recipient], change)
        if outcomes[recipient.e164] is Outcome.SUPERSEDED:
            raise ReviewConflictError("not reversed: the recipient changed the entry again after this message, "
                                      "and the latest change wins")

    async def _read(self, table: Any, sender_key: str, review: str) -> TableEntity:
        try:
            entity: TableEntity = await self._tables.within(table.get_entity(sender_key, review))
            return entity
        except ResourceNotFoundError:
            raise ReviewNotFoundError(review) from None
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot read the review: {exc}") from exc
