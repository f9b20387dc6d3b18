"""Growth: what a check, a page of the listing, a full export and an import cost as one sender's list grows.

    .venv/bin/python -m bench.growth --sizes 1000,5000                       # the quick version (make bench)
    .venv/bin/python -m bench.growth --sizes 1000,10000,50000 --plot docs/growth.png   # the long run

Azurite itself slows as a table grows (its lookups scan), so wall time alone cannot show how our code grows. The
service's code (the API objects function_app.py calls: signature check, parsing, storage, rendering) runs in this
process against Azurite, through a transport that counts, for every operation: storage calls, entities read, bytes
moved (both ways) and this process's CPU time (Azurite's own is in its process and not counted). A check and a page
must stay flat as the list grows; a full export must grow linearly with it, and no faster.

The list is filled fast, with raw entity-group transactions of the rows the service writes for a keyword STOP
(the entry and its history record; every tenth pair opted back in), not through the service.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from itertools import count
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import aiohttp
from azure.core.exceptions import ServiceRequestError
from azure.core.pipeline.transport import AioHttpTransport
from azure.data.tables import TableTransactionError
from azure.data.tables.aio import TableClient

from bench.harness import RESULTS, Line, report
from optout_core.api import Authenticator, HttpRequestData, HttpResult, ListApi, OptOutApi, TransferApi
from optout_core.api.optouts import OptOutAction
from optout_core.auth import AccessKey, HmacVerifier, sign_request
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.numbers import Recipient
from optout_core.storage import (
    MAX_TRANSACTION_OPERATIONS,
    Change,
    OptOutStore,
    Outcome,
    Source,
    Tables,
    _history_record,
    new_entry,
)

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from counting import CountingTransport

KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
SENDER = "+18005550100"
BASE = "http://optout.invalid"
API_VERSION = "2026-01-23"
CHECKED = 100
PAGE = 100
IMPORTED = 1000
EXPORT_PAGE = 5000
REPEATS = 5
FILL_ATTEMPTS = 5
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
OPERATIONS = ("check of 100", "page of 100", "full export", "import of 1,000")
FLAT = {"check of 100", "page of 100", "import of 1,000"}


def recipient(n: int) -> Recipient:
    return Recipient(f"+1425{n:07d}", "US")


def opted_out(n: int) -> bool:
    return n % 10 != 0


def pair_rows(n: int) -> list[dict[str, Any]]:
    """The entry and history record the service writes for a STOP from recipient n (every tenth later opted in)."""
    change = Change(opted_out=opted_out(n), source=Source.KEYWORD, at=WHEN + timedelta(seconds=n), evidence={
        "messageId": f"Incoming_{uuid.uuid4()}", "rule": "keyword", "keyword": "STOP", "language": "en",
        "text": "STOP"})
    return [new_entry(SENDER, recipient(n), change), _history_record(SENDER, recipient(n), change, Outcome.CHANGED)]


async def fill(table: TableClient, start: int, stop: int) -> None:
    """Raw transactions of 50 pairs (100 rows), four in flight. A transaction whose answer was lost (a busy Azurite
    resets connections) is sent again; if it had landed, the repeat is refused as a whole and that is as good.
    Progress is printed every 10,000 entries: at 50,000 the fill takes many minutes."""
    per_transaction = MAX_TRANSACTION_OPERATIONS // 2
    chunks = [[("create", row) for n in range(first, min(first + per_transaction, stop)) for row in pair_rows(n)]
              for first in range(start, stop, per_transaction)]
    slots = asyncio.Semaphore(4)

    written = count(per_transaction, per_transaction)
    started = time.perf_counter()

    async def write(chunk: list[tuple[str, dict[str, Any]]]) -> None:
        async with slots:
            for attempt in range(FILL_ATTEMPTS):
                try:
                    await table.submit_transaction(chunk)
                    break
                except TableTransactionError as exc:
                    if attempt and getattr(exc, "error_code", None) == "EntityAlreadyExists":
                        break
                    raise
                except ServiceRequestError:
                    if attempt == FILL_ATTEMPTS - 1:
                        raise
        if (done := next(written)) % 10_000 == 0:
            print(f"  {start + done:,} entries after {time.perf_counter() - started:.0f} s", flush=True)

    await asyncio.gather(*(write(chunk) for chunk in chunks))


def signed(method: str, path: str, parameters: dict[str, Any], body: bytes = b"") -> HttpRequestData:
    url = f"{BASE}{path}?{urlencode(parameters)}"
    headers = {**sign_request(method, url, body, KEY), "Host": urlsplit(url).netloc}
    return HttpRequestData.create(method, url, headers.items(), body)


def ok(result: HttpResult) -> HttpResult:
    if result.status != 200:
        raise RuntimeError(f"{result.status}: {result.body[:300]!r}")
    return result


class Service:
    """The API objects the function app builds, in this process, on tables whose every request is counted."""

    def __init__(self, azurite: Azurite, prefix: str, session: aiohttp.ClientSession) -> None:
        # A connection per request, as for the fill: at 50,000 entries Azurite's one thread is busy for seconds per
        # import transaction, and meanwhile closes the kept-alive connections of the check's reads, which, reused,
        # reset ("Connection reset by peer"); each reset costs a read of the transaction's rows to see whether it
        # landed, which would be counted as our work though Azurite caused it (docs/performance.md, "Growth").
        self.counter = CountingTransport(session=session, session_owner=False)
        # A storage timeout well past the app's: Azurite's writes slow down so much in a big table that a 100-row
        # transaction can take longer than 8 s, and this measures the work, not Azurite's speed.
        self.tables = Tables.from_connection_string(azurite.connection_string, prefix, timeout=120,
                                                    transport=self.counter)
        store = OptOutStore(self.tables)
        auth = Authenticator(HmacVerifier([KEY]))
        self.optouts, self.listing, self.transfer = OptOutApi(store, auth), ListApi(store, auth), TransferApi(store,
                                                                                                             auth)
        self.filled = 0  # recipients 0 to filled - 1 were filled in; a check asks for half of them, half absent
        self.imported = 0  # entries the import measurements added to the list (numbered beyond the filled ones)
        self.opted_out = 0

    async def check(self, size: int, rng: random.Random) -> None:
        asked = rng.sample(range(self.filled * 2), CHECKED)
        body = json.dumps({"from": SENDER, "recipients": [{"to": recipient(n).e164} for n in asked]}).encode()
        ok(await self.optouts.handle(OptOutAction.CHECK, signed("POST", "/sms/optouts:check",
                                                                {"api-version": API_VERSION}, body)))

    async def page(self, size: int, rng: random.Random) -> None:
        ok(await self.listing.entries(signed("GET", "/sms/optouts", {"from": SENDER, "maxPageSize": PAGE})))

    async def export(self, size: int, rng: random.Random) -> None:
        parameters: dict[str, Any] = {"from": SENDER, "maxPageSize": EXPORT_PAGE, "format": "csv"}
        lines = 0
        while True:
            result = ok(await self.transfer.export(signed("GET", "/sms/optouts:export", parameters)))
            lines += result.body.count(b"\n")
            link = result.headers.get("Link")
            if link is None:
                break
            parameters = dict(parse_qsl(urlsplit(link[1:link.index(">")]).query))
        if lines != 1 + self.opted_out:  # the header and every opted-out entry
            raise RuntimeError(f"export gave {lines} lines for {self.opted_out} opted-out entries")

    async def import_rows(self, size: int, rng: random.Random, count: int = IMPORTED) -> None:
        rows = [{"line": line + 2, "from": SENDER, "to": recipient(10**6 + self.imported + line).e164}
                for line in range(count)]
        self.imported += count
        self.opted_out += count
        body = json.dumps({"file": "growth.csv", "rows": rows}).encode()
        ok(await self.transfer.import_rows(signed("POST", "/sms/optouts:import", {}, body)))


async def counted(service: Service, operation: Callable[[], Awaitable[None]]) -> dict[str, float]:
    """One run of the operation: its storage calls (of which entity-group transactions, and calls that got no answer
    and were retried or checked), entities read, bytes moved, CPU time and wall time."""
    service.counter.reset()
    cpu, wall = time.process_time(), time.perf_counter()
    await operation()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"calls": len(service.counter.requests),
            "transactions": sum(url.endswith("/$batch") for _, url in service.counter.requests),
            "unanswered": service.counter.unanswered, "entities": service.counter.entities_read,
            "kbytes": (service.counter.bytes_sent + service.counter.bytes_received) / 1024,
            "cpu_ms": cpu * 1000, "wall_ms": wall * 1000}


async def measure(azurite: Azurite, sizes: list[int]) -> list[dict]:
    prefix = f"growth{uuid.uuid4().hex[:8]}"
    # A connection per request: Azurite, busy for seconds with one transaction, closes idle kept-alive connections
    # just as the next request arrives on them ("Connection reset by peer").
    fresh_connections = aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True))
    service = Service(azurite, prefix, fresh_connections)
    await service.tables.get(OptOutStore.TABLE)
    raw = TableClient.from_connection_string(azurite.connection_string, f"{prefix}{OptOutStore.TABLE}",
                                             transport=AioHttpTransport(session=fresh_connections, session_owner=False))
    rng = random.Random(7)
    rows = []
    try:
        await service.import_rows(0, rng, 1)  # warm: the tables created, the sender registered, connections open
        filled = 0
        for size in sizes:
            # The entries imported while measuring count towards the list's size.
            started, target = time.perf_counter(), size - service.imported
            await fill(raw, filled, target)
            service.opted_out += sum(1 for n in range(filled, target) if opted_out(n))
            filled = service.filled = target
            print(f"{size:,} entries ({size * 2:,} rows) filled in {time.perf_counter() - started:.0f} s", flush=True)
            for name, operation in zip(OPERATIONS, (service.check, service.page, service.export,
                                                    service.import_rows), strict=True):
                # One export and one import (each import adds to the list); the median of several of the others.
                runs = [await counted(service, partial(operation, size, rng))
                        for _ in range(REPEATS if name in ("check of 100", "page of 100") else 1)]
                row = {"entries": size, "operation": name,
                       **{figure: round(statistics.median(run[figure] for run in runs), 2) for figure in runs[0]}}
                rows.append(row)
                print(json.dumps(row), flush=True)
    finally:
        await raw.close()
        await fresh_connections.close()
        await service.tables.close()
    return rows


def plot(rows: list[dict], path: Path) -> None:
    # Only here: matplotlib is a benchmark-only requirement (bench/requirements.txt, installed by make bench), and
    # make test, which type-checks this file on a fresh clone, does not install it.
    import matplotlib  # noqa: PLC0415
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    figures = {"calls": "storage calls", "entities": "entities read", "kbytes": "KiB moved",
               "cpu_ms": "our CPU time (ms)", "wall_ms": "wall time on Azurite (ms)"}
    axes_of = plt.subplots(1, len(figures), figsize=(4 * len(figures), 3.6), constrained_layout=True)[1]
    for axes, (figure, label) in zip(axes_of, figures.items(), strict=True):
        for operation in OPERATIONS:
            points = [(row["entries"], row[figure]) for row in rows if row["operation"] == operation]
            axes.plot(*zip(*points, strict=True), marker="o", label=operation)
        axes.set(xscale="log", yscale="log", xlabel="entries in the sender's list", title=f"{label} per operation")
        axes.grid(True, which="both", alpha=0.3)
    axes_of[0].legend(fontsize="small")
    path.parent.mkdir(parents=True, exist_ok=True)
    plt.savefig(path, dpi=90)
    print(f"plot written to {path}")


def summary(rows: list[dict]) -> list[Line]:
    """Each figure at the largest size against the smallest: 1 where it must stay flat, the size ratio where it
    must grow linearly (the export)."""
    sizes = sorted({row["entries"] for row in rows})
    small, large = sizes[0], sizes[-1]
    at = {(row["entries"], row["operation"]): row for row in rows}
    lines = []
    for operation in OPERATIONS:
        wanted = "1 (flat)" if operation in FLAT else f"{large / small:g} (linear)"
        for figure, label in (("calls", "storage calls"), ("entities", "entities read"), ("kbytes", "KiB moved"),
                              ("cpu_ms", "CPU ms")):
            lines.append(Line(f"growth, {operation}", f"{label} at {large:,} vs {small:,}",
                              at[large, operation][figure], at[small, operation][figure] or None, wanted))
    return lines


def run(sizes: list[int], plot_path: Path | None) -> list[dict]:
    with Azurite() as azurite:
        rows = asyncio.run(measure(azurite, sizes))
    if plot_path is not None:
        plot(rows, plot_path)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000", help="list sizes, comma-separated (default 1000,5000)")
    parser.add_argument("--plot", type=Path, default=RESULTS / "growth.png", help="where the PNG goes")
    args = parser.parse_args()
    rows = run(sorted(int(size) for size in args.sizes.split(",")), args.plot)
    report("growth", rows, {"entries": "entries", "operation": "operation", "calls": "calls",
                            "transactions": "transactions", "unanswered": "unanswered", "entities": "entities",
                            "kbytes": "KiB", "cpu_ms": "CPU ms", "wall_ms": "wall ms"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
