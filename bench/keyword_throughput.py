"""Keyword classification speed on one core: messages per second over the labelled corpus (target: 20,000).

    .venv/bin/python -m bench.keyword_throughput

It measures the engine as the app runs it: the compiled build where `make setup` made one (optout_core/keywords/
compiled.py), else the source; OPTOUT_INTERPRETED_KEYWORDS=1 measures the source beside a build.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from optout_core.devhost.azurite import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from bench.harness import Line
from keyword_report import CORPORA, load
from optout_core.keywords import KeywordEngine, compiled

TARGET = 20_000


def run(rounds: int, repeat: int) -> list[float]:
    """Messages per second of CPU time, one figure per pass."""
    messages = [example.text for name in CORPORA for example in load(CORPORA[name])]
    engine = KeywordEngine()
    rates = []
    for _ in range(rounds):
        started = time.process_time()  # CPU time of this process: one core, whatever else the machine runs
        for _ in range(repeat):
            for message in messages:
                engine.classify(message)
        rates.append(repeat * len(messages) / (time.process_time() - started))
    print(f"{len(messages)} distinct messages, {rounds} passes of {repeat * len(messages)}, "
          f"{'the compiled build' if compiled.IN_USE else 'the source'}", flush=True)
    return rates


def summary(rates: list[float]) -> list[Line]:
    return [Line("keyword classification", "messages/s (CPU) vs target", statistics.median(rates), TARGET, ">= 1")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7, help="timed passes over the corpus (default 7)")
    parser.add_argument("--repeat", type=int, default=50, help="corpus repetitions per pass (default 50)")
    args = parser.parse_args()
    rates = run(args.rounds, args.repeat)
    median = statistics.median(rates)
    print(f"median {median:,.0f} messages/s (min {min(rates):,.0f}, max {max(rates):,.0f}); "
          f"target {TARGET:,}: {'met' if median >= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
