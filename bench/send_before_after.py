"""The send proxy's latency, this code against another checkout of it (say, main before a change), measured
together: two dev hosts on one Azurite and one ACS stand-in, the same signed sends alternating between them, so the
machine's load (which moves a lot on a shared machine) weighs on both alike.

    mkdir /tmp/before && git archive main | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
    .venv/bin/python -m bench.send_before_after /tmp/before [--samples 60] [--acs-latency-ms 200]

For 1, 10 and 100 recipients, half of them on the sender's 1,000-entry list (refused) and, as a control, 10 with
none refused, it reports the median latency of each and their ratio (this code / the other). The ACS stand-in
answers in about a millisecond; `--acs-latency-ms` makes it take that long per send instead, for an assumed latency
of the real ACS (not measurable here).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import statistics
import sys
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from bench.harness import devhost, report
from bench.send_latency import KEY, LIST_SIZE, SENDER, post_send
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.numbers import parse_recipient
from optout_core.storage import Change, OptOutStore, Source, Tables

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from acs_standin import AcsStandIn

CASES = ((1, 1), (10, 5), (100, 50), (10, 0))  # (recipients, of which opted out)


async def measure(azurite: Azurite, prefix: str, hosts: dict[str, str], samples: int) -> list[dict]:
    tables = Tables.from_connection_string(azurite.connection_string, prefix)
    listed = [parse_recipient(f"+1206{n:07d}") for n in range(LIST_SIZE)]
    for first in range(0, LIST_SIZE, 100):
        await OptOutStore(tables).apply(SENDER, listed[first:first + 100],
                                        Change(opted_out=True, source=Source.IMPORT, at=datetime.now(UTC)))
    await tables.close()
    rows = []
    async with aiohttp.ClientSession() as session:
        for count, refused in CASES:
            recipients = [f"+1425{n:07d}" for n in range(count - refused)] + [e.e164 for e in listed[:refused]]
            timings: dict[str, list[float]] = {name: [] for name in hosts}
            for turn in range(samples + 1):  # the first turn warms up
                order = list(hosts.items())
                for name, base_url in order if turn % 2 else reversed(order):
                    started = time.perf_counter()
                    await post_send(session, base_url, KEY, recipients)
                    if turn:
                        timings[name].append(time.perf_counter() - started)
            median = {name: statistics.median(values) * 1000 for name, values in timings.items()}
            rows.append({"recipients": count, "refused": refused, "other_ms": round(median["other"], 2),
                         "this_ms": round(median["this"], 2), "ratio": round(median["this"] / median["other"], 3)})
            print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path, help="the other checkout (with node_modules), e.g. a worktree of main")
    parser.add_argument("--samples", type=int, default=60, help="sends per code and case (default 60)")
    parser.add_argument("--acs-latency-ms", type=float, default=0.0,
                        help="how long the ACS stand-in takes per send (default: as fast as it can, about 1 ms)")
    args = parser.parse_args()
    acs = AcsStandIn(latency=args.acs_latency_ms / 1000).start()
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    try:
        with Azurite() as azurite, ExitStack() as hosts:
            settings = {"OPTOUT_STORAGE_CONNECTION_STRING": azurite.connection_string, "OPTOUT_TABLE_PREFIX": prefix,
                        "OPTOUT_ACCESS_KEY": base64.b64encode(KEY.secret).decode(),
                        "COMMUNICATION_SERVICES_CONNECTION_STRING": acs.connection_string}
            urls = {name: hosts.enter_context(devhost(settings, tree))
                    for name, tree in (("this", PROJECT_ROOT), ("other", args.other.resolve()))}
            rows = asyncio.run(measure(azurite, prefix, urls, args.samples))
    finally:
        acs.stop()
    report("send_before_after", rows, {"recipients": "recipients", "refused": "opted out",
                                       "other_ms": "other ms", "this_ms": "this ms", "ratio": "ratio"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
