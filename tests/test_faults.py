"""Storage faults, injected for real: a proxy between the service and Azurite refuses, resets, hangs or answers 5xx.

What a user relies on: during a fault an HTTP caller is told 503 with Retry-After within a bounded time and an
event fails (so Event Grid delivers it again); afterwards, retries and redeliveries complete each change exactly
once, and everything answered 2xx is durable.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from itertools import accumulate
from pathlib import Path
from urllib.parse import quote

import pytest
from azure.data.tables import TableClient, UpdateMode

from acs_events import deliver
from conftest import OPTOUT_API_VERSION, HostProcess, Response, service_environment, start_host, stop_host
from fault_proxy import Fault, FaultProxy, Request, every_request, is_transaction
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.inbound import (
    CONFIRMATION_DEADLINE,
    EVENT_GRID_RETRY_DELAYS,
    InboundSmsProcessor,
    ReplyNotSentError,
    live_claim_worst_case,
    reply_claim,
)
from optout_core.messaging import SEND_TIMEOUT_SECONDS
from optout_core.programs import ProgramStore
from optout_core.storage import (
    DEFAULT_STORAGE_TIMEOUT_SECONDS,
    MAX_STORAGE_TIMEOUT_SECONDS,
    OptOutStore,
    StorageUnavailableError,
    Tables,
    receipt_row_key,
)
from test_inbound_sms import replies, sms_event
from test_replies import SENDER, Clock, HeldTransport, sms

# The fault service's storage timeout, and the documented bound it gives (docs/architecture.md, "Timeouts"): a request
# that meets a storage outage is answered within twice the storage timeout. The margin is for a loaded test machine.
STORAGE_TIMEOUT = 2.0
ANSWER_WITHIN = 2 * STORAGE_TIMEOUT + 5
OUTAGES = [Fault.REFUSE, Fault.RESET_BEFORE, Fault.HANG, Fault.BUSY, Fault.INTERNAL]


@pytest.fixture(scope="module")
def proxy(azurite) -> Iterator[FaultProxy]:
    proxy = FaultProxy(azurite.port).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def azurite_on_disk(tmp_path) -> Iterator[Azurite]:
    """An Azurite of its own that keeps its tables in a folder, so that it can be restarted without losing them."""
    with Azurite(location=tmp_path / "azurite") as emulator:
        yield emulator


def start_behind(proxy: FaultProxy, storage: Azurite, acs, log_path: Path) -> HostProcess:
    """The service, storing in Azurite through the proxy, with a short storage timeout."""
    return start_host(PROJECT_ROOT, service_environment(
        storage, acs, OPTOUT_STORAGE_CONNECTION_STRING=proxy.connection_string(storage.connection_string),
        OPTOUT_STORAGE_TIMEOUT_SECONDS=str(STORAGE_TIMEOUT)), log_path)


@pytest.fixture(scope="module")
def faulty(azurite, acs, proxy, tmp_path_factory) -> Iterator[HostProcess]:
    host = start_behind(proxy, azurite, acs, tmp_path_factory.mktemp("faulty") / "log")
    yield host
    stop_host(host.process)


@pytest.fixture(autouse=True)
def healed(proxy) -> Iterator[None]:
    proxy.heal()
    yield
    proxy.heal()


def recipient_number() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


def change(service: HostProcess, action: str, sender: str, recipient: str):
    return service.signed("POST", f"/sms/optouts:{action}?api-version={OPTOUT_API_VERSION}",
                          {"from": sender, "recipients": [{"to": recipient}]}, timeout=ANSWER_WITHIN)


def keyword(service: HostProcess, event: dict):
    return deliver(service, "SmsReceived", [event], timeout=ANSWER_WITHIN)


@pytest.mark.parametrize("fault", OUTAGES, ids=lambda fault: fault.value)
def test_an_outage_is_answered_503_with_retry_after_in_bounded_time_and_fails_the_event(faulty, proxy, acs, sender,
                                                                                       fault):
    person, texter = recipient_number(), recipient_number()
    stop = sms_event(sender, texter, "STOP")
    proxy.set(fault)
    refused = change(faulty, "add", sender, person)  # an answer within ANSWER_WITHIN, or the socket times out
    assert refused.status == 503, refused.body
    assert refused.headers["retry-after"] and refused.json()["error"]["code"] == "ServiceUnavailable"
    assert keyword(faulty, stop).status == 500  # Event Grid will deliver it again
    assert replies(acs, sender, texter) == []

    proxy.heal()
    assert change(faulty, "add", sender, person).json()["value"][0]["httpStatusCode"] == 200
    assert keyword(faulty, stop).status == 202
    assert len(replies(acs, sender, texter)) == 1


def test_a_connection_dropped_while_registering_a_new_sender_is_retried_not_a_503(faulty, proxy, sender):
    """Found: "cannot register the sender: Can not write request body", a pooled connection storage had closed. The
    registry write is a PUT, which the storage SDK sends again; a merge (PATCH) it would not."""
    proxy.set(Fault.RESET_BEFORE, lambda request: "Senders(" in request.target, times=1)
    reply = change(faulty, "add", sender, recipient_number())
    assert proxy.faulted == 1
    assert reply.status == 200, reply.body


@pytest.mark.parametrize("fault", [Fault.RESET_BEFORE, Fault.RESET_AFTER])
def test_a_connection_dropped_while_writing_a_first_program_brief_is_decided_again_not_a_503(faulty, proxy, sender,
                                                                                              fault):
    """A sender's first brief is created with a POST, which the storage SDK does not send again (the cause of the
    registry's "Can not write request body"): the write reads the row back and decides again, and a write whose
    answer was lost recognises itself there."""
    path = "/sms/programs/" + quote(sender, safe="")
    proxy.set(fault, lambda request: request.method == "POST" and "Programs" in request.target, times=1)
    reply = faulty.signed("PUT", path, {"programName": "Acme"}, timeout=ANSWER_WITHIN)
    assert proxy.faulted == 1
    assert reply.status == 200, reply.body
    assert faulty.signed("GET", path, timeout=ANSWER_WITHIN).json()["programName"] == "Acme"


def is_insert_or_transaction(request: Request) -> bool:
    """A write of new rows: the refused-send evidence (the send's check reads; a new sender's registry is a PUT)."""
    return request.method == "POST"


@pytest.mark.parametrize("fault", [Fault.INTERNAL, Fault.RESET_BEFORE, Fault.HANG], ids=lambda fault: fault.value)
def test_a_send_whose_refusals_cannot_be_recorded_sends_nothing_and_is_safe_to_retry(faulty, proxy, acs, sender,
                                                                                     fault):
    """No caller is told of a refusal the evidence lacks: storage failing the refusal's write (after the check
    succeeded) answers 503 with Retry-After and forwards nobody, so the retry sends each allowed recipient once
    and records the refusal (docs/decisions.md)."""
    person, other = recipient_number(), recipient_number()
    assert change(faulty, "add", sender, person).json()["value"][0]["httpStatusCode"] == 200
    body = {"from": sender, "message": "hello", "smsRecipients": [{"to": person}, {"to": other}]}
    proxy.set(fault, is_insert_or_transaction)
    failed = faulty.signed("POST", f"/sms?api-version={OPTOUT_API_VERSION}", body, timeout=ANSWER_WITHIN)
    assert proxy.faulted >= 1
    assert failed.status == 503, failed.body
    assert failed.headers["retry-after"] and "nothing was sent" in failed.json()["error"]["message"]
    assert acs.sent_to(person) == acs.sent_to(other) == []
    assert "1 opted-out recipients could not be recorded as evidence, so nothing was sent" in faulty.log()

    proxy.heal()
    retried = faulty.signed("POST", f"/sms?api-version={OPTOUT_API_VERSION}", body, timeout=ANSWER_WITHIN)
    assert [item["httpStatusCode"] for item in retried.json()["value"]] == [403, 202]
    assert acs.sent_to(person) == [] and len(acs.sent_to(other)) == 1
    story = faulty.signed("GET", f"/sms/optouts/evidence?from={quote(sender)}&to={quote(person)}")
    assert [event["kind"] for event in story.json()["events"]] == ["opt_out", "refused_send"]


def test_a_refusal_stored_whose_answer_was_lost_is_answered_503_and_shown_twice_after_the_retry(faulty, proxy, acs,
                                                                                                sender):
    """Storage stored the rows but the connection was reset before its answer: the proxy cannot know, so it answers
    503 and sends nothing; the retry records the refusal again. The evidence may show a refusal twice, never not at
    all (docs/decisions.md)."""
    person, second, other = recipient_number(), recipient_number(), recipient_number()
    assert change(faulty, "add", sender, person).json()["value"][0]["httpStatusCode"] == 200
    assert change(faulty, "add", sender, second).json()["value"][0]["httpStatusCode"] == 200
    body = {"from": sender, "message": "hello", "smsRecipients": [{"to": person}, {"to": second}, {"to": other}]}
    proxy.set(Fault.RESET_AFTER, is_transaction, times=1)
    failed = faulty.signed("POST", f"/sms?api-version={OPTOUT_API_VERSION}", body, timeout=ANSWER_WITHIN)
    assert (proxy.faulted, failed.status) == (1, 503), failed.body
    assert acs.sent_to(other) == []
    retried = faulty.signed("POST", f"/sms?api-version={OPTOUT_API_VERSION}", body, timeout=ANSWER_WITHIN)
    assert [item["httpStatusCode"] for item in retried.json()["value"]] == [403, 403, 202]
    assert len(acs.sent_to(other)) == 1
    for refused in (person, second):
        story = faulty.signed("GET", f"/sms/optouts/evidence?from={quote(sender)}&to={quote(refused)}")
        assert [event["kind"] for event in story.json()["events"]] == ["opt_out", "refused_send", "refused_send"]


@pytest.fixture
async def proxied(azurite, proxy) -> AsyncIterator[Tables]:
    """In-process tables of their own, reached through the proxy, with the fault service's storage timeout."""
    tables = Tables.from_connection_string(proxy.connection_string(azurite.connection_string),
                                           prefix=f"f{uuid.uuid4().hex[:12]}", timeout=STORAGE_TIMEOUT)
    yield tables
    await tables.close()


