"""Check throughput through the HTTP API beside the raw Table Storage floor, measured in the same run.

    .venv/bin/python -m bench.check_throughput [--sizes 1000,10000] [--seconds 10]

For each list size it measures, on one Azurite:
- floor: CLIENTS concurrent workers, each doing rounds of 100 concurrent
  azure-data-tables point reads (the same keys a 100-recipient check reads);
- api: CLIENTS concurrent HTTP clients, each sending signed 100-recipient
  `POST /sms/optouts:check` requests to the dev host serving function_app.py;
and reports recipients per second for both, their ratio, and the latency of one
100-recipient check against one point read. Absolute numbers depend on the
machine and on Azurite (which slows as a table grows); the ratio is the result.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
from datetime import UTC, datetime

import aiohttp
from azure.core.exceptions import ResourceNotFoundError
from azure.data.tables.aio import TableClient

from bench.harness import Line, median_ms, report, run_for, service
from optout_core.auth import AccessKey, sign_request
from optout_core.devhost.azurite import Azurite
from optout_core.numbers import parse_recipient
from optout_core.storage import Change, OptOutStore, Source, Tables

BATCH = 100
SENDER = "+18005550100"
KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def recipient(n: int) -> str:
    return f"+1425{n:07d}"


async def populate(store: OptOutStore, start: int, stop: int) -> None:
    """Through the service's own storage code. Every other number is opted out (the others have opted back in),
    so a check mixes hits, opted-in rows and absent numbers."""
    for first in range(start, stop, BATCH):
        numbers = [parse_recipient(recipient(n)) for n in range(first, min(first + BATCH, stop))]
        for opted_out in (True, False):
            change = Change(opted_out=opted_out, source=Source.IMPORT, at=WHEN)
            await store.apply(SENDER, numbers[0 if opted_out else 1::2], change)


def sample_keys(size: int, rng: random.Random) -> list[str]:
    return [recipient(n) for n in rng.sample(range(size * 2), BATCH)]  # half of the range is beyond the list


async def floor_rate(table: TableClient, size: int, seconds: float, clients: int) -> float:
    async def read(key: str) -> None:
        with contextlib.suppress(ResourceNotFoundError):
            await table.get_entity(SENDER, key)

    async def one_round(rng: random.Random) -> int:
        await asyncio.gather(*(read(key) for key in sample_keys(size, rng)))
        return BATCH

    return await run_for(seconds, clients, one_round)


async def api_rate(session: aiohttp.ClientSession, base_url: str, size: int, seconds: float,
                   clients: int) -> float:
    async def one_round(rng: random.Random) -> int:
        await check(session, base_url, sample_keys(size, rng))
        return BATCH

    return await run_for(seconds, clients, one_round)


async def check(session: aiohttp.ClientSession, base_url: str, keys: list[str]) -> None:
    url = f"{base_url}/sms/optouts:check?api-version=2026-01-23"
    body = json.dumps({"from": SENDER, "recipients": [{"to": key} for key in keys]}).encode()
    async with session.post(url, data=body, headers=sign_request("POST", url, body, KEY)) as reply:
        payload = await reply.json()
        if reply.status != 200 or any(item["httpStatusCode"] != 200 for item in payload["value"]):
            raise RuntimeError(f"check failed: {reply.status} {payload}")


async def measure(azurite: Azurite, base_url: str, prefix: str, sizes: list[int], seconds: float,
                  clients: int) -> list[dict]:
    rows = []
    tables = Tables.from_connection_string(azurite.connection_string, prefix)
    store = OptOutStore(tables)
    await tables.get(OptOutStore.TABLE)
    table = TableClient.from_connection_string(azurite.connection_string, f"{prefix}{OptOutStore.TABLE}")
    rng = random.Random(7)
    try:
        async with aiohttp.ClientSession() as session:
            populated = 0
            for size in sizes:
                await populate(store, populated, size)
                populated = size
                await check(session, base_url, sample_keys(size, rng))  # warm the service's clients and table
                floor_before = await floor_rate(table, size, seconds, clients)
                api = await api_rate(session, base_url, size, seconds, clients)
                floor_after = await floor_rate(table, size, seconds, clients)
                floor = (floor_before + floor_after) / 2
                one_read = await median_ms(50, lambda: table.get_entity(SENDER, recipient(0)))
                one_check = await median_ms(20, lambda: check(session, base_url, sample_keys(size, rng)))
                rows.append({"entries": size, "clients": clients, "floor_reads_per_s": round(floor),
                             "api_recipients_per_s": round(api), "ratio": round(api / floor, 3),
                             "point_read_ms": round(one_read, 2), "check_100_ms": round(one_check, 2)})
                print(json.dumps(rows[-1]), flush=True)
    finally:
        await table.close()
        await tables.close()
    return rows


def run(sizes: list[int], seconds: float, clients: int) -> list[dict]:
    with service(KEY) as (azurite, base_url, prefix):
        return asyncio.run(measure(azurite, base_url, prefix, sizes, seconds, clients))


def summary(rows: list[dict]) -> list[Line]:
    return [Line(f"check of 100, {row['entries']:,} entries", "recipients/s vs point-read floor",
                 row["api_recipients_per_s"], row["floor_reads_per_s"], ">= 0.8") for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="list sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each throughput run")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    args = parser.parse_args()
    rows = run(sorted(int(size) for size in args.sizes.split(",")), args.seconds, args.clients)
    report("check_throughput", rows, {"entries": "entries", "floor_reads_per_s": "floor r/s",
                                      "api_recipients_per_s": "api r/s", "ratio": "ratio",
                                      "point_read_ms": "read ms", "check_100_ms": "check ms"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
