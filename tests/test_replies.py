"""The reply's life after the opt-out is stored: in flight, taken over after the lease, or dropped when untrue.
In process, on a real Azurite, with a clock the test moves and a transport the test holds."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from optout_core.events import SMS_RECEIVED, EventEnvelope
from optout_core.inbound import InboundSmsProcessor, ReplyNotSentError, reply_claim
from optout_core.messaging import OutboundBatch, RecipientResult, TransportError
from optout_core.programs import ProgramStore
from optout_core.storage import DEFAULT_STORAGE_TIMEOUT_SECONDS, OptOutStore, receipt_row_key

SENDER = "+18005550100"
T0 = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)


class HeldTransport:
    """Records every batch; a send can be held until released, or fail as told."""

    def __init__(self) -> None:
        self.batches: list[OutboundBatch] = []
        self.entered = asyncio.Event()
        self.release = asyncio.Event()
        self.release.set()
        self.failures: list[Exception] = []

    async def send(self, batch: OutboundBatch) -> list[RecipientResult]:
        self.batches.append(batch)
        self.entered.set()
        await self.release.wait()
        if self.failures:
            raise self.failures.pop(0)
        return [RecipientResult(to=r.to, http_status_code=202, successful=True, message_id=f"m-{uuid.uuid4()}")
                for r in batch.recipients]

    async def close(self) -> None:
        return None


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def parts(tables):
    transport, clock = HeldTransport(), Clock()
    store = OptOutStore(tables)
    processor = InboundSmsProcessor(store, ProgramStore(tables, "Contoso Alerts"), transport, clock=clock)
    return processor, transport, clock, store


def sms(recipient: str, text: str, seconds: float, message_id: str | None = None) -> EventEnvelope:
    message_id = message_id or f"Incoming_{uuid.uuid4()}"
    moment = (T0 + timedelta(seconds=seconds)).isoformat()
    return EventEnvelope(id=message_id, type=SMS_RECEIVED, data={
        "messageId": message_id, "from": recipient, "to": SENDER, "message": text, "receivedTimestamp": moment})


async def receipt(tables, message_id: str):
    table = await tables.get(OptOutStore.TABLE)
    return await table.get_entity(SENDER, receipt_row_key(message_id))


async def test_a_delivery_that_finds_the_reply_in_flight_asks_to_come_again(parts):
    processor, transport, _, _ = parts
    transport.release.clear()
    stop = sms("+14255550301", "STOP", 0)
    first = asyncio.create_task(processor.handle(stop))
    await transport.entered.wait()
    with pytest.raises(ReplyNotSentError, match="in flight"):
        await processor.handle(stop)
    transport.release.set()
    await first
    assert len(transport.batches) == 1


async def test_after_the_lease_a_redelivery_takes_over_with_the_same_repeatability_id(parts, tables):
    processor, transport, clock, _ = parts
    transport.failures.append(RuntimeError("the worker died mid-send"))
    stop = sms("+14255550302", "STOP", 0)
    with pytest.raises(RuntimeError):
        await processor.handle(stop)
    assert (await receipt(tables, stop.id))["ReplyStatus"] == "sending"

    clock.now += reply_claim(DEFAULT_STORAGE_TIMEOUT_SECONDS) - timedelta(seconds=1)
    with pytest.raises(ReplyNotSentError):
        await processor.handle(stop)  # still within the claim: not taken over
    clock.now += timedelta(seconds=2)
    await processor.handle(stop)
    first, second = transport.batches[0].recipients[0], transport.batches[-1].recipients[0]
    assert len(transport.batches) == 2
    assert (second.repeatability_request_id, second.repeatability_first_sent) == (
        first.repeatability_request_id, first.repeatability_first_sent)
    assert (await receipt(tables, stop.id))["ReplyStatus"] == "sent"


async def test_a_pending_confirmation_is_dropped_once_a_later_change_has_won(parts, tables):
    processor, transport, _, store = parts
    person = "+14255550303"
    stop = sms(person, "STOP", 0)
    transport.failures.append(TransportError("ACS unreachable"))
    with pytest.raises(ReplyNotSentError):
        await processor.handle(stop)  # opted out; the confirmation is pending
    await processor.handle(sms(person, "START", 60))  # opted back in, and told so
    await processor.handle(stop)  # the redelivery must not now say "You are unsubscribed"
    texts = [batch.message for batch in transport.batches]
    assert len(texts) == 2 and "subscribed again" in texts[1]
    assert (await receipt(tables, stop.id))["ReplyStatus"] == "superseded"
    assert await store.check(SENDER, [person]) == {person: False}


async def test_a_pending_help_answer_is_always_sent(parts, tables):
    processor, transport, _, _ = parts
    person = "+14255550304"
    ask = sms(person, "HELP", 0)
    transport.failures.append(TransportError("ACS unreachable"))
    with pytest.raises(ReplyNotSentError):
        await processor.handle(ask)
    await processor.handle(sms(person, "STOP", 30))
    await processor.handle(ask)
    assert [("Reply STOP" in b.message, "unsubscribed" in b.message) for b in transport.batches] == [
        (True, False), (False, True), (True, False)]