def seconds(delta: timedelta) -> float:
    return delta.total_seconds()


def retry_times() -> list[timedelta]:
    """When Event Grid delivers a failed event again, counted from its first delivery."""
    return list(accumulate(EVENT_GRID_RETRY_DELAYS))


@pytest.mark.parametrize("storage_timeout", [0.5, STORAGE_TIMEOUT, 5.0, DEFAULT_STORAGE_TIMEOUT_SECONDS,
                                             MAX_STORAGE_TIMEOUT_SECONDS])
def test_a_reply_claim_outlasts_a_live_delivery_and_expires_in_time_for_a_retry_within_five_minutes(storage_timeout):
    claim = reply_claim(storage_timeout)
    # Never taken from a delivery still sending: it holds the claim at most this long.
    assert claim > live_claim_worst_case(storage_timeout)
    # The claim is stamped as the transaction that stores it is built: for a first message at once, for a recipient
    # with an entry after the optimistic transaction was refused and the entry and receipt read (up to two storage
    # timeouts on a slow storage); the first delivery after it expires, with 15 s to spare for Event Grid's
    # randomness, takes the reply over.
    expires = timedelta(seconds=2 * storage_timeout) + claim
    takeover = next(moment for moment in retry_times() if moment >= expires + timedelta(seconds=15))
    # It sends within nine storage calls (brief, registry, the refused transaction, entry and receipt, review table and
    # review, entry, claim, receipt update) and one send.
    takeover_worst_case = timedelta(seconds=9 * storage_timeout + SEND_TIMEOUT_SECONDS)
    assert takeover + takeover_worst_case <= CONFIRMATION_DEADLINE


