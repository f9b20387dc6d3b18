"""The opt-out list against a real Azurite: state, ordering, concurrency, and what each operation costs."""

import asyncio
import logging
import uuid
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from azure.core.exceptions import ServiceRequestError
from azure.core.pipeline.transport import AioHttpTransport
from yarl import URL

from counting import CountingTransport
from optout_core.devhost.azurite import free_port, table_connection_string
from optout_core.events import SMS_RECEIVED, EventEnvelope
from optout_core.inbound import InboundSmsProcessor
from optout_core.messaging import OutboundBatch, RecipientResult
from optout_core.numbers import parse_recipient
from optout_core.programs import ProgramStore
from optout_core.review import ReviewQueue
from optout_core.storage import Change, OptOutStore, Outcome, Source, StorageUnavailableError, Tables

SENDER = "+18005550100"
T0 = datetime(2026, 1, 1, 10, 0, 0, tzinfo=UTC)


def recipients(count: int, start: int = 0):
    return [parse_recipient(f"+1425555{n:04d}") for n in range(start, start + count)]


def stop_at(seconds: float, **evidence) -> Change:
    return Change(opted_out=True, source=Source.KEYWORD, at=T0 + timedelta(seconds=seconds), evidence=evidence)


def start_at(seconds: float) -> Change:
    return Change(opted_out=False, source=Source.KEYWORD, at=T0 + timedelta(seconds=seconds))


async def test_add_check_remove(tables):
    store = OptOutStore(tables)
    people = recipients(3)
    outcomes = await store.apply(SENDER, people[:2], stop_at(0))
    assert set(outcomes.values()) == {Outcome.CHANGED}
    assert await store.check(SENDER, [p.e164 for p in people]) == {
        people[0].e164: True, people[1].e164: True, people[2].e164: False}

    await store.apply(SENDER, people[:1], start_at(1))
    assert await store.check(SENDER, [p.e164 for p in people[:2]]) == {people[0].e164: False, people[1].e164: True}


