"""Our CPU time per inbound keyword beside the raw client's for the same storage work: what a machine's load cannot
move much, where events per second (bench/event_throughput.py) move by 0.3 between runs on a shared machine.

    .venv/bin/python -m bench.event_cpu [--events 300]

In this process, on one Azurite, ten events at a time: the equal-work floor's raw calls (bench/event_throughput.py),
with the SDK's default client options and with the app's (`connections.transport_options`), and the app's inbound
handler (`InboundSmsProcessor.handle`: parsing, classification, the transaction, the reply through
azure-communication-sms to the ACS stand-in, the merge), the three taking turns. CPU time is this process's: Azurite's
is in its own, and the ACS stand-in's (a thread here, verifying each send's signature) counts against the handler.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime

from azure.data.tables.aio import TableClient

from bench.event_throughput import KEY, equal_work_event, keyword, sms_event
from bench.harness import Line, report
from optout_core.connections import transport_options
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.events import EventEnvelope
from optout_core.services import Services
from optout_core.settings import Settings

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from acs_standin import AcsStandIn

AT_ONCE = 10
TURNS = 5


def envelope(rng: random.Random) -> EventEnvelope:
    event = sms_event(keyword(rng))
    return EventEnvelope(id=event["id"], type=event["eventType"], data=event["data"],
                         time=datetime.fromisoformat(event["eventTime"]))


async def cpu_ms(events: int, one: Callable[[random.Random], Awaitable[None]], rng: random.Random) -> float:
    """This process's CPU time per event over `events` events, AT_ONCE at a time."""
    started = time.process_time()
    for _ in range(events // AT_ONCE):
        await asyncio.gather(*(one(rng) for _ in range(AT_ONCE)))
    return (time.process_time() - started) / (events // AT_ONCE * AT_ONCE) * 1000


async def measure(azurite: Azurite, acs: AcsStandIn, events: int) -> dict:
    prefix = f"cpu{uuid.uuid4().hex[:8]}"
    environ = {**os.environ, "OPTOUT_STORAGE_CONNECTION_STRING": azurite.connection_string,
               "OPTOUT_TABLE_PREFIX": prefix, "OPTOUT_ACCESS_KEY": base64.b64encode(KEY.secret).decode(),
               "COMMUNICATION_SERVICES_CONNECTION_STRING": acs.connection_string}
    services = Services.from_settings(Settings.from_environ(environ))
    default = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor")
    same = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor", **transport_options())
    await default.create_table()
    runs: dict[str, Callable[[random.Random], Awaitable[None]]] = {
        "floor_default_ms": lambda rng: equal_work_event(default, keyword(rng)),
        "floor_same_options_ms": lambda rng: equal_work_event(same, keyword(rng)),
        "handler_ms": lambda rng: services.inbound_sms.handle(envelope(rng))}
    rng = random.Random(1)
    figures: dict[str, list[float]] = {name: [] for name in runs}
    try:
        for one in runs.values():  # warm: tables created, connections open, the brief cached
            await cpu_ms(AT_ONCE, one, rng)
        for turn in range(TURNS):
            names = list(runs)[turn % len(runs):] + list(runs)[:turn % len(runs)]
            for name in names:
                figures[name].append(await cpu_ms(max(AT_ONCE, events // TURNS), runs[name], rng))
    finally:
        await default.close()
        await same.close()
        await services.close()
    row = {"events": events, **{name: round(statistics.median(values), 2) for name, values in figures.items()}}
    row["ratio_default"] = round(row["floor_default_ms"] / row["handler_ms"], 3)
    row["ratio_same_options"] = round(row["floor_same_options_ms"] / row["handler_ms"], 3)
    return row


def run(events: int) -> list[dict]:
    acs = AcsStandIn().start()
    try:
        with Azurite() as azurite:
            return [asyncio.run(measure(azurite, acs, events))]
    finally:
        acs.stop()


def summary(rows: list[dict]) -> list[Line]:
    """Per event, the floor's CPU over ours: as a throughput ratio, what ours would reach if CPU were all it took."""
    [row] = rows
    return [Line("event CPU, 10 at a time", "floor's CPU ms vs ours (default SDK)", row["floor_default_ms"],
                 row["handler_ms"]),
            Line("event CPU, 10 at a time", "floor's CPU ms vs ours (app's options)", row["floor_same_options_ms"],
                 row["handler_ms"])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=300, help="events per run of each (default 300)")
    args = parser.parse_args()
    report("event_cpu", run(args.events), {"events": "events", "floor_default_ms": "floor, SDK defaults (ms)",
                                           "floor_same_options_ms": "floor, app's options (ms)",
                                           "handler_ms": "handler (ms)", "ratio_default": "ratio",
                                           "ratio_same_options": "ratio"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
