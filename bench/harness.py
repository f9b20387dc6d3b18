"""What the benchmarks share: the dev host in a subprocess, a timed loop of concurrent workers, results files."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

from optout_core.devhost.azurite import PROJECT_ROOT, free_port, port_answers

RESULTS = PROJECT_ROOT / "bench" / "results"


@contextmanager
def devhost(environment: dict[str, str]) -> Iterator[str]:
    """The dev host serving function_app.py with these settings; yields its base URL and stops it afterwards."""
    port = free_port()
    host = subprocess.Popen([sys.executable, "-m", "optout_core.devhost", "--port", str(port)], cwd=PROJECT_ROOT,
                            env={**os.environ, **environment}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def save(name: str, rows: list[dict]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2))
