"""Without an ACS connection string, replies go to the local outbox; with storage down, a keyword fails loudly
(so the Functions host answers 500 and Event Grid delivers again). In process, no dev host."""

import json
import uuid
from datetime import UTC, datetime

import pytest

from conftest import PRIMARY_KEY
from optout_core.connections import StorageConnection
from optout_core.devhost.azurite import free_port, table_connection_string
from optout_core.events import SMS_RECEIVED, EventEnvelope
from optout_core.inbound import InboundSmsProcessor
from optout_core.keywords import Intent
from optout_core.messaging import OutboxTransport
from optout_core.programs import DEFAULT_REPLIES, ProgramStore
from optout_core.services import Services
from optout_core.settings import Settings
from optout_core.storage import OptOutStore, StorageUnavailableError, Tables

SENDER = "+18005550199"
RECEIVED = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)


def sms_received(recipient: str, text: str, message_id: str | None = None, sender: str = SENDER) -> EventEnvelope:
    message_id = message_id or f"Incoming_{uuid.uuid4()}"
    return EventEnvelope(id=message_id, type=SMS_RECEIVED, time=RECEIVED,
                         data={"messageId": message_id, "from": recipient, "to": sender, "message": text,
                               "receivedTimestamp": RECEIVED.isoformat()})


def outbox_lines(folder) -> list[dict]:
    path = folder / "outbox.ndjson"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
async def local(azurite, tmp_path):
    """Services as `Settings` builds them without COMMUNICATION_SERVICES_CONNECTION_STRING, and a store reading
    the same tables."""
    prefix = f"ob{uuid.uuid4().hex[:12]}"
    services = Services.from_settings(Settings(
        storage=StorageConnection(connection_string=azurite.connection_string), table_prefix=prefix,
        access_keys=(PRIMARY_KEY,), outbox_dir=tmp_path, default_program_name="Contoso Alerts"))
    reader = Tables.from_connection_string(azurite.connection_string, prefix)
    yield services, OptOutStore(reader)
    await reader.close()
    await services.close()


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


async def test_without_acs_the_confirmation_goes_to_the_outbox_once(local, tmp_path, recipient):
    services, store = local
    assert isinstance(services.inbound_sms._transport, OutboxTransport)
    stop = sms_received(recipient, "STOP")

    assert await services.inbound_sms.handle(stop) is None
    [line] = outbox_lines(tmp_path)
    assert line["from"] == SENDER and line["to"] == recipient
    assert line["message"] == DEFAULT_REPLIES["en"][Intent.OPT_OUT].format(program="Contoso Alerts", contact="")
    assert line["messageId"].startswith("outbox-")
    assert await store.check(SENDER, [recipient]) == {recipient: True}

    for _ in range(2):
        assert await services.inbound_sms.handle(stop) is None  # a redelivery
    assert len(outbox_lines(tmp_path)) == 1
    assert await store.check(SENDER, [recipient]) == {recipient: True}


async def test_the_outbox_keeps_every_reply_in_order(local, tmp_path, recipient):
    services, store = local
    await services.inbound_sms.handle(sms_received(recipient, "HELP"))
    await services.inbound_sms.handle(sms_received(recipient, "ARRÊT"))
    await services.inbound_sms.handle(sms_received(recipient, "hello there"))  # no keyword, no reply
    help_line, stop_line = outbox_lines(tmp_path)
    assert "Reply STOP to opt out" in help_line["message"]
    assert "désabonné" in stop_line["message"]  # one JSON line each, not ASCII-escaped
    assert "désabonné" in (tmp_path / "outbox.ndjson").read_text(encoding="utf-8")
    assert await store.check(SENDER, [recipient]) == {recipient: True}


@pytest.fixture
async def unreachable(tmp_path):
    """A processor whose storage is a closed port, failing at once rather than after retries."""
    tables = Tables.from_connection_string(table_connection_string(free_port()), "down", retry_total=0,
                                           connection_timeout=2)
    processor = InboundSmsProcessor(OptOutStore(tables), ProgramStore(tables, "Contoso Alerts"),
                                    OutboxTransport(tmp_path))
    yield processor
    await tables.close()


@pytest.mark.parametrize("text", ["STOP", "START", "HELP"])
async def test_with_storage_down_a_keyword_raises_so_event_grid_retries(unreachable, tmp_path, recipient, text):
    with pytest.raises(StorageUnavailableError):
        await unreachable.handle(sms_received(recipient, text))
    assert outbox_lines(tmp_path) == []  # no reply for a change that was not stored


@pytest.mark.parametrize("data", [
    "STOP",
    {"messageId": "m1", "from": "+14255550100", "message": "STOP", "receivedTimestamp": RECEIVED.isoformat()},
    {"messageId": "m2", "from": "not-a-number", "to": SENDER, "message": "STOP"},
    {"messageId": "m3", "from": "+14255550100", "to": SENDER, "message": {"text": "STOP"}},
], ids=["data not an object", "no to", "from not a number", "message not text"])
async def test_with_storage_down_a_malformed_event_is_still_acknowledged(unreachable, tmp_path, data):
    # Storage is unreachable: any attempt to use it would raise, so returning None shows it was not touched.
    assert await unreachable.handle(EventEnvelope(id="bad", type=SMS_RECEIVED, data=data, time=RECEIVED)) is None
    assert outbox_lines(tmp_path) == []


async def test_with_storage_down_other_event_types_are_acknowledged(unreachable, recipient):
    event = sms_received(recipient, "STOP")
    other = EventEnvelope(id=event.id, type="Microsoft.Communication.SMSDeliveryReportReceived", data=event.data,
                          time=event.time)
    assert await unreachable.handle(other) is None
