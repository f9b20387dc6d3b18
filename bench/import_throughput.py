"""Bulk import throughput through `POST /sms/optouts:import`, beside the raw floor measured in the same run.

    .venv/bin/python -m bench.import_throughput [--rows 20000]

- floor: entity-group transactions of 100 new entities each on the same Azurite, one after another and four at a
  time, in entities per second;
- import: the CLI's way, batches of 1,000 new rows posted one after another (the service writes them in
  transactions of 100 entries, each holding its own first history record), in rows per second.
Both start on an empty table and write the same number of rows, so Azurite's slowing with size hits both alike.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from datetime import UTC, datetime

import aiohttp
from azure.data.tables.aio import TableClient

from bench.harness import Line, report, service
from optout_core.auth import AccessKey, sign_request
from optout_core.devhost.azurite import Azurite
from optout_core.numbers import Recipient
from optout_core.storage import Change, Source, new_entry

KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
SENDER = "+18005550100"
BATCH = 1000
CHANGE = Change(opted_out=True, source=Source.IMPORT, at=datetime(2026, 1, 1, tzinfo=UTC),
                evidence={"key": "bench", "line": "2", "file": "bench.csv"})


async def floor_rate(azurite: Azurite, prefix: str, rows: int, concurrency: int) -> float:
    table = TableClient.from_connection_string(azurite.connection_string, f"{prefix}Floor{concurrency}")
    await table.create_table()
    # The same entities the import writes (storage.new_entry), so the floor does the same storage work.
    chunks = [[("create", new_entry(SENDER, Recipient(f"+1425{n:07d}", "US"), CHANGE))
               for n in range(first, min(first + 100, rows))]
              for first in range(0, rows, 100)]
    started = time.perf_counter()
    try:
        for first in range(0, len(chunks), concurrency):
            await asyncio.gather(*(table.submit_transaction(chunk) for chunk in chunks[first:first + concurrency]))
    finally:
        await table.close()
    return rows / (time.perf_counter() - started)


async def import_rate(base_url: str, rows: int) -> float:
    url = f"{base_url}/sms/optouts:import"
    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for first in range(0, rows, BATCH):
            body = json.dumps({"file": "bench.csv", "rows": [{"line": n + 2, "from": SENDER, "to": f"+1206{n:07d}"}
                                                             for n in range(first, min(first + BATCH, rows))]})
            data = body.encode()
            async with session.post(url, data=data, headers=sign_request("POST", url, data, KEY)) as reply:
                result = await reply.json()
                if reply.status != 200 or result["errors"] or result["imported"] != min(BATCH, rows - first):
                    raise RuntimeError(f"import failed: {reply.status} {str(result)[:300]}")
    return rows / (time.perf_counter() - started)


async def measure(azurite: Azurite, base_url: str, prefix: str, rows: int) -> list[dict]:
    sequential = await floor_rate(azurite, prefix, rows, 1)
    concurrent = await floor_rate(azurite, prefix, rows, 4)
    imported = await import_rate(base_url, rows)
    return [{"rows": rows, "floor_entities_per_s_sequential": round(sequential),
             "floor_entities_per_s_4_concurrent": round(concurrent), "import_rows_per_s": round(imported),
             "ratio": round(imported / max(sequential, concurrent), 3)}]


def run(rows: int) -> list[dict]:
    with service(KEY) as (azurite, base_url, prefix):
        return asyncio.run(measure(azurite, base_url, prefix, rows))


def summary(rows: list[dict]) -> list[Line]:
    return [Line(f"import of {row['rows']:,} new rows", "rows/s vs raw transactions of 100",
                 row["import_rows_per_s"], max(row["floor_entities_per_s_sequential"],
                                               row["floor_entities_per_s_4_concurrent"]), ">= 0.7") for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20000, help="rows to import (default 20000)")
    args = parser.parse_args()
    rows = run(args.rows)
    report("import_throughput", rows, {"rows": "rows", "floor_entities_per_s_sequential": "floor seq e/s",
                                       "floor_entities_per_s_4_concurrent": "floor x4 e/s",
                                       "import_rows_per_s": "import rows/s", "ratio": "ratio"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
