"""What the send proxy adds: latency of `POST /sms` through our service against the same request sent straight to
the ACS stand-in, measured in the same run.

    .venv/bin/python -m bench.send_latency [--samples 30]

For 1, 10 and 100 recipients, none opted out (so every one is checked and forwarded) and then half of them opted
out (refused, and the refusals recorded as evidence before the others are forwarded), it reports the median latency
of a direct send of the forwarded recipients to the stand-in, of the whole send through the proxy, the difference,
and, for scale, the median of one concurrent round of as many point reads on the same Azurite (the proxy's check).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from datetime import UTC, datetime

import aiohttp
from azure.core.exceptions import ResourceNotFoundError
from azure.data.tables.aio import TableClient

from bench.harness import Line, median_ms, report, service
from optout_core.auth import AccessKey, sign_request
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite
from optout_core.numbers import parse_recipient
from optout_core.storage import Change, OptOutStore, Source, Tables

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
import contextlib

from acs_standin import KEY as ACS_KEY
from acs_standin import AcsStandIn

SENDER = "+18005550100"
KEY = AccessKey("bench", b"benchmark-key-0123456789abcdefgh")
LIST_SIZE = 1000


async def post_send(session: aiohttp.ClientSession, base_url: str, key: AccessKey, recipients: list[str]) -> None:
    url = f"{base_url}/sms?api-version=2021-03-07"
    body = json.dumps({"from": SENDER, "message": "Your code is 1234", "smsRecipients": [
        {"to": to, "repeatabilityRequestId": str(uuid.uuid4()),
         "repeatabilityFirstSent": "Tue, 26 Mar 2019 16:06:51 GMT"} for to in recipients]}).encode()
    async with session.post(url, data=body, headers=sign_request("POST", url, body, key)) as reply:
        items = (await reply.json())["value"]
        if reply.status != 202 or not all(item["successful"] or item["httpStatusCode"] == 403 for item in items):
            raise RuntimeError(f"send failed: {reply.status} {items[:2]}")


async def measure(azurite: Azurite, acs: AcsStandIn, base_url: str, prefix: str, samples: int) -> list[dict]:
    tables = Tables.from_connection_string(azurite.connection_string, prefix)
    store = OptOutStore(tables)
    # A list of opted-out numbers: the forwarded recipients are not on it (their reads miss); the refused ones are.
    listed = [parse_recipient(f"+1206{n:07d}") for n in range(LIST_SIZE)]
    for first in range(0, LIST_SIZE, 100):
        await store.apply(SENDER, listed[first:first + 100],
                          Change(opted_out=True, source=Source.IMPORT, at=datetime.now(UTC)))
    table = TableClient.from_connection_string(azurite.connection_string, f"{prefix}{OptOutStore.TABLE}")
    acs_url = f"http://127.0.0.1:{acs.port}"
    rows = []
    try:
        async with aiohttp.ClientSession() as session:
            for count, refused in ((1, 0), (10, 0), (100, 0), (1, 1), (10, 5), (100, 50)):
                forwarded = [f"+1425{n:07d}" for n in range(count - refused)]
                recipients = forwarded + [entry.e164 for entry in listed[:refused]]

                async def read_round() -> None:
                    async def read(to: str) -> None:
                        with contextlib.suppress(ResourceNotFoundError):
                            await table.get_entity(SENDER, to)
                    await asyncio.gather(*(read(to) for to in recipients))

                await post_send(session, base_url, KEY, recipients)  # warm-up
                direct = await median_ms(samples, lambda: post_send(session, acs_url, ACS_KEY, forwarded or
                                                                    recipients))
                proxied = await median_ms(samples, lambda: post_send(session, base_url, KEY, recipients))
                check = await median_ms(samples, read_round)
                rows.append({"recipients": count, "refused": refused, "direct_ms": round(direct, 2),
                             "proxy_ms": round(proxied, 2),
                             "added_ms": round(proxied - direct, 2), "point_read_round_ms": round(check, 2)})
                print(json.dumps(rows[-1]), flush=True)
    finally:
        await table.close()
        await tables.close()
    return rows


def run(samples: int) -> list[dict]:
    acs = AcsStandIn().start()
    try:
        with service(KEY, acs.connection_string) as (azurite, base_url, prefix):
            return asyncio.run(measure(azurite, acs, base_url, prefix, samples))
    finally:
        acs.stop()


def summary(rows: list[dict]) -> list[Line]:
    """What the proxy adds to a send, against the one round of point reads it must make."""
    return [Line(f"send proxy, {row['recipients']} recipients, {row['refused']} opted out",
                 "ms added vs a round of point reads",
                 row["added_ms"], row["point_read_round_ms"]) for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=30, help="requests per measurement (default 30)")
    args = parser.parse_args()
    rows = run(args.samples)
    report("send_latency", rows, {"recipients": "recipients", "refused": "opted out", "direct_ms": "direct ms",
                                  "proxy_ms": "proxy ms", "added_ms": "added ms",
                                  "point_read_round_ms": "read round ms"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
