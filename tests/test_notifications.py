"""Change notifications to an Event Grid topic (a stand-in the tests run): published with the change, or later by
the drain when the topic was down; duplicates possible, losses not."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from azure.core.pipeline.transport import AioHttpTransport
from azure.data.tables import TableClient

from conftest import service_environment, start_host, stop_host
from optout_core.devhost.azurite import PROJECT_ROOT
from optout_core.notifications import Notifications
from optout_core.numbers import parse_recipient
from optout_core.storage import Change, OptOutStore, Source, Tables
from test_inbound_sms import sms_event
from topic_standin import TOPIC_KEY, TopicStandIn

API = "api-version=2026-01-23"


@pytest.fixture(scope="module")
def topic():
    stand_in = TopicStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def notifying(azurite, acs, topic, tmp_path_factory):
    """A service announcing to the topic stand-in. Its drain runs only when a test runs it: on its minute schedule it
    could publish a notification at the same moment as the change that wrote it, a duplicate the design allows
    (consumers deduplicate on the event id) but that would make these tests' counts depend on the clock."""
    settings = service_environment(azurite, acs, OPTOUT_EVENTGRID_TOPIC_ENDPOINT=topic.endpoint,
                                   OPTOUT_EVENTGRID_TOPIC_KEY=TOPIC_KEY,
                                   **{"AzureWebJobs.NotificationsDrain.Disabled": "true"})
    host = start_host(PROJECT_ROOT, settings, tmp_path_factory.mktemp("notifying") / "devhost.log")
    yield host
    stop_host(host.process)


@pytest.fixture
def recipient() -> str:
    return f"+1425{uuid.uuid4().int % 10**7:07d}"


def change(host, action: str, sender: str, *recipients: str) -> None:
    reply = host.signed("POST", f"/sms/optouts:{action}?{API}",
                        {"from": sender, "recipients": [{"to": to} for to in recipients]})
    assert reply.status == 200 and all(item["httpStatusCode"] == 200 for item in reply.json()["value"])


def drain(host) -> int:
    return host.request("POST", "/admin/functions/NotificationsDrain").status


def test_every_change_is_announced_and_repeats_are_not(notifying, topic, sender, recipient):
    change(notifying, "add", sender, recipient)
    change(notifying, "add", sender, recipient)  # already opted out: nothing changed, nothing to announce
    change(notifying, "remove", sender, recipient)
    events = topic.events_for(recipient)
    assert [event["type"] for event in events] == ["Optout.RecipientOptedOut", "Optout.RecipientOptedIn"]
    first = events[0]
    assert first["specversion"] == "1.0" and first["source"] == f"/optout/senders/{sender}"
    assert first["data"]["from"] == sender and first["data"]["to"] == recipient
    assert first["data"]["source"] == "api" and first["data"]["evidence"] == {"key": "primary"}
    assert len({event["id"] for event in events}) == 2


def test_a_keyword_opt_out_is_announced_with_its_evidence(notifying, topic, sender, recipient):
    event = sms_event(sender, recipient, "STOP")
    notifying.request("POST", "/runtime/webhooks/EventGrid?functionName=SmsReceived", [event],
                      {"aeg-event-type": "Notification"})
    [announced] = topic.events_for(recipient)
    assert announced["data"]["source"] == "keyword"
    assert announced["data"]["evidence"]["messageId"] == event["data"]["messageId"]


def test_a_notification_the_topic_could_not_take_is_delivered_by_the_drain(notifying, topic, sender, recipient):
    topic.refuse_next(100)
    change(notifying, "add", sender, recipient)  # the change itself must not suffer
    assert topic.events_for(recipient) == []
    assert drain(notifying) == 500  # the topic is still down: the timer fails, and tries again next minute
    topic.refuse_next(0)
    assert drain(notifying) == 202
    [announced] = topic.events_for(recipient)
    assert announced["type"] == "Optout.RecipientOptedOut"
    assert drain(notifying) == 202
    assert len(topic.events_for(recipient)) == 1  # delivered once: the drain deleted what it published


def test_imports_are_announced_too(notifying, topic, sender):
    people = [f"+1425{uuid.uuid4().int % 10**7:07d}" for _ in range(3)]
    reply = notifying.signed("POST", "/sms/optouts:import", {"rows": [
        {"line": line, "from": sender, "to": person} for line, person in enumerate(people, start=2)]})
    assert reply.json()["imported"] == 3
    assert [len(topic.events_for(person)) for person in people] == [1, 1, 1]
    assert {topic.events_for(person)[0]["data"]["source"] for person in people} == {"import"}