def processor_on(tables: Tables, clock: Clock, transport: HeldTransport) -> InboundSmsProcessor:
    return InboundSmsProcessor(OptOutStore(tables), ProgramStore(tables, "Contoso Alerts"), transport, clock=clock,
                               claim=reply_claim(DEFAULT_STORAGE_TIMEOUT_SECONDS))


async def one_record_per_change(tables: Tables, recipient: str) -> list[str]:
    records, _ = await OptOutStore(tables).history(SENDER, recipient, page_size=10)
    return [record["Outcome"] for record in records]


async def test_a_stop_whose_stored_transaction_lost_its_answer_is_confirmed_by_the_same_delivery(proxied, proxy):
    """Found: the STOP was in effect, but every redelivery got 500 until the claim expired, past five minutes."""
    clock, transport = Clock(), HeldTransport()
    processor = processor_on(proxied, clock, transport)
    person = recipient_number()
    await OptOutStore(proxied).check(SENDER, [person])  # the table exists before the fault
    proxy.set(Fault.RESET_AFTER, is_transaction, times=1)
    await processor.handle(sms(person, "STOP", 0))
    assert proxy.faulted == 1  # the transaction reached storage and its answer was lost
    assert len(transport.batches) == 1 and "unsubscribed" in transport.batches[0].message
    assert await OptOutStore(proxied).check(SENDER, [person]) == {person: True}
    assert await one_record_per_change(proxied, person) == ["changed"]


