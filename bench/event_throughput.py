"""Inbound SMS events per second through the Event Grid webhook, beside two floors measured in the same run.

    .venv/bin/python -m bench.event_throughput [--seconds 10] [--clients 4]

On one Azurite, with the ACS stand-in (tests/acs_standin.py) answering the replies:
- equal-work floor: CLIENTS concurrent workers doing, with raw azure-data-tables calls, exactly the storage work the
  design needs for each event: one entity-group transaction (a new entry, its history record and the message's
  receipt; a HELP only the receipt) and one merge of the receipt (the reply's status), for the same mix of keywords;
  measured twice, with the SDK's default client options and with the app's (`connections.transport_options`: no
  proxy look-up in a thread before each request), so that what the option saves is not taken for less overhead;
- one-write floor: single-entity `create_entity` writes, the least any event that changes the list could cost;
- events: CLIENTS concurrent webhook deliveries of SMSReceived events, one event or a batch of 10 per POST,
  STOP, "stop please", ARRÊT and HELP from fresh recipients, so every event changes the list or asks for help and
  is answered.
The ratio events/s over the equal-work floor is our overhead (target >= 0.8); over one write, what the design costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial
from itertools import count

import aiohttp
from azure.data.tables import UpdateMode
from azure.data.tables.aio import TableClient

from bench.harness import Line, report, run_for, service
from optout_core.auth import AccessKey
from optout_core.connections import transport_options
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.numbers import Recipient
from optout_core.storage import Change, Outcome, Receipt, Source, _history_record, new_entry

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from acs_standin import AcsStandIn

SENDER = "+18005550100"
KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
WEBHOOK = "/runtime/webhooks/EventGrid?functionName=SmsReceived"
TEXTS = ["STOP", "stop please", "ARRÊT", "HELP"]
_numbers = count(1)
# Runs compared with each other take turns in slices this long (`interleaved`).
SLICE_SECONDS = 2.0


def sms_event(text: str) -> dict:
    """A fresh recipient each time, so each event changes the list (and so is answered)."""
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    message_id = f"Incoming_{uuid.uuid4()}"
    return {"id": message_id, "topic": "bench", "subject": "/phonenumber/18005550100",
            "eventType": "Microsoft.Communication.SMSReceived", "eventTime": now, "dataVersion": "1.0",
            "data": {"messageId": message_id, "from": f"1425{next(_numbers):07d}", "to": SENDER.lstrip("+"),
                     "message": text, "receivedTimestamp": now, "segmentCount": 1}}


def keyword(rng: random.Random) -> str:
    return rng.choice(TEXTS)


async def one_write_rate(table: TableClient, seconds: float, clients: int) -> float:
    async def one_round(rng: random.Random) -> int:
        await table.create_entity({"PartitionKey": SENDER, "RowKey": f"+1425{next(_numbers):07d}", "OptedOut": True,
                                   "Source": "bench", "ChangedAt": datetime.now(UTC)})
        return 1

    return await run_for(seconds, clients, one_round)


def event_rows(text: str) -> list[dict]:
    """The rows the service writes for a keyword from a fresh recipient, in its one transaction: entry, history
    record and receipt for an opt-out, the receipt alone for a HELP."""
    now = datetime.now(UTC)
    person = Recipient(f"+1425{next(_numbers):07d}", "US")
    message_id = f"Incoming_{uuid.uuid4()}"
    receipt = Receipt(message_id, lambda _: {
        "Recipient": person.e164, "ReceivedAt": now, "Intent": "help" if text == "HELP" else "opt_out",
        "Rule": "bench", "Keyword": text, "Language": "en", "ReplyStatus": "sending", "ReplyText": "x" * 120,
        "ReplyLanguage": "en", "ReplyClaimedAt": now, "ReplyRepeatabilityId": str(uuid.uuid4()),
        "ReplyFirstSent": now.isoformat(), "ReviewReason": "", "WrittenBy": uuid.uuid4().hex})
    if text == "HELP":
        return [receipt.entity(SENDER, None)]
    change = Change(opted_out=True, source=Source.KEYWORD, at=now, evidence={
        "messageId": message_id, "rule": "bench", "keyword": text, "language": "en", "text": text})
    return [new_entry(SENDER, person, change), _history_record(SENDER, person, change, Outcome.CHANGED),
            receipt.entity(SENDER, Outcome.CHANGED)]


async def equal_work_event(table: TableClient, text: str) -> None:
    """One event's storage work as the design needs it, with raw calls: the transaction, then the receipt's merge."""
    rows = event_rows(text)
    await table.submit_transaction([("create", row) for row in rows])
    await table.update_entity({"PartitionKey": SENDER, "RowKey": rows[-1]["RowKey"], "ReplyStatus": "sent",
                               "ReplyMessageId": str(uuid.uuid4())}, mode=UpdateMode.MERGE)


async def equal_work_rate(table: TableClient, seconds: float, *, clients: int, per_post: int) -> float:
    async def one_round(rng: random.Random) -> int:
        await asyncio.gather(*(equal_work_event(table, keyword(rng)) for _ in range(per_post)))
        return per_post

    return await run_for(seconds, clients, one_round)


async def event_rate(session: aiohttp.ClientSession, base_url: str, seconds: float, *, clients: int,
                     per_post: int) -> float:
    async def one_round(rng: random.Random) -> int:
        events = [sms_event(keyword(rng)) for _ in range(per_post)]
        async with session.post(base_url + WEBHOOK, data=json.dumps(events),
                                headers={"aeg-event-type": "Notification"}) as reply:
            if reply.status != 202:
                raise RuntimeError(f"webhook answered {reply.status}: {await reply.text()}")
        return per_post

    return await run_for(seconds, clients, one_round)


async def measure(azurite: Azurite, base_url: str, prefix: str, seconds: float, clients: int) -> list[dict]:
    default = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor")
    same_options = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor",
                                                      **transport_options())
    await default.create_table()
    rows = []
    try:
        async with aiohttp.ClientSession() as session:
            await event_rate(session, base_url, 1, clients=1, per_post=1)  # warm up the service's clients and tables
            for per_post in (1, 10):
                runs: dict[str, Callable[[float], Awaitable[float]]] = {
                    "floor": partial(equal_work_rate, default, clients=clients, per_post=per_post),
                    "floor_same": partial(equal_work_rate, same_options, clients=clients, per_post=per_post),
                    "events": partial(event_rate, session, base_url, clients=clients, per_post=per_post)}
                rates = await interleaved(runs, seconds)
                one_write = await one_write_rate(default, seconds, clients)
                events, floor, floor_same = rates["events"], rates["floor"], rates["floor_same"]
                rows.append({"events_per_post": per_post, "clients": clients, "equal_work_per_s": round(floor, 1),
                             "equal_work_same_options_per_s": round(floor_same, 1),
                             "one_write_per_s": round(one_write), "events_per_s": round(events, 1),
                             "ratio": round(events / floor, 3), "ratio_same_options": round(events / floor_same, 3),
                             "ratio_one_write": round(events / one_write, 3)})
                print(json.dumps(rows[-1]), flush=True)
    finally:
        await default.close()
        await same_options.close()
    return rows


async def interleaved(runs: dict[str, Callable[[float], Awaitable[float]]], seconds: float) -> dict[str, float]:
    """Each run's rate over `seconds`, taken in slices of at most SLICE_SECONDS, the runs taking turns (in a rotating
    order): on a machine whose load changes, every run then meets the same load, and their ratios hold."""
    slices = max(1, round(seconds / SLICE_SECONDS))
    rates: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for turn in range(slices):
        for name in names[turn % len(names):] + names[:turn % len(names)]:
            rates[name].append(await runs[name](seconds / slices))
    return {name: statistics.mean(values) for name, values in rates.items()}


def run(seconds: float, clients: int) -> tuple[list[dict], int]:
    """The rows, and how many replies the ACS stand-in received."""
    acs = AcsStandIn().start()
    try:
        with service(KEY, acs.connection_string) as (azurite, base_url, prefix):
            rows = asyncio.run(measure(azurite, base_url, prefix, seconds, clients))
    finally:
        acs.stop()
    return rows, len(acs.sent)


def summary(rows: list[dict]) -> list[Line]:
    lines = []
    for row in rows:
        name = f"events, {row['events_per_post']} per POST"
        lines += [Line(name, "events/s vs equal-work floor", row["events_per_s"], row["equal_work_per_s"], ">= 0.8"),
                  Line(name, "events/s vs floor with app's options", row["events_per_s"],
                       row["equal_work_same_options_per_s"]),
                  Line(name, "events/s vs one write", row["events_per_s"], row["one_write_per_s"])]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each run (default 10)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent deliveries (default 4)")
    args = parser.parse_args()
    rows, replies = run(args.seconds, args.clients)
    print(f"\nreplies sent by the ACS stand-in: {replies}")
    report("event_throughput", rows, {"events_per_post": "per POST", "equal_work_per_s": "equal-work floor/s",
                                      "events_per_s": "events/s", "ratio": "ratio",
                                      "equal_work_same_options_per_s": "floor, app options/s",
                                      "ratio_same_options": "ratio",
                                      "one_write_per_s": "one write/s", "ratio_one_write": "vs one write"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
