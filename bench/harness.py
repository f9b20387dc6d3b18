"""What the benchmarks share: the dev host in a subprocess, a timed loop of concurrent workers, results files."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optout_core.auth import AccessKey
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite, free_port, port_answers

RESULTS = PROJECT_ROOT / "bench" / "results"


@contextmanager
def devhost(environment: dict[str, str], tree: Path = PROJECT_ROOT) -> Iterator[str]:
    """The dev host serving function_app.py with these settings, from this checkout of the code (its own
    optout_core, found first as the working directory); yields its base URL and stops it afterwards."""
    port = free_port()
    host = subprocess.Popen([sys.executable, "-m", "optout_core.devhost", "--app-dir", str(tree), "--port", str(port)],
                            cwd=tree, env={**os.environ, **environment}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not port_answers(port):
            if host.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the dev host did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        host.send_signal(signal.SIGINT)
        host.wait(timeout=30)


async def run_for(seconds: float, clients: int, one_round: Callable[[random.Random], Awaitable[int]]) -> float:
    """Run `clients` concurrent workers, each repeating `one_round` (which returns the units it did) until the time
    is up; the rate in units per second."""
    started = time.perf_counter()
    deadline = started + seconds

    async def worker(seed: int) -> int:
        rng = random.Random(seed)
        done = 0
        while time.perf_counter() < deadline:
            done += await one_round(rng)
        return done

    total = sum(await asyncio.gather(*(worker(seed) for seed in range(clients))))
    return total / (time.perf_counter() - started)


async def median_ms(samples: int, one: Callable[[], Awaitable[Any]]) -> float:
    """The median time of `one()` over `samples` calls made one after another, in milliseconds."""
    timings = []
    for _ in range(samples):
        started = time.perf_counter()
        await one()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


@contextmanager
def service(key: AccessKey, acs_connection_string: str | None = None) -> Iterator[tuple[Azurite, str, str]]:
    """A fresh Azurite and the dev host on it, signing with `key`; yields (azurite, base URL, table prefix)."""
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    with Azurite() as azurite:
        settings = {"OPTOUT_STORAGE_CONNECTION_STRING": azurite.connection_string, "OPTOUT_TABLE_PREFIX": prefix,
                    "OPTOUT_ACCESS_KEY": base64.b64encode(key.secret).decode()}
        if acs_connection_string:
            settings["COMMUNICATION_SERVICES_CONNECTION_STRING"] = acs_connection_string
        with devhost(settings) as base_url:
            yield azurite, base_url, prefix


def report(name: str, rows: list[dict], columns: dict[str, str]) -> None:
    """Save the rows to bench/results/NAME.json and print them as a table of `columns` (key -> heading)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2))
    widths = {key: max(len(heading), *(len(str(row[key])) for row in rows)) for key, heading in columns.items()}
    print("\n" + " ".join(heading.rjust(widths[key]) for key, heading in columns.items()))
    for row in rows:
        print(" ".join(str(row[key]).rjust(widths[key]) for key in columns))


@dataclass(frozen=True)
class Line:
    """One line of `make bench`'s table: a figure of ours beside the reference it is judged against (a floor measured
    in the same run, or the same figure at the smallest size), their ratio, and the ratio wanted, if any."""

    benchmark: str
    measure: str
    value: float
    reference: float | None = None
    target: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.reference if self.reference else None


def _figure(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"


def print_lines(lines: list[Line]) -> None:
    """The one table: every benchmark's lines, ratios against references measured in the same run."""
    cells = [("benchmark", "measure", "ours", "reference", "ratio", "wanted")] + [
        (line.benchmark, line.measure, _figure(line.value), _figure(line.reference),
         "-" if line.ratio is None else f"{line.ratio:.2f}", line.target) for line in lines]
    widths = [max(len(row[column]) for row in cells) for column in range(6)]
    for number, row in enumerate(cells):
        print("  ".join(cell.ljust(width) if column < 2 else cell.rjust(width)
                        for column, (cell, width) in enumerate(zip(row, widths, strict=True))))
        if number == 0:
            print("  ".join("-" * width for width in widths))