async def test_when_the_delivery_dies_after_storing_the_stop_the_retry_after_the_claim_confirms_within_five_minutes(
        proxied, proxy):
    clock, transport = Clock(), HeldTransport()
    processor = processor_on(proxied, clock, transport)
    person = recipient_number()
    stop = sms(person, "STOP", 0)
    await OptOutStore(proxied).check(SENDER, [person])
    transaction_seen: list[Request] = []

    def from_the_transaction_on(request: Request) -> bool:
        if is_transaction(request):
            transaction_seen.append(request)
        return bool(transaction_seen)

    # The transaction lands and its answer is lost, and so is every answer after it: the delivery cannot tell.
    proxy.set(Fault.RESET_AFTER, from_the_transaction_on)
    first_delivery = clock.now
    with pytest.raises(StorageUnavailableError):
        await processor.handle(stop)
    proxy.heal()
    assert await OptOutStore(proxied).check(SENDER, [person]) == {person: True}  # in effect at once

    confirmed_at = None
    for moment in retry_times():
        clock.now = first_delivery + moment
        try:
            await processor.handle(stop)
        except ReplyNotSentError:
            assert transport.batches == []  # the claim still holds: the first delivery might be sending
            continue
        confirmed_at = moment
        break
    assert confirmed_at is not None and confirmed_at <= CONFIRMATION_DEADLINE
    assert len(transport.batches) == 1
    await processor.handle(stop)  # Event Grid may deliver once more: nothing is sent twice
    assert len(transport.batches) == 1
    assert await one_record_per_change(proxied, person) == ["changed"]


# Streams through each fault. The fault is on when the stream starts and lifted after a number of answers have come
# back (counted, not timed); every request is retried as a client or Event Grid would, until it succeeds.
STREAM_WRITES, STREAM_KEYWORDS, ANSWERS_UNDER_FAULT, MOST_ATTEMPTS = 6, 4, 8, 12
FAULTS = [(Fault.REFUSE, every_request), (Fault.RESET_BEFORE, every_request), (Fault.RESET_AFTER, every_request),
          (Fault.RESET_AFTER, is_transaction), (Fault.HANG, every_request), (Fault.BUSY, every_request),
          (Fault.INTERNAL, every_request)]


class Stream:
    """API writes and keyword events sent concurrently, each retried until it succeeds, with what each got."""

    def __init__(self, service: HostProcess, storage: Azurite, sender: str, on_answer: Callable[[int], None]) -> None:
        self.service = service
        self.storage = storage
        self.sender = sender
        self.on_answer = on_answer
        self.answers = 0
        self.refusals: list[Response] = []  # every 503 an API caller got
        self.failed_deliveries = 0
        self._lock = threading.Lock()
        # Held while storage restarts: requests in flight meet the restart, new attempts wait until it is over.
        self.restarting = threading.Lock()

    def _send(self, request: Callable[[], Response]) -> Response:
        with self.restarting:
            pass
        return self._answered(request())

    def _answered(self, reply: Response) -> Response:
        with self._lock:
            self.answers += 1
            answers = self.answers
        self.on_answer(answers)
        return reply

    def write(self, action: str, recipient: str) -> None:
        for _ in range(MOST_ATTEMPTS):
            reply = self._send(lambda: change(self.service, action, self.sender, recipient))
            if reply.status == 200:
                assert reply.json()["value"][0]["httpStatusCode"] == 200
                return
            assert reply.status == 503, reply.body
            with self._lock:
                self.refusals.append(reply)
        raise AssertionError(f"{action} never succeeded")

    def keyword(self, event: dict) -> None:
        """Delivered again at once after an outage; after "in flight" (a delivery that died after storing the change
        holds the reply's claim), only once Event Grid's next retry time has passed. The reply must be out within
        five minutes of Event Grid time."""
        schedule, waited = iter(EVENT_GRID_RETRY_DELAYS), timedelta(0)
        for _ in range(MOST_ATTEMPTS):
            reply = self._send(lambda: keyword(self.service, event))
            if reply.status == 202:
                assert waited <= CONFIRMATION_DEADLINE
                return
            assert reply.status == 500, reply.body  # failed: Event Grid delivers it again
            with self._lock:
                self.failed_deliveries += 1
            if b"in flight" in reply.body:
                delay = next(schedule)
                let_time_pass(self.service, self.storage, self.sender, event["id"], delay)
                waited += delay
        raise AssertionError("the event was never processed")

    def run(self, writes: list[tuple[str, str]], events: list[dict]) -> None:
        with ThreadPoolExecutor(max_workers=4) as pool:
            done = [pool.submit(self.write, action, recipient) for action, recipient in writes]
            done += [pool.submit(self.keyword, event) for event in events]
            for future in done:
                future.result()


