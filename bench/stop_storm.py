"""A STOP storm: N keyword events for one sender, delivered as Event Grid delivers them, until every opt-out is
stored and every confirmation sent.

    .venv/bin/python -m bench.stop_storm --events 1000
    .venv/bin/python -m bench.stop_storm --events 10000            # the long run (several minutes)

On one Azurite, through the dev host's Event Grid webhook, with the ACS stand-in (tests/acs_standin.py) answering:
N SMSReceived events, each a STOP (in several wordings) from a different recipient to the same sender, all ready at
the start (a campaign's recipients answering at once), delivered in batches of up to BATCH events per POST
(Event Grid's `maxEventsPerBatch`: 1 as the templates deploy it, at most 5,000), CONCURRENCY POSTs in flight. A POST
that is not answered 202 is delivered again, as Event Grid would (at once here, not after its 10 s wait), and counted.

It reports the time until every confirmation reached the stand-in (each opt-out is stored before its confirmation
is sent, and the list is counted afterwards to prove it), events per second over that time, and the slowest event's
delay: from the start of its first delivery to its confirmation. Alongside, the equal-work floor of
bench/event_throughput.py over the same number of events with as many in flight (CONCURRENCY times BATCH).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from itertools import count

import aiohttp
from azure.data.tables.aio import TableClient

from bench.event_throughput import KEY, SENDER, WEBHOOK, equal_work_event, sms_event
from bench.harness import Line, report, service
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.storage import OptOutStore

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from acs_standin import AcsStandIn

WORDINGS = ["STOP", "Stop", "stop please", "UNSUBSCRIBE", "STOP!"]


async def deliver(session: aiohttp.ClientSession, url: str, events: list[dict], redeliveries: count) -> None:
    while True:
        async with session.post(url, data=json.dumps(events), headers={"aeg-event-type": "Notification"}) as reply:
            if reply.status == 202:
                return
        next(redeliveries)


async def storm(azurite: Azurite, acs: AcsStandIn, base_url: str, prefix: str, events: int, batch: int,
                concurrency: int) -> dict:
    payloads = [sms_event(WORDINGS[n % len(WORDINGS)]) for n in range(events)]
    recipients = {"+" + event["data"]["from"] for event in payloads}
    batches = [payloads[first:first + batch] for first in range(0, events, batch)]
    first_delivery: dict[str, float] = {}
    redeliveries = count()
    slots = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        await deliver(session, base_url + WEBHOOK, [sms_event("HELP")], redeliveries)  # warm up clients and tables
        acs.sent.clear()

        async def one(events_of_batch: list[dict]) -> None:
            async with slots:
                started = time.perf_counter()
                for event in events_of_batch:
                    first_delivery["+" + event["data"]["from"]] = started
                await deliver(session, base_url + WEBHOOK, events_of_batch, redeliveries)

        started = time.perf_counter()
        await asyncio.gather(*(one(events_of_batch) for events_of_batch in batches))
    confirmed = {sms.to: sms.received for sms in acs.sent if sms.to in recipients}
    if len(confirmed) != events or len(acs.sent) != events:
        raise RuntimeError(f"{len(acs.sent)} confirmations for {events} STOPs ({len(confirmed)} recipients)")
    stored = await count_opted_out(azurite, prefix)
    if stored != events:
        raise RuntimeError(f"{stored} opt-outs stored for {events} STOPs")
    elapsed = max(confirmed.values()) - started
    slowest = max(confirmed[to] - first_delivery[to] for to in recipients)
    return {"events": events, "batch": batch, "concurrency": concurrency, "seconds": round(elapsed, 2),
            "events_per_s": round(events / elapsed, 1), "slowest_delay_s": round(slowest, 2),
            "redeliveries": next(redeliveries)}


async def count_opted_out(azurite: Azurite, prefix: str) -> int:
    async with TableClient.from_connection_string(azurite.connection_string, f"{prefix}{OptOutStore.TABLE}") as table:
        rows = table.query_entities("PartitionKey eq @sender and OptedOut eq true", parameters={"sender": SENDER},
                                    select=["RowKey"])
        return len([row async for row in rows])


async def floor(azurite: Azurite, prefix: str, events: int, concurrency: int) -> float:
    """The equal-work floor for as many events, with raw calls, `concurrency` at a time: events per second."""
    slots = asyncio.Semaphore(concurrency)

    async def one(text: str) -> None:
        async with slots:
            await equal_work_event(table, text)

    async with TableClient.from_connection_string(azurite.connection_string, f"{prefix}StormFloor") as table:
        await table.create_table()
        started = time.perf_counter()
        await asyncio.gather(*(one(WORDINGS[n % len(WORDINGS)]) for n in range(events)))
        return events / (time.perf_counter() - started)


def run(events: int, batch: int, concurrency: int) -> list[dict]:
    acs = AcsStandIn().start()
    try:
        with service(KEY, acs.connection_string) as (azurite, base_url, prefix):
            row = asyncio.run(storm(azurite, acs, base_url, prefix, events, batch, concurrency))
            # As many events in flight as the storm had: its POSTs times their events.
            row["equal_work_per_s"] = round(asyncio.run(floor(azurite, prefix, events, concurrency * batch)), 1)
            row["ratio"] = round(row["events_per_s"] / row["equal_work_per_s"], 3)
    finally:
        acs.stop()
    print(json.dumps(row), flush=True)
    return [row]


def summary(rows: list[dict]) -> list[Line]:
    lines = []
    for row in rows:
        name = f"STOP storm, {row['events']:,} events, {row['batch']} per POST"
        lines += [Line(name, "events/s vs equal-work floor", row["events_per_s"], row["equal_work_per_s"], ">= 0.8"),
                  Line(name, "slowest event's delay (s)", row["slowest_delay_s"]),
                  Line(name, "all stored and confirmed (s)", row["seconds"])]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1000, help="STOPs in the storm (default 1000)")
    parser.add_argument("--batch", type=int, default=1, help="events per POST (default 1, as deployed; max 5000)")
    parser.add_argument("--concurrency", type=int, default=16, help="POSTs in flight (default 16)")
    args = parser.parse_args()
    rows = run(args.events, args.batch, args.concurrency)
    report("stop_storm", rows, {"events": "events", "batch": "per POST", "concurrency": "in flight",
                                "seconds": "seconds", "events_per_s": "events/s", "equal_work_per_s": "floor/s",
                                "ratio": "ratio", "slowest_delay_s": "slowest s", "redeliveries": "redelivered"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