def test_an_import_while_the_topic_is_down_is_announced_by_the_drain(notifying, topic, sender):
    people = [f"+1425{uuid.uuid4().int % 10**7:07d}" for _ in range(2)]
    topic.refuse_next(100)
    reply = notifying.signed("POST", "/sms/optouts:import", {"rows": [
        {"line": line, "from": sender, "to": person} for line, person in enumerate(people, start=2)]})
    assert reply.json()["imported"] == 2 and all(topic.events_for(person) == [] for person in people)
    topic.refuse_next(0)
    assert drain(notifying) == 202
    assert [len(topic.events_for(person)) for person in people] == [1, 1]


def test_the_drain_can_be_run_on_demand_like_core_tools(notifying, topic):
    assert drain(notifying) == 202
    ids = [event["id"] for event in topic.events]
    assert len(ids) == len(set(ids))  # with no failure in between, nothing published was left to publish again
    assert notifying.request("POST", "/admin/functions/NoSuchFunction").status == 404
    assert "NotificationsDrain: timerTrigger '0 */1 * * * *' (disabled: on demand only)" in notifying.log()


def test_without_a_topic_nothing_is_stored_for_notifications(service, azurite, sender, recipient):
    change(service, "add", sender, recipient)
    name = service.environment["OPTOUT_TABLE_PREFIX"] + "OptOuts"
    with TableClient.from_connection_string(azurite.connection_string, name) as table:
        rows = [row["RowKey"] for row in table.query_entities("PartitionKey eq @p", parameters={"p": sender})]
    assert recipient in rows and not any(key.startswith("n:") for key in rows)


class FakeTopic:
    """An in-process publisher that records events and can be down."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.down = False

    async def publish(self, events: list[dict]) -> None:
        if self.down:
            raise OSError("topic unreachable")
        self.events.extend(events)

    async def close(self) -> None:
        return None


class DrainingTransport(AioHttpTransport):
    """Runs a drain in the instant between a writer's pending mark and its transaction."""

    def __init__(self, drain) -> None:
        super().__init__()
        self.drain = drain
        self.drained = False

    async def send(self, request, **kwargs):
        if request.url.endswith("/$batch") and not self.drained:
            self.drained = True
            await self.drain()
        return await super().send(request, **kwargs)


@pytest.mark.parametrize("mark_age", [timedelta(0), timedelta(minutes=10)], ids=["fresh mark", "old mark"])
async def test_a_drain_between_mark_and_commit_cannot_orphan_a_notification(azurite, tables, mark_age):
    topic = FakeTopic()
    notifications = Notifications(topic)
    drainer = OptOutStore(tables)

    async def drain_with_an_old_clock():
        if mark_age:  # as if the mark had been set long ago: the grace period does not protect it
            for marker in await drainer.pending_senders():
                marker["MarkedAt"] = datetime.now(UTC) - mark_age
                await (await tables.get(OptOutStore.PENDING_TABLE)).update_entity(marker)
        await notifications.drain(drainer)

    transport = DrainingTransport(drain_with_an_old_clock)
    writer_tables = Tables.from_connection_string(azurite.connection_string, prefix=tables._prefix, transport=transport)
    try:
        writer = OptOutStore(writer_tables, notify=notifications.publish_now)
        topic.down = True
        person = parse_recipient("+14255550601")
        await writer.apply("+18005550100", [person], Change(opted_out=True, source=Source.API,
                                                             at=datetime.now(UTC)))
    finally:
        await writer_tables.close()
    assert transport.drained and topic.events == []
    topic.down = False
    assert await notifications.drain(drainer) == 1
    assert [event["subject"] for event in topic.events] == ["+14255550601"]
    assert await notifications.drain(drainer) == 0


async def test_a_mark_set_again_after_the_drain_read_it_is_not_cleared(tables):
    topic = FakeTopic()
    topic.down = True
    writer = OptOutStore(tables, notify=Notifications(topic).publish_now)
    now = datetime.now(UTC)
    await writer.apply("+18005550100", [parse_recipient("+14255550602")], Change(True, Source.API, now))
    [seen] = await writer.pending_senders()
    await writer.apply("+18005550100", [parse_recipient("+14255550603")], Change(True, Source.API, now))
    assert await writer.clear_pending(seen) is False
    assert [marker["RowKey"] for marker in await writer.pending_senders()] == ["+18005550100"]


async def test_drains_that_overlap_publish_each_waiting_notification_once(tables):
    """The minute timer and a drain run on demand can meet in one process: the second waits for the first."""
    topic = FakeTopic()
    notifications = Notifications(topic)
    store = OptOutStore(tables, notify=notifications.publish_now)
    topic.down = True
    await store.apply("+18005550100", [parse_recipient("+14255550604")], Change(True, Source.API, datetime.now(UTC)))
    topic.down = False
    assert sorted(await asyncio.gather(notifications.drain(store), notifications.drain(store))) == [0, 1]
    assert [event["subject"] for event in topic.events] == ["+14255550604"]