def let_time_pass(service: HostProcess, storage: Azurite, sender: str, message_id: str, delay: timedelta) -> None:
    """Event Grid's wait before its next delivery, without waiting: the reply's claim is made that much older."""
    name = service.environment["OPTOUT_TABLE_PREFIX"] + OptOutStore.TABLE
    with TableClient.from_connection_string(storage.connection_string, name) as table:
        receipt = table.get_entity(sender, receipt_row_key(message_id))
        table.update_entity({"PartitionKey": sender, "RowKey": receipt["RowKey"],
                             "ReplyClaimedAt": receipt["ReplyClaimedAt"] - delay}, mode=UpdateMode.MERGE)


def history(service: HostProcess, sender: str, recipient: str) -> list[dict]:
    reply = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(recipient)}")
    assert reply.status == 200, reply.body
    return reply.json()["value"]


def assert_done_exactly_once(service: HostProcess, acs, sender: str, writes: list[tuple[str, str]],
                             texters: list[str]) -> None:
    """Every change in effect; entries and history agree; one `changed` record per change; one record and one
    confirmation per keyword (a retried API request is a request again, recorded as `already_in_state`)."""
    wanted = {recipient: action == "add" for action, recipient in writes} | dict.fromkeys(texters, True)
    reply = service.signed("POST", f"/sms/optouts:check?api-version={OPTOUT_API_VERSION}",
                           {"from": sender, "recipients": [{"to": person} for person in wanted]})
    assert {item["to"]: item["isOptedOut"] for item in reply.json()["value"]} == wanted
    for person, opted_out in wanted.items():
        records = history(service, sender, person)
        assert records[0]["action"] == ("opt_out" if opted_out else "opt_in")  # the newest tells the entry's state
        changes = [(r["action"], r["source"]) for r in records if r["outcome"] == "changed"]
        if person in texters:
            assert [(r["action"], r["outcome"], r["source"]) for r in records] == [("opt_out", "changed", "keyword")]
            assert len(replies(acs, sender, person)) == 1
        else:
            expected = [("opt_out", "api")] if opted_out else [("opt_in", "api"), ("opt_out", "api")]
            assert changes == expected


def stream_work(sender: str) -> tuple[list[tuple[str, str]], list[str], list[dict], list[str]]:
    """Adds, and removes of numbers added before the stream; STOPs from people texting in."""
    added_before = [recipient_number() for _ in range(STREAM_WRITES // 3)]
    writes = [("add", recipient_number()) for _ in range(STREAM_WRITES - len(added_before))]
    writes += [("remove", person) for person in added_before]
    texters = [recipient_number() for _ in range(STREAM_KEYWORDS)]
    events = [sms_event(sender, person, "STOP") for person in texters]
    return writes, added_before, events, texters


@pytest.mark.parametrize(("fault", "matches"), FAULTS,
                         ids=[f"{fault.value}-{matches.__name__}" for fault, matches in FAULTS])
def test_a_stream_of_writes_and_keywords_through_a_storage_fault_completes_each_change_exactly_once(
        faulty, azurite, proxy, acs, sender, fault, matches):
    writes, added_before, events, texters = stream_work(sender)
    for person in added_before:
        assert change(faulty, "add", sender, person).status == 200

    proxy.set(fault, matches)
    stream = Stream(faulty, azurite, sender, lambda answers: proxy.heal() if answers == ANSWERS_UNDER_FAULT else None)
    stream.run(writes, events)

    assert proxy.faulted or stream.refusals or stream.failed_deliveries  # the fault was met (refused: not counted)
    assert all(refusal.headers["retry-after"] for refusal in stream.refusals)
    assert_done_exactly_once(faulty, acs, sender, writes, texters)


def test_writes_acknowledged_before_a_graceful_restart_of_storage_survive_it(azurite_on_disk, acs, sender, tmp_path):
    """Azurite stopped with SIGINT (it saves its tables) and started again mid-stream, through the proxy."""
    emulator = azurite_on_disk
    proxy = FaultProxy(emulator.port).start()
    host = start_behind(proxy, emulator, acs, tmp_path / "log")
    try:
        writes, added_before, events, texters = stream_work(sender)
        for person in added_before:
            assert change(host, "add", sender, person).status == 200

        def restart_midway(answers: int) -> None:
            if answers == STREAM_WRITES // 2:
                with stream.restarting:
                    emulator.stop()
                    emulator.start()

        stream = Stream(host, emulator, sender, restart_midway)
        stream.run(writes, events)
        assert_done_exactly_once(host, acs, sender, writes, texters)

        emulator.stop()  # and once more, now that everything was acknowledged
        emulator.start()
        assert_done_exactly_once(host, acs, sender, writes, texters)
    finally:
        stop_host(host.process)
        proxy.stop()
