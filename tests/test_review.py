"""The review queue: ambiguous keyword decisions stand (an opt-out is the law's side), are queued, and a person
confirms or reverses each; a reversal is history with who made it, and never undoes a later opt-out."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from azure.data.tables import TableEntity

from conftest import optout
from optout_core.events import SMS_RECEIVED, EventEnvelope
from optout_core.inbound import InboundSmsProcessor
from optout_core.keywords import Decision, Intent
from optout_core.messaging import OutboxTransport
from optout_core.numbers import parse_recipient
from optout_core.programs import ProgramStore
from optout_core.review import (
    FlaggedDecision,
    ReviewAction,
    ReviewConflictError,
    ReviewFilter,
    ReviewNotFoundError,
    ReviewQueue,
    ReviewStatus,
    review_id,
)
from optout_core.storage import Change, OptOutStore, Source, Tables

T0 = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)
SENDER = "+18005550142"
AMBIGUOUS = Decision(Intent.OPT_OUT, "stop verb without object", "stop sending", "en",
                     review_reason="'stop sending' names no object: these texts, or something else")


class _FlaggingEngine:
    """Stands in for the keyword engine's verdict on an ambiguous text, so the queue's plumbing is tested apart
    from the engine's judgement (tests/test_keywords.py covers that)."""

    def classify(self, text: str) -> Decision:
        return AMBIGUOUS if text.startswith("stop sending") else Decision(Intent.OPT_OUT, "keyword", "stop", "en")


class _Programs(ProgramStore):
    async def program(self, sender_key: str):
        # A stand-in with the one method the processor calls.
        return dataclasses.replace(await super().program(sender_key), engine=_FlaggingEngine())  # type: ignore[arg-type]


def sms(recipient: str, text: str, at: datetime, message_id: str | None = None) -> EventEnvelope:
    message_id = message_id or f"Incoming_{uuid.uuid4()}"
    return EventEnvelope(id=message_id, type=SMS_RECEIVED, time=at,
                         data={"messageId": message_id, "from": recipient, "to": SENDER, "message": text,
                               "receivedTimestamp": at.isoformat()})


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


@pytest.fixture
def parts(tables: Tables, tmp_path):
    store = OptOutStore(tables)
    queue = ReviewQueue(tables, store)
    processor = InboundSmsProcessor(store, _Programs(tables, "Contoso Alerts"), OutboxTransport(tmp_path),
                                    reviews=queue)
    return store, queue, processor


async def history(store: OptOutStore, recipient: str) -> list[TableEntity]:
    rows, _ = await store.history(SENDER, recipient, 50)
    return rows


async def test_an_ambiguous_opt_out_stands_and_is_queued_once(parts, recipient):
    store, queue, processor = parts
    event = sms(recipient, "stop sending", T0)
    for _ in range(3):  # the first delivery and two redeliveries
        await processor.handle(event)
    assert await store.check(SENDER, [recipient]) == {recipient: True}
    [review], _ = await queue.page(ReviewFilter(sender_key=SENDER), 10)
    assert review["Recipient"] == recipient and review["Status"] == "open"
    assert review["Reason"] == AMBIGUOUS.review_reason and review["Text"] == "stop sending"
    assert review["RowKey"] == review_id(T0, event.id)


async def test_a_clear_decision_and_a_no_op_are_not_queued(parts, recipient):
    _, queue, processor = parts
    await processor.handle(sms(recipient, "STOP", T0))
    await processor.handle(sms(recipient, "stop sending", T0 + timedelta(minutes=1)))  # already opted out
    assert await queue.page(ReviewFilter(sender_key=SENDER), 10) == ([], None)


