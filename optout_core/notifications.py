"""Change notifications: `Optout.RecipientOptedOut` and `Optout.RecipientOptedIn` as CloudEvents 1.0, published to
an Event Grid custom topic through azure-eventgrid (docs/beyond-acs.md).

Every change writes its notification row in the same transaction as the entry (storage.py), so a notification
exists if and only if the change does. Right after the transaction it is published and its row deleted; if the
topic cannot be reached then, the row stays, and the timer-triggered drain publishes it later, with retries.
A notification can therefore arrive twice (published, then its deletion failed), never not at all; consumers
deduplicate on the event `id`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from azure.core.credentials_async import AsyncTokenCredential
from azure.core.exceptions import AzureError
from azure.core.messaging import CloudEvent
from azure.eventgrid.aio import EventGridPublisherClient

from . import telemetry
from .connections import TopicConnection, transport_options
from .numbers import mask
from .storage import OptOutStore

log = logging.getLogger(__name__)

_DRAIN_PAGE = 100
# A mark younger than this is left for the next run even when no rows are found: its writer may not have committed.
MARK_GRACE = timedelta(minutes=2)


class Publisher(Protocol):
    async def publish(self, events: list[dict[str, Any]]) -> None:
        """Publish these events (CloudEvents as dicts); raise if the topic did not take them."""

    async def close(self) -> None: ...


class EventGridTopic:
    """An Event Grid custom topic, with its access key or, without one, the app's managed identity."""

    def __init__(self, connection: TopicConnection) -> None:
        self._credential = connection.credential()
        self._client = EventGridPublisherClient(connection.endpoint, self._credential, retry_total=2,
                                                connection_timeout=10, read_timeout=30, **transport_options())

    async def publish(self, events: list[dict[str, Any]]) -> None:
        await self._client.send([CloudEvent(source=event["source"], type=event["type"], id=event["id"],
                                            subject=event["subject"], time=datetime.fromisoformat(event["time"]),
                                            data=event["data"]) for event in events])

    async def close(self) -> None:
        await self._client.close()
        if isinstance(self._credential, AsyncTokenCredential):
            await self._credential.close()


class Notifications:
    def __init__(self, publisher: Publisher) -> None:
        self._publisher = publisher
        # The minute timer and a run on demand can overlap in one process; both would publish what they both read.
        # Across instances, the Functions host runs a timer function on one instance at a time (a storage lease).
        self._draining = asyncio.Lock()

    async def publish_now(self, events: list[dict[str, Any]]) -> bool:
        """Right after a change: publish, or leave it to the drain. Never fails the change."""
        try:
            await self._publisher.publish(events)
        except (AzureError, OSError, ValueError) as exc:
            log.warning("%d notification(s) left for the drain: %s", len(events), exc)
            return False
        return True

    async def drain(self, store: OptOutStore) -> int:
        """Publish every notification still waiting; the number published. Raises if the topic or storage fails,
        so the timer's next run tries again. A drain that starts while another runs waits for it, then takes
        whatever is left."""
        async with self._draining:
            return await self._drain(store)

    async def _drain(self, store: OptOutStore) -> int:
        published = found = 0
        try:
            for marker in await store.pending_senders():
                sender_key = marker["RowKey"]
                while rows := await store.notifications(sender_key, _DRAIN_PAGE):
                    found += len(rows)
                    await self._publisher.publish([json.loads(row["Event"]) for row in rows])
                    await store.delete_notifications(sender_key, [row["RowKey"] for row in rows])
                    published += len(rows)
                if datetime.now(UTC) - marker["MarkedAt"] < MARK_GRACE:
                    continue  # a writer may still be committing the rows this mark announces: look again next run
                if not await store.clear_pending(marker):
                    log.info("new notifications for %s arrived while draining; the next run takes them",
                             mask(sender_key))
        finally:
            # Recorded even when publishing fails: a drain that keeps finding rows is an outbox that is not draining.
            telemetry.outbox_depth(found)
        if published:
            log.info("drain published %d notification(s)", published)
        return published

    async def close(self) -> None:
        await self._publisher.close()
