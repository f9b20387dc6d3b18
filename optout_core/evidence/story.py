"""One recipient's story, gathered from every record the service keeps about a (sender, recipient) pair:

- the pair's history records: opt-outs and opt-ins with their source and the message that asked (a carrier's block
  is an opt-out whose source is `carrier`; a review's reversal an opt-in or opt-out whose source is `review`);
- the receipts of the keyword messages those records name (their confirmation reply: text, status, message id);
- the refused sends (refusals.py);
- the reviews of flagged keyword decisions (review.py).

Each becomes an `Event`, sorted by when it happened. For one pair that is four reads in one concurrent round (entry,
history, refused sends, reviews) and one round of receipt reads; across senders, the registry of senders and one
point read per sender first, then that for every pair that has an entry.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from azure.data.tables import TableEntity

from ..refusals import RefusalLog
from ..review import ReviewQueue, ReviewStatus
from ..storage import OptOutStore, Outcome, Source, evidence_of

_HISTORY_PAGE = 1000
_NO_REPLY = {"", "none"}


class Kind(str, Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    CONFIRMATION = "confirmation"
    REFUSED_SEND = "refused_send"
    CARRIER_BLOCK = "carrier_block"
    REVIEW = "review"


# At the same instant: the change first, then what followed from it.
_RANK = {Kind.OPT_OUT: 0, Kind.OPT_IN: 0, Kind.CARRIER_BLOCK: 0, Kind.REVIEW: 1, Kind.CONFIRMATION: 2,
         Kind.REFUSED_SEND: 3}


@dataclass(frozen=True)
class Event:
    at: datetime
    sender: str
    kind: Kind
    source: str | None
    detail: str
    message_id: str | None = None
    status: str | None = None
    who: str | None = None


@dataclass(frozen=True)
class Entry:
    sender: str
    opted_out: bool
    source: str
    changed_at: datetime


@dataclass(frozen=True)
class Story:
    recipient: str
    sender: str | None  # None: across every sender
    generated_at: datetime
    entries: list[Entry]
    events: list[Event]


class EvidenceReader:
    def __init__(self, store: OptOutStore, refusals: RefusalLog, reviews: ReviewQueue,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._refusals = refusals
        self._reviews = reviews
        self._clock = clock

    async def story(self, recipient: str, sender_key: str | None = None) -> Story:
        """The story of one pair, or with no sender, of the recipient with every sender that has an entry for them
        (opted out or opted in again). A recipient the service knows nothing about has an empty story."""
        generated_at = self._clock()
        if sender_key is not None:
            entry = await self._store.entry(sender_key, recipient)
            rows = [entry] if entry is not None else []
        else:
            rows = await self._store.entries_of_recipient(recipient, opted_out_only=False)
        stories = await asyncio.gather(*(self._pair(row["PartitionKey"], recipient) for row in rows))
        events = sorted((event for events in stories for event in events), key=lambda e: (e.at, _RANK[e.kind]))
        entries = [Entry(sender=row["Sender"], opted_out=bool(row["OptedOut"]), source=row["Source"],
                         changed_at=row["ChangedAt"]) for row in rows]
        return Story(recipient=recipient, sender=sender_key, generated_at=generated_at,
                     entries=sorted(entries, key=lambda entry: entry.sender), events=events)

    async def _pair(self, sender_key: str, recipient: str) -> list[Event]:
        records, refused, reviews = await asyncio.gather(
            self._history(sender_key, recipient), self._refusals.of_pair(sender_key, recipient),
            self._reviews.of_pair(sender_key, recipient))
        # The keyword messages the history names, and when each was received (a redelivery may record one twice).
        received = {message_id: record["At"] for record in reversed(records)
                    if record["Source"] == Source.KEYWORD.value
                    and (message_id := evidence_of(record).get("messageId"))}
        receipts = await self._store.receipts(sender_key, list(received)) if received else {}
        confirmations = [_confirmation(sender_key, receipt, received[message_id])
                         for message_id, receipt in receipts.items()
                         if receipt is not None and receipt.get("ReplyStatus", "") not in _NO_REPLY]
        return [*(_change(record) for record in records), *confirmations, *(_refusal(row) for row in refused),
                *(_review(row) for row in reviews)]

    async def _history(self, sender_key: str, recipient: str) -> list[TableEntity]:
        records, continuation = await self._store.history(sender_key, recipient, _HISTORY_PAGE)
        while continuation is not None:
            page, continuation = await self._store.history(sender_key, recipient, _HISTORY_PAGE, continuation)
            records += page
        return records


def who_of(evidence: Mapping[str, str]) -> str | None:
    """Who asked, as a person reads it: a reviewer, an access key, or an Entra principal."""
    if evidence.get("reviewer"):
        return evidence["reviewer"]
    if evidence.get("key"):
        return f"access key {evidence['key']}"
    if evidence.get("principal"):
        named = evidence.get("name") or evidence.get("appId")
        return f"Entra principal {evidence['principal']}" + (f" ({named})" if named else "")
    return None


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


_OUTCOMES = {Outcome.ALREADY_IN_STATE.value: "no change: already in that state",
             Outcome.SUPERSEDED.value: "no change: a later change holds"}


def _change(record: TableEntity) -> Event:
    evidence = evidence_of(record)
    source = str(record["Source"])
    opted_out = record["Action"] == "opt_out"
    verb = "Opted out" if opted_out else "Opted in"
    at: datetime = record["At"]
    kind = Kind.OPT_OUT if opted_out else Kind.OPT_IN
    if source == Source.KEYWORD.value:
        detail = (f"{verb} by text message {_quoted(evidence.get('text', ''))} (keyword "
                  f"{_quoted(evidence.get('keyword', ''))}, rule {_quoted(evidence.get('rule', ''))}, language "
                  f"{evidence.get('language', '?')})")
    elif source == Source.CARRIER.value:
        kind = Kind.CARRIER_BLOCK
        detail = (f"The carrier reported that the recipient blocks this sender (delivery status "
                  f"{evidence.get('deliveryStatus', '?')}: {_quoted(evidence.get('details', ''))})")
    elif source == Source.REVIEW.value:
        # Effective just after the message it reverses (latest-wins), but made when the reviewer decided.
        detail = (f"{verb} by a review reversing the decision on message {evidence.get('messageId', '?')}, "
                  f"effective as of {at.isoformat()}" + (f"; note {_quoted(evidence['note'])}"
                                                         if evidence.get("note") else ""))
        at = record["RecordedAt"]
    elif source == Source.IMPORT.value:
        detail = f"{verb} by import" + (f" of {_quoted(evidence['file'])}" if evidence.get("file") else "") + (
            f", line {evidence['line']}" if evidence.get("line") else "")
    else:
        # The reason a person gave (the console's "add or remove with a reason", header x-optout-reason).
        detail = f"{verb} through the API" + (f"; reason {_quoted(evidence['reason'])}" if evidence.get("reason")
                                               else "")
    outcome = str(record["Outcome"])
    if outcome in _OUTCOMES:
        detail += f"; {_OUTCOMES[outcome]}"
    return Event(at=at, sender=record["Sender"], kind=kind, source=source, detail=detail,
                 message_id=evidence.get("messageId"), status=outcome, who=who_of(evidence))


def _confirmation(sender_key: str, receipt: TableEntity, received_at: datetime) -> Event:
    claimed: datetime | None = receipt.get("ReplyClaimedAt")
    detail = f"Confirmation reply {_quoted(receipt.get('ReplyText', ''))} to message {receipt['MessageId']}"
    if receipt.get("ReplyError"):
        detail += f"; error {_quoted(receipt['ReplyError'])}"
    return Event(at=max(received_at, claimed) if claimed else received_at, sender=sender_key,
                 kind=Kind.CONFIRMATION, source=Source.KEYWORD.value, detail=detail,
                 message_id=receipt.get("ReplyMessageId") or None, status=receipt["ReplyStatus"])


def _refusal(row: TableEntity) -> Event:
    request = row["RequestId"]
    repeatability = row.get("RepeatabilityRequestId") or ""
    detail = (f"Send refused: the recipient had opted out (a message of {row['MessageLength']} characters; "
              f"our request id {request}" + (f", repeatability id {repeatability})" if repeatability else ")"))
    return Event(at=row["At"], sender=row["Sender"], kind=Kind.REFUSED_SEND, source=None, detail=detail,
                 message_id=repeatability or request, status="refused", who=who_of(evidence_of(row, "RequestedBy")))


def _review(row: TableEntity) -> Event:
    status = str(row["Status"])
    about = f"the {row['Intent'].replace('_', '-')} decision on message {row['MessageId']} ({_quoted(row['Text'])})"
    if status == ReviewStatus.OPEN.value:
        at, detail = row["ReceivedAt"], f"Flagged for review: {about}, because {row['Reason']}; not yet decided"
    else:
        at, detail = row["DecidedAt"], f"Review {status} {about}" + (
            f"; note {_quoted(row['Note'])}" if row.get("Note") else "")
    return Event(at=at, sender=row["PartitionKey"], kind=Kind.REVIEW, source=Source.REVIEW.value, detail=detail,
                 message_id=row["MessageId"], status=status, who=row.get("DecidedBy") or None)
