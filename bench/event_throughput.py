"""Inbound SMS events per second through the Event Grid webhook, beside the raw floor measured in the same run.

    .venv/bin/python -m bench.event_throughput [--seconds 10] [--clients 4]

On one Azurite, with the ACS stand-in (tests/acs_standin.py) answering the replies:
- floor: CLIENTS concurrent workers doing single-entity Table writes (`create_entity`), the least any event that
  changes the list must cost;
- events: CLIENTS concurrent webhook deliveries of SMSReceived events, one event or a batch of 10 per POST,
  alternating STOP and START for fresh recipients, so every event changes the list and sends a confirmation.
The ratio events/s over floor writes/s is the result; docs/performance.md explains what each event costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import uuid
from datetime import UTC, datetime
from itertools import count

import aiohttp
from azure.data.tables.aio import TableClient

from bench.harness import report, run_for, service
from optout_core.auth import AccessKey
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from acs_standin import AcsStandIn

SENDER = "+18005550100"
KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
WEBHOOK = "/runtime/webhooks/EventGrid?functionName=SmsReceived"
_numbers = count(1)


def sms_event(text: str) -> dict:
    """A fresh recipient each time, so each event changes the list (and so is answered)."""
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    message_id = f"Incoming_{uuid.uuid4()}"
    return {"id": message_id, "topic": "bench", "subject": "/phonenumber/18005550100",
            "eventType": "Microsoft.Communication.SMSReceived", "eventTime": now, "dataVersion": "1.0",
            "data": {"messageId": message_id, "from": f"1425{next(_numbers):07d}", "to": SENDER.lstrip("+"),
                     "message": text, "receivedTimestamp": now, "segmentCount": 1}}


async def floor_rate(table: TableClient, seconds: float, clients: int) -> float:
    async def one_round(rng: random.Random) -> int:
        await table.create_entity({"PartitionKey": SENDER, "RowKey": f"+1425{next(_numbers):07d}", "OptedOut": True,
                                   "Source": "bench", "ChangedAt": datetime.now(UTC)})
        return 1

    return await run_for(seconds, clients, one_round)


async def event_rate(session: aiohttp.ClientSession, base_url: str, seconds: float, clients: int,
                     per_post: int) -> float:
    async def one_round(rng: random.Random) -> int:
        events = [sms_event(rng.choice(["STOP", "stop please", "ARRÊT", "HELP"])) for _ in range(per_post)]
        async with session.post(base_url + WEBHOOK, data=json.dumps(events),
                                headers={"aeg-event-type": "Notification"}) as reply:
            if reply.status != 202:
                raise RuntimeError(f"webhook answered {reply.status}: {await reply.text()}")
        return per_post

    return await run_for(seconds, clients, one_round)


async def measure(azurite: Azurite, base_url: str, prefix: str, seconds: float, clients: int) -> list[dict]:
    table = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor")
    await table.create_table()
    rows = []
    try:
        async with aiohttp.ClientSession() as session:
            await event_rate(session, base_url, 1, 1, 1)  # warm up the service's clients and tables
            for per_post in (1, 10):
                floor_before = await floor_rate(table, seconds, clients)
                events = await event_rate(session, base_url, seconds, clients, per_post)
                floor_after = await floor_rate(table, seconds, clients)
                floor = (floor_before + floor_after) / 2
                rows.append({"events_per_post": per_post, "clients": clients, "floor_writes_per_s": round(floor),
                             "events_per_s": round(events, 1), "ratio": round(events / floor, 3)})
                print(json.dumps(rows[-1]), flush=True)
    finally:
        await table.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each run (default 10)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent deliveries (default 4)")
    args = parser.parse_args()
    acs = AcsStandIn().start()
    try:
        with service(KEY, acs.connection_string) as (azurite, base_url, prefix):
            rows = asyncio.run(measure(azurite, base_url, prefix, args.seconds, args.clients))
    finally:
        acs.stop()
    print(f"\nreplies sent by the ACS stand-in: {len(acs.sent)}")
    report("event_throughput", rows, {"events_per_post": "per POST", "floor_writes_per_s": "floor w/s",
                                      "events_per_s": "events/s", "ratio": "ratio"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