async def test_each_sender_is_its_own_list(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    await store.apply(SENDER, person, stop_at(0))
    assert await store.check("12345", [person[0].e164]) == {person[0].e164: False}


async def test_adding_twice_and_removing_an_absent_entry_are_no_ops(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    assert await store.apply(SENDER, person, stop_at(0)) == {person[0].e164: Outcome.CHANGED}
    assert await store.apply(SENDER, person, stop_at(1)) == {person[0].e164: Outcome.ALREADY_IN_STATE}
    stranger = recipients(1, start=50)
    assert await store.apply(SENDER, stranger, start_at(2)) == {stranger[0].e164: Outcome.ALREADY_IN_STATE}
    assert await store.check(SENDER, [person[0].e164, stranger[0].e164]) == {
        person[0].e164: True, stranger[0].e164: False}


async def test_entry_records_how_and_when_it_came_to_be(tables):
    store = OptOutStore(tables)
    person = recipients(1)[0]
    await store.apply(SENDER, [person], stop_at(0, messageId="m-1", keyword="STOP"))
    await store.apply(SENDER, [person], stop_at(30, messageId="m-2"))  # a repeat must not rewrite the evidence
    table = await tables.get(OptOutStore.TABLE)
    entity = await table.get_entity(SENDER, person.e164)
    assert entity["Sender"] == SENDER and entity["Recipient"] == person.e164 and entity["Country"] == "US"
    assert entity["Source"] == "keyword" and entity["OptedOut"] is True
    assert entity["ChangedAt"] == T0 and entity["LatestAt"] == T0 + timedelta(seconds=30)
    assert '"messageId":"m-1"' in entity["Evidence"]


@pytest.mark.parametrize("deliveries, opted_out", [
    # A STOP received at 10:00:05 delivered after a START received at 10:00:10 must not opt out again.
    ([start_at(10), stop_at(5)], False),
    ([stop_at(10), start_at(5)], True),
    # STOP, START, STOP received in that order but delivered last-first-middle: the last STOP wins.
    ([stop_at(0), stop_at(20), start_at(10)], True),
    ([start_at(0), start_at(20), stop_at(10)], False),
    # Same instant: opting out wins, because texting someone who said STOP is the worse mistake.
    ([start_at(5), stop_at(5)], True),
    ([stop_at(5), start_at(5)], True),
])
async def test_latest_change_wins_whatever_the_delivery_order(tables, deliveries, opted_out):
    store = OptOutStore(tables)
    person = recipients(1)
    for change in deliveries:
        await store.apply(SENDER, person, change)
    assert await store.check(SENDER, [person[0].e164]) == {person[0].e164: opted_out}


async def test_an_older_change_reports_itself_superseded(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    await store.apply(SENDER, person, start_at(10))
    assert await store.apply(SENDER, person, stop_at(5)) == {person[0].e164: Outcome.SUPERSEDED}


async def test_concurrent_writers_cannot_lose_the_latest_change(tables):
    store = OptOutStore(tables)
    people = recipients(5)
    # Twenty writers race on the same five rows; the change received last (a STOP at +19s) must stand.
    changes = [stop_at(n) if n % 2 else start_at(n) for n in range(20)]
    await asyncio.gather(*(store.apply(SENDER, people, change) for change in changes))
    assert await store.check(SENDER, [p.e164 for p in people]) == {p.e164: True for p in people}


class DroppingTransport(AioHttpTransport):
    """Loses the first transaction on the wire: before it reaches the service, or after it landed (lost reply)."""

    def __init__(self, lose_reply: bool) -> None:
        super().__init__()
        self.lose_reply = lose_reply
        self.dropped = False

    async def send(self, request, **kwargs):
        if self.dropped or not request.url.endswith("/$batch"):
            return await super().send(request, **kwargs)
        self.dropped = True
        if self.lose_reply:
            await super().send(request, **kwargs)
        raise ServiceRequestError("Server disconnected")


@pytest.mark.parametrize("lose_reply", [False, True], ids=["lost request", "lost reply"])
async def test_a_dropped_connection_during_the_transaction_is_repeated_safely(azurite, lose_reply):
    transport = DroppingTransport(lose_reply)
    tables = Tables.from_connection_string(azurite.connection_string, prefix=f"drop{int(lose_reply)}",
                                           transport=transport)
    try:
        store = OptOutStore(tables)
        people = recipients(3)
        outcomes = await store.apply(SENDER, people, stop_at(0))
        assert transport.dropped
        # After a lost reply the round finds its own transaction landed: changed once, recorded once.
        assert set(outcomes.values()) == {Outcome.CHANGED}
        assert await store.check(SENDER, [p.e164 for p in people]) == {p.e164: True for p in people}
        for person in people:
            records, _ = await store.history(SENDER, person.e164, page_size=10)
            assert [record["Outcome"] for record in records] == ["changed"]
    finally:
        await tables.close()


class InterferingTransport(AioHttpTransport):
    """Just before the first transaction leaves, lets another writer commit its change to the same rows."""

    def __init__(self, interfere) -> None:
        super().__init__()
        self.interfere = interfere
        self.batches = 0

    async def send(self, request, **kwargs):
        if request.url.endswith("/$batch"):
            self.batches += 1
            if self.batches == 1:
                await self.interfere()
        return await super().send(request, **kwargs)


@pytest.mark.parametrize("row_exists", [False, True], ids=["new row", "existing row"])
async def test_a_change_committed_between_read_and_write_is_not_overwritten(azurite, tables, row_exists):
    """The ETag (or create-only) condition makes the stale write fail; the round is decided again and loses."""
    person = recipients(1)
    rival = OptOutStore(tables)
    if row_exists:
        await rival.apply(SENDER, person, start_at(0))
    transport = InterferingTransport(lambda: rival.apply(SENDER, person, start_at(10)))
    ours = Tables.from_connection_string(azurite.connection_string, prefix=tables._prefix, transport=transport)
    try:
        outcome = await OptOutStore(ours).apply(SENDER, person, stop_at(5))
    finally:
        await ours.close()
    assert transport.batches == 2  # the stale transaction was refused; decided again, only its record was written
    assert outcome == {person[0].e164: Outcome.SUPERSEDED}
    assert await rival.check(SENDER, [person[0].e164]) == {person[0].e164: False}


async def test_an_api_opt_out_older_than_the_latest_opt_in_loses_like_any_other_change(tables):
    """One rule for every source, so that the state does not depend on the order in which changes arrive."""
    store = OptOutStore(tables)
    person = recipients(1)
    await store.apply(SENDER, person, start_at(60))
    api_add = Change(opted_out=True, source=Source.API, at=T0 + timedelta(seconds=30))
    assert await store.apply(SENDER, person, api_add) == {person[0].e164: Outcome.SUPERSEDED}
    assert await store.check(SENDER, [person[0].e164]) == {person[0].e164: False}
    records = await history_of(store, person[0].e164)
    assert [(r["Action"], r["Outcome"]) for r in records] == [("opt_in", "already_in_state"), ("opt_out", "superseded")]


async def test_at_the_same_instant_the_opt_out_wins_and_its_record_comes_first(tables):
    """History newest first must tell the entry's state first, even when two changes share their time."""
    store = OptOutStore(tables)
    people = recipients(8)
    await store.apply(SENDER, people, start_at(5))
    await store.apply(SENDER, people, stop_at(5))
    await store.apply(SENDER, people, start_at(5))
    for person in people:
        records = await history_of(store, person.e164)
        assert (records[0]["Action"], records[0]["Outcome"]) == ("opt_out", "changed")
        assert sorted((r["Action"], r["Outcome"]) for r in records) == [
            ("opt_in", "already_in_state"), ("opt_in", "superseded"), ("opt_out", "changed")]


async def test_a_signed_request_applied_again_changes_and_records_nothing(tables):
    """Its receipt is written with each transaction: a repeat finds it, even one racing the first delivery."""
    store = OptOutStore(tables)
    people = recipients(40)  # two transactions, each with its own receipt
    first, again = await asyncio.gather(*(store.apply(SENDER, people, stop_at(0), "signature") for _ in range(2)))
    # Each transaction went in once: for every recipient, one of the two calls changed it, the other found it done.
    assert all({first[p.e164], again[p.e164]} == {Outcome.CHANGED, Outcome.ALREADY_IN_STATE} for p in people)
    for person in (people[0], people[-1]):
        assert len(await history_of(store, person.e164)) == 1
    await store.apply(SENDER, people[:1], start_at(10))  # a later START for the first
    repeat = await store.apply(SENDER, people, stop_at(0), "signature")
    assert (repeat[people[0].e164], repeat[people[1].e164]) == (Outcome.SUPERSEDED, Outcome.ALREADY_IN_STATE)
    assert len(await history_of(store, people[1].e164)) == 1  # the repeat recorded nothing
    await store.apply(SENDER, people, stop_at(1), "another signature")
    assert len(await history_of(store, people[1].e164)) == 2  # another request is another record


@pytest.fixture
def counted(counted_tables):
    """A store whose every request is counted."""
    tables, transport = counted_tables
    return OptOutStore(tables), transport, tables._prefix


async def test_check_is_one_concurrent_round_of_point_reads(counted):
    store, transport, _ = counted
    people = recipients(100)
    await store.apply(SENDER, people[:40], stop_at(0))
    transport.requests.clear()
    transport.most_in_flight = 0
    states = await store.check(SENDER, [p.e164 for p in people])
    assert sum(states.values()) == 40
    assert len(transport.requests) == 100
    assert all(method == "GET" and "$filter" not in url and "RowKey=" in url for method, url in transport.requests)
    assert transport.most_in_flight > 1  # issued concurrently, not one after another


async def test_adding_a_batch_is_one_read_round_and_four_transactions(counted):
    """100 entries and their 100 history records in transactions of 33 recipients, room for the three operations a
    recipient can need and the request's receipt, read in the same round. A sender met for the first time is
    registered, once."""
    store, transport, prefix = counted
    people = recipients(100)
    for first_contact in (True, False):
        transport.requests.clear()
        await store.apply(SENDER, people, stop_at(0 if first_contact else 10), f"signature {first_contact}")
        reads = [url for method, url in transport.requests if method == "GET"]
        batches = [url for _, url in transport.requests if url.endswith("/$batch")]
        registrations = [url for _, url in transport.requests if f"{prefix}Senders(" in url]
        assert len(reads) == 104 and all(f"{prefix}OptOuts(" in url for url in reads)  # and four receipts
        assert len(batches) == 4
        assert len(registrations) == (1 if first_contact else 0)
        assert len(transport.requests) == len(reads) + len(batches) + len(registrations)


async def test_a_recipient_is_found_across_senders_without_a_scan(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    for sender in ("+18005550100", "262966", "CONTOSO"):
        await store.apply(sender, person, stop_at(0))
    await store.apply("262966", person, start_at(10))
    await store.apply("+18005550199", recipients(1, start=1), stop_at(0))  # someone else entirely
    found = await store.entries_of_recipient(person[0].e164)
    assert sorted(entry["Sender"] for entry in found) == ["+18005550100", "CONTOSO"]


async def test_unreachable_storage_raises_storage_unavailable():
    tables = Tables.from_connection_string(table_connection_string(free_port()), prefix="down", retry_total=0)
    try:
        with pytest.raises(StorageUnavailableError):
            await OptOutStore(tables).check(SENDER, ["+14255550123"])
    finally:
        await tables.close()


async def test_phone_numbers_do_not_reach_the_logs_through_the_sdk(tables, caplog):
    """azure-core logs request URLs at INFO, and our keys are phone numbers."""
    caplog.set_level(logging.DEBUG)
    store = OptOutStore(tables)
    person = parse_recipient("+14255550177")
    await store.apply(SENDER, [person], stop_at(0))
    await store.check(SENDER, [person.e164])
    for number in ("4255550177", "8005550100"):
        assert number not in caplog.text


async def history_of(store: OptOutStore, recipient: str, page_size: int = 100) -> list:
    records, continuation = [], None
    while True:
        page, continuation = await store.history(SENDER, recipient, page_size, continuation)
        records += page
        if continuation is None:
            return records


async def test_every_change_and_no_op_is_recorded_newest_first(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    await store.apply(SENDER, person, stop_at(0, messageId="m-1"))
    await store.apply(SENDER, person, stop_at(5, messageId="m-2"))      # a repeat: worth knowing
    await store.apply(SENDER, person, start_at(20))
    await store.apply(SENDER, person, stop_at(10, messageId="late"))    # delivered late: superseded
    records = await history_of(store, person[0].e164)
    assert [(r["Action"], r["Outcome"], r["At"]) for r in records] == [
        ("opt_in", "changed", T0 + timedelta(seconds=20)),
        ("opt_out", "superseded", T0 + timedelta(seconds=10)),
        ("opt_out", "already_in_state", T0 + timedelta(seconds=5)),
        ("opt_out", "changed", T0),
    ]
    assert records[1]["Source"] == "keyword" and '"messageId":"late"' in records[1]["Evidence"]


async def test_history_is_per_pair_and_pages(tables):
    store = OptOutStore(tables)
    people = recipients(2)
    for second in range(7):
        await store.apply(SENDER, people, stop_at(second) if second % 2 else start_at(second))
    first, continuation = await store.history(SENDER, people[0].e164, page_size=3)
    assert len(first) == 3 and continuation is not None
    everything = await history_of(store, people[0].e164, page_size=3)
    assert len(everything) == 7 and everything[:3] == first
    assert {r["Recipient"] for r in everything} == {people[0].e164}


@pytest.mark.parametrize("lose_reply", [False, True], ids=["lost request", "lost reply"])
async def test_a_change_and_its_record_are_stored_together_or_not_at_all(azurite, tables, lose_reply):
    transport = DroppingTransport(lose_reply)
    ours = Tables.from_connection_string(azurite.connection_string, prefix=tables._prefix, transport=transport)
    try:
        person = recipients(1)
        await OptOutStore(ours).apply(SENDER, person, stop_at(0))
    finally:
        await ours.close()
    records = await history_of(OptOutStore(tables), person[0].e164)
    # The lost request wrote nothing, so the repeat records the change once; after a lost reply the change was
    # already stored with its record, which the repeat recognises as its own: nothing is recorded twice.
    assert [r["Outcome"] for r in records] == ["changed"]


def imported_at(seconds: float) -> Change:
    return Change(opted_out=True, source=Source.IMPORT, at=T0 + timedelta(seconds=seconds),
                  evidence={"line": "7"}, record_no_ops=False)


async def test_an_imported_entry_holds_its_own_record_until_something_else_is_recorded(tables):
    store = OptOutStore(tables)
    person = recipients(1)
    assert await store.import_pairs(SENDER, [(person[0], imported_at(0))]) == {person[0].e164: Outcome.CHANGED}
    [record] = await history_of(store, person[0].e164)
    assert (record["Action"], record["Outcome"], record["Source"], record["At"]) == (
        "opt_out", "changed", "import", T0)
    assert '"line":"7"' in record["Evidence"]

    await store.apply(SENDER, person, stop_at(-30))  # an older repeat, recorded as a no-op
    await store.apply(SENDER, person, start_at(60))
    records = await history_of(store, person[0].e164)
    assert [(r["Action"], r["Outcome"], r["Source"]) for r in records] == [
        ("opt_in", "changed", "keyword"), ("opt_out", "changed", "import"), ("opt_out", "already_in_state", "keyword")]


async def test_a_bulk_import_writes_one_entity_per_row(counted):
    store, transport, _ = counted
    people = recipients(100)
    await store.import_pairs(SENDER, [(person, imported_at(0)) for person in people])
    batches = [url for _, url in transport.requests if url.endswith("/$batch")]
    assert len(batches) == 1 and not [url for method, url in transport.requests if method == "GET"]
    assert await store.check(SENDER, [p.e164 for p in people]) == {p.e164: True for p in people}


async def test_importing_the_same_hundred_again_reads_decides_and_changes_nothing(tables):
    store = OptOutStore(tables)
    pairs = [(person, imported_at(0)) for person in recipients(100)]
    await store.import_pairs(SENDER, pairs)
    again = await store.import_pairs(SENDER, pairs)
    assert set(again.values()) == {Outcome.ALREADY_IN_STATE} and len(again) == 100
    assert len(await history_of(store, pairs[0][0].e164)) == 1


async def test_changing_a_hundred_imported_entries_at_once_stays_within_the_transaction_limit(tables):
    """Each needs three operations: the record its entry held, the entry, and the new record."""
    store = OptOutStore(tables)
    people = recipients(100)
    await store.import_pairs(SENDER, [(person, imported_at(0)) for person in people])
    outcomes = await store.apply(SENDER, people, start_at(60))
    assert set(outcomes.values()) == {Outcome.CHANGED} and len(outcomes) == 100
    assert [r["Source"] for r in await history_of(store, people[99].e164)] == ["keyword", "import"]


class Replies:
    """Stands in for ACS: every reply succeeds, and is kept."""

    def __init__(self) -> None:
        self.sent: list[OutboundBatch] = []

    async def send(self, batch: OutboundBatch) -> list[RecipientResult]:
        self.sent.append(batch)
        return [RecipientResult(to=r.to, http_status_code=202, successful=True, message_id=f"m-{uuid.uuid4()}")
                for r in batch.recipients]

    async def close(self) -> None:
        return None


def sms(recipient: str, text: str, seconds: float, message_id: str | None = None) -> EventEnvelope:
    message_id = message_id or f"Incoming_{uuid.uuid4()}"
    return EventEnvelope(id=message_id, type=SMS_RECEIVED, data={
        "messageId": message_id, "from": recipient, "to": SENDER, "message": text,
        "receivedTimestamp": (T0 + timedelta(seconds=seconds)).isoformat()})


@pytest.fixture
async def keywords(counted_tables):
    """An inbound-SMS processor on counted tables, warmed up: the sender registered, its brief read and cached, so
    what is counted is what every later message costs."""
    tables, transport = counted_tables
    store, replies = OptOutStore(tables), Replies()
    processor = InboundSmsProcessor(store, ProgramStore(tables, "Contoso Alerts"), replies,
                                    reviews=ReviewQueue(tables, store))
    await processor.handle(sms("+14255550999", "HELP", 0))
    transport.requests.clear()
    replies.sent.clear()
    return processor, store, transport, replies


def verbs(transport: CountingTransport) -> list[str]:
    """The requests sent, by kind: a point read, a transaction, a merge of one row."""
    return sorted("transaction" if url.endswith("/$batch") else {"GET": "read", "PATCH": "merge"}.get(method, method)
                  for method, url in transport.requests)


@pytest.mark.parametrize(("text", "confirmed"), [("STOP", True), ("START", False)])
async def test_a_first_keyword_from_a_recipient_is_one_transaction_and_one_merge_besides_the_reply(keywords, text,
                                                                                                confirmed):
    """Entry, history record and receipt are written at once, without reading first; the merge records the reply.
    A START from someone never opted out changes nothing, so it is recorded and not confirmed."""
    processor, store, transport, replies = keywords
    person = recipients(1)[0].e164
    await processor.handle(sms(person, text, 0))
    assert verbs(transport) == (["merge", "transaction"] if confirmed else ["transaction"])
    assert len(replies.sent) == (1 if confirmed else 0)
    assert await store.check(SENDER, [person]) == {person: text == "STOP"}


async def test_a_redelivered_keyword_is_one_refused_transaction_and_one_read_round(keywords):
    processor, _, transport, replies = keywords
    stop = sms(recipients(1)[0].e164, "STOP", 0)
    await processor.handle(stop)
    transport.requests.clear()
    replies.sent.clear()
    await processor.handle(stop)
    assert verbs(transport) == ["read", "read", "transaction"]  # the entry and the receipt, read together
    assert replies.sent == []


async def test_a_keyword_for_an_existing_entry_reads_only_after_the_optimistic_transaction_is_refused(keywords):
    processor, store, transport, replies = keywords
    person = recipients(1)[0].e164
    await processor.handle(sms(person, "START", 0))
    transport.requests.clear()
    await processor.handle(sms(person, "STOP", 10))
    assert verbs(transport) == ["merge", "read", "read", "transaction", "transaction"]
    assert len(replies.sent) == 1
    assert await store.check(SENDER, [person]) == {person: True}
    records, _ = await store.history(SENDER, person, page_size=10)
    assert [(r["Action"], r["Outcome"]) for r in records] == [("opt_out", "changed"), ("opt_in", "already_in_state")]


async def test_help_is_one_transaction_for_its_receipt_and_one_merge(keywords):
    processor, _, transport, replies = keywords
    await processor.handle(sms(recipients(1)[0].e164, "HELP", 0))
    assert verbs(transport) == ["merge", "transaction"]
    assert len(replies.sent) == 1


async def test_a_delivery_of_ten_first_keywords_reads_the_brief_and_registers_the_sender_once(counted_tables):
    """The events of one delivery run at once. Those that find the sender's brief not cached (the first after a start,
    or after 30 s) share one read of it, and one registration of the sender, instead of each making its own."""
    tables, transport = counted_tables
    store, replies = OptOutStore(tables), Replies()
    processor = InboundSmsProcessor(store, ProgramStore(tables, "Contoso Alerts"), replies)
    await tables.get(ProgramStore.TABLE)
    transport.requests.clear()
    await asyncio.gather(*(processor.handle(sms(person.e164, "STOP", 0)) for person in recipients(10)))
    assert verbs(transport) == sorted(["read", "PUT"] + ["transaction", "merge"] * 10)
    assert len(replies.sent) == 10


async def test_an_api_add_of_a_new_pair_is_one_read_round_and_one_transaction(counted):
    """The API reads first: a list kept in step with a CRM adds pairs that exist as often as new ones."""
    store, transport, _ = counted
    await store.apply(SENDER, recipients(1, start=50), stop_at(0), "warm-up signature")  # registers the sender
    transport.requests.clear()
    await store.apply(SENDER, recipients(1), stop_at(0), "a signature")
    assert verbs(transport) == ["read", "read", "transaction"]  # the entry and the request's receipt, together


@pytest.fixture
async def forward_proxy():
    """An HTTP forward proxy on loopback: it passes each request on to the host it names and lists what it carried."""
    carried: list[str] = []
    hop_by_hop = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "transfer-encoding",
                  "content-length", "host"}

    async def forward(request: web.Request) -> web.Response:
        # As sent (absolute-form), not re-encoded: the request's signature covers its path.
        target = URL(request.raw_path, encoded=True)
        carried.append(f"{request.method} {target}")
        headers = {name: value for name, value in request.headers.items() if name.lower() not in hop_by_hop}
        body = await request.read()
        # Nothing added to the request either: its signature covers its Content-Type.
        untouched = aiohttp.ClientSession(skip_auto_headers={"Content-Type", "Accept-Encoding", "User-Agent"})
        async with untouched as session, session.request(request.method, target, headers=headers,
                                                         data=body or None) as answer:
            body = await answer.read()
            return web.Response(status=answer.status, body=body, headers={
                name: value for name, value in answer.headers.items() if name.lower() not in hop_by_hop})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}", carried
    await runner.cleanup()


async def test_a_proxy_set_in_the_environment_carries_every_storage_request(azurite, forward_proxy, monkeypatch):
    """The storage clients skip aiohttp's look-up of proxy settings before each request only where none is set
    (connections.transport_options): a network that needs a proxy, set in HTTP_PROXY, still has every request go
    through it."""
    proxy_url, carried = forward_proxy
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    tables = Tables.from_connection_string(azurite.connection_string, prefix=f"t{uuid.uuid4().hex[:12]}")
    try:
        store = OptOutStore(tables)
        [person] = recipients(1)
        await store.apply(SENDER, [person], stop_at(0), "a signature")
        assert (await store.check(SENDER, [person.e164]))[person.e164] is True
    finally:
        await tables.close()
    assert carried and all(request.split(" ", 1)[1].startswith(f"http://{azurite.host}:{azurite.port}/")
                           for request in carried)