async def test_a_reversal_opts_back_in_and_says_who(parts, recipient):
    store, queue, processor = parts
    event = sms(recipient, "stop sending", T0)
    await processor.handle(event)
    decided = await queue.decide(SENDER, review_id(T0, event.id), ReviewAction.REVERSE, who="primary",
                                 note="customer meant the paper catalogue")
    assert decided["Status"] == "reversed" and decided["DecidedBy"] == "primary"
    assert await store.check(SENDER, [recipient]) == {recipient: False}
    newest = (await history(store, recipient))[0]
    assert (newest["Action"], newest["Outcome"], newest["Source"]) == ("opt_in", "changed", "review")
    assert json.loads(newest["Evidence"]) == {"reviewer": "primary", "messageId": event.id,
                                              "review": decided["RowKey"], "note": "customer meant the paper catalogue"}
    # Deciding the same again answers the same; deciding otherwise is refused.
    again = await queue.decide(SENDER, decided["RowKey"], ReviewAction.REVERSE, who="secondary")
    assert again["DecidedBy"] == "primary"
    with pytest.raises(ReviewConflictError):
        await queue.decide(SENDER, decided["RowKey"], ReviewAction.CONFIRM, who="secondary")
    assert len(await history(store, recipient)) == 2


async def test_a_reversal_never_undoes_a_later_opt_out(parts, recipient):
    store, queue, processor = parts
    flagged = sms(recipient, "stop sending", T0)
    await processor.handle(flagged)
    person = parse_recipient(recipient)
    await store.apply(SENDER, [person], Change(opted_out=False, source=Source.KEYWORD, at=T0 + timedelta(hours=1)))
    await store.apply(SENDER, [person], Change(opted_out=True, source=Source.KEYWORD, at=T0 + timedelta(hours=2)))
    with pytest.raises(ReviewConflictError, match="latest change wins"):
        await queue.decide(SENDER, review_id(T0, flagged.id), ReviewAction.REVERSE, who="primary")
    assert await store.check(SENDER, [recipient]) == {recipient: True}
    [review], _ = await queue.page(ReviewFilter(sender_key=SENDER), 10)
    assert review["Status"] == "open"


async def test_confirming_changes_nothing_but_the_review(parts, recipient):
    store, queue, processor = parts
    event = sms(recipient, "stop sending", T0)
    await processor.handle(event)
    decided = await queue.decide(SENDER, review_id(T0, event.id), ReviewAction.CONFIRM, who="primary")
    assert decided["Status"] == "confirmed"
    assert await store.check(SENDER, [recipient]) == {recipient: True}
    assert len(await history(store, recipient)) == 1
    with pytest.raises(ReviewNotFoundError):
        await queue.decide(SENDER, review_id(T0, "no such message"), ReviewAction.CONFIRM, who="primary")


async def test_the_queue_filters_by_sender_time_and_status(tables):
    queue = ReviewQueue(tables, OptOutStore(tables))
    senders = ["+18005550101", "+18005550102"]
    for hour in range(4):
        for sender in senders:
            await queue.flag(FlaggedDecision(sender, "+14255550100", f"m{hour}{sender}", T0 + timedelta(hours=hour),
                                             "stop sending", "opt_out", "rule", "stop", "en", "why"))
    everything, _ = await queue.page(ReviewFilter(), 100)
    assert len(everything) == 8
    mine, _ = await queue.page(ReviewFilter(sender_key=senders[0]), 100)
    assert [row["ReceivedAt"] for row in mine] == [T0 + timedelta(hours=h) for h in (3, 2, 1, 0)]  # newest first
    window, _ = await queue.page(ReviewFilter(sender_key=senders[0], since=T0 + timedelta(hours=1),
                                              until=T0 + timedelta(hours=3)), 100)
    assert [row["ReceivedAt"] for row in window] == [T0 + timedelta(hours=2), T0 + timedelta(hours=1)]
    first, more = await queue.page(ReviewFilter(sender_key=senders[0]), 3)
    rest, done = await queue.page(ReviewFilter(sender_key=senders[0]), 3, more)
    assert len(first) == 3 and len(rest) == 1 and done is None
    await queue.decide(senders[0], mine[0]["RowKey"], ReviewAction.CONFIRM, who="primary")
    still_open, _ = await queue.page(ReviewFilter(sender_key=senders[0]), 100)
    confirmed, _ = await queue.page(ReviewFilter(sender_key=senders[0], status=ReviewStatus.CONFIRMED), 100)
    assert len(still_open) == 3 and [row["RowKey"] for row in confirmed] == [mine[0]["RowKey"]]


