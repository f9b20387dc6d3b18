"""The keyword report's figures end to end: each labelled message delivered through the Event Grid webhook of the dev
host, as ACS would deliver it, and judged by what the service did, not by calling the engine.

    .venv/bin/python tests/keyword_endtoend.py tests/keywords/holdout_v2.tsv [more.tsv ...]

Every message comes from a number of its own to one sender with no program brief. What the service did decides
what it understood: an entry opted out is an opt-out, an entry opted in is an opt-in, a reply with no entry is a
help answer, nothing at all is none. It prints precision and recall per class beside the engine's own figures for
the same file (tests/keyword_report.py), which must agree: the webhook adds transport, not judgement.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import aiohttp
from azure.data.tables.aio import TableClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from acs_standin import AcsStandIn
from bench.event_throughput import KEY, SENDER, WEBHOOK, sms_event
from bench.harness import service
from keyword_report import Example, evaluate, load, score
from optout_core.keywords import Intent, MatchingMode
from optout_core.storage import OptOutStore

PER_POST = 20


async def deliver_all(base_url: str, examples: list[Example]) -> list[str]:
    """Deliver every message, each from a number of its own; the numbers, in the examples' order."""
    events = [sms_event(example.text) for example in examples]
    async with aiohttp.ClientSession() as session:
        for first in range(0, len(events), PER_POST):
            body = json.dumps(events[first:first + PER_POST])
            async with session.post(base_url + WEBHOOK, data=body, headers={"aeg-event-type": "Notification"}) as reply:
                if reply.status != 202:
                    raise RuntimeError(f"the webhook answered {reply.status}: {await reply.text()}")
    return ["+" + event["data"]["from"] for event in events]


async def entries(connection_string: str, prefix: str) -> dict[str, bool]:
    async with TableClient.from_connection_string(connection_string, f"{prefix}{OptOutStore.TABLE}") as table:
        rows = table.query_entities("PartitionKey eq @sender", parameters={"sender": SENDER})
        return {row["RowKey"]: row["OptedOut"] async for row in rows if "OptedOut" in row}


def understood(number: str, states: dict[str, bool], replied: set[str]) -> Intent:
    if number in states:
        return Intent.OPT_OUT if states[number] else Intent.OPT_IN
    return Intent.HELP if number in replied else Intent.NONE


def main(paths: list[str]) -> int:
    for path in paths:
        examples = load(Path(path))
        acs = AcsStandIn().start()
        try:
            with service(KEY, acs.connection_string) as (azurite, base_url, prefix):
                numbers = asyncio.run(deliver_all(base_url, examples))
                states = asyncio.run(entries(azurite.connection_string, prefix))
        finally:
            acs.stop()
        replied = {sms.to for sms in acs.sent}
        webhook = score([(example, understood(number, states, replied))
                         for example, number in zip(examples, numbers, strict=True)])
        engine, _ = evaluate(examples, MatchingMode.INTENT)
        print(f"\n{Path(path).stem}: {len(examples)} messages through the webhook")
        print("  class     webhook P  webhook R   engine P   engine R  support")
        for intent in Intent:
            print(f"  {intent.value:8} {webhook[intent].precision:10.3f} {webhook[intent].recall:10.3f} "
                  f"{engine[intent].precision:10.3f} {engine[intent].recall:10.3f} {webhook[intent].support:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
