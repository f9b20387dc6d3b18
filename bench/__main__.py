"""`make bench`: the quick version of every benchmark, then one table of ratios against references measured in the
same run. The long runs are separate commands (docs/performance.md).

    .venv/bin/python -m bench
"""

from __future__ import annotations

import sys
import time

from bench import (
    check_throughput,
    event_cpu,
    event_throughput,
    growth,
    import_throughput,
    keyword_throughput,
    send_latency,
    stop_storm,
)
from bench.harness import RESULTS, Line, print_lines

QUICK_STORM = 500
QUICK_SIZES = [1000, 5000]


def main() -> int:
    started = time.perf_counter()
    lines: list[Line] = []
    steps = [
        ("check throughput", lambda: check_throughput.summary(check_throughput.run([1000], 3, 4))),
        ("events", lambda: event_throughput.summary(event_throughput.run(3, 4)[0])),
        ("event CPU", lambda: event_cpu.summary(event_cpu.run(200))),
        ("STOP storm", lambda: stop_storm.summary(stop_storm.run(QUICK_STORM, 1, 16))),
        ("growth", lambda: growth.summary(growth.run(QUICK_SIZES, RESULTS / "growth.png"))),
        ("import", lambda: import_throughput.summary(import_throughput.run(2000))),
        ("send proxy", lambda: send_latency.summary(send_latency.run(10))),
        ("keywords", lambda: keyword_throughput.summary(keyword_throughput.run(3, 10))),
    ]
    for name, step in steps:
        print(f"--- {name}", flush=True)
        lines += step()
    print(f"\nmake bench: quick versions, {time.perf_counter() - started:.0f} s; ratio = ours / reference, both "
          "measured in this run (growth: the figure at the largest size over the smallest)\n")
    print_lines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