@pytest.fixture
async def service_queue(service, azurite):
    tables = Tables.from_connection_string(azurite.connection_string, service.environment["OPTOUT_TABLE_PREFIX"])
    store = OptOutStore(tables)
    yield ReviewQueue(tables, store), store
    await tables.close()


async def test_the_api_lists_and_decides_reviews(service, service_queue, sender, recipient):
    queue, store = service_queue
    await queue.flag(FlaggedDecision(sender, recipient, "Incoming_api", T0, "stop sending", "opt_out",
                                             "rule", "stop", "en", "no object"))
    await store.apply(sender, [parse_recipient(recipient)], Change(opted_out=True, source=Source.KEYWORD, at=T0))
    listed = service.signed("GET", f"/sms/optouts/reviews?from={sender.replace('+', '%2B')}")
    assert listed.status == 200, listed.body
    [item] = listed.json()["value"]
    assert (item["from"], item["to"], item["status"], item["reason"]) == (sender, recipient, "open", "no object")

    decided = service.signed("POST", "/sms/optouts/reviews:decide",
                             {"from": sender, "id": item["id"], "action": "reverse", "note": "meant emails"})
    assert decided.status == 200, decided.body
    assert (decided.json()["status"], decided.json()["decidedBy"]) == ("reversed", "primary")
    history = service.signed("GET", f"/sms/optouts/history?from={sender.replace('+', '%2B')}"
                                    f"&to={recipient.replace('+', '%2B')}")
    assert history.json()["value"][0]["source"] == "review"
    assert history.json()["value"][0]["evidence"]["reviewer"] == "primary"

    confirm = service.signed("POST", "/sms/optouts/reviews:decide",
                             {"from": sender, "id": item["id"], "action": "confirm"})
    assert confirm.status == 409 and confirm.json()["error"]["code"] == "Conflict"
    unknown = service.signed("POST", "/sms/optouts/reviews:decide",
                             {"from": sender, "id": review_id(T0, "other"), "action": "confirm"})
    assert unknown.status == 404 and unknown.json()["error"]["code"] == "ReviewNotFound"
    malformed = service.signed("POST", "/sms/optouts/reviews:decide",
                               {"from": sender, "id": "x' or 1", "action": "confirm"})
    assert malformed.status == 400
    assert service.request("GET", "/sms/optouts/reviews").status == 401


async def test_the_cli_lists_and_decides_reviews(service, service_queue, sender, recipient):
    queue, store = service_queue
    await queue.flag(FlaggedDecision(sender, recipient, "Incoming_cli", T0, "stop\nsending", "opt_out", "rule",
                                     "stop", "en", "no object"))
    await store.apply(sender, [parse_recipient(recipient)], Change(opted_out=True, source=Source.KEYWORD, at=T0))
    [line] = optout(service, "review", "list", "--from", sender).stdout.splitlines()
    review, listed_sender, listed_to, *_, status, reason, text = line.split("\t")
    assert (listed_sender, listed_to, status, reason, text) == (sender, recipient, "open", "no object", "stop sending")
    decided = optout(service, "review", "reverse", sender, review, "--note", "meant the catalogue")
    assert (decided.returncode, decided.stdout) == (0, f"{review}\treversed by primary\n")
    again = optout(service, "review", "confirm", sender, review)
    assert again.returncode == 1 and again.stdout.startswith("not confirmed: ")
    assert optout(service, "review", "list", "--from", sender).stdout == ""
