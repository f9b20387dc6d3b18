"""`optout evidence [FROM] TO`: one recipient's whole story, for a complaint file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO
from urllib.parse import urlencode

from .client import Client

_ABSENT = "-"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 options: argparse.ArgumentParser) -> None:
    evidence = commands.add_parser(
        "evidence", parents=[options], help="one recipient's story in time order: opt-outs, opt-ins, confirmations, "
                                            "refused sends, carrier blocks, reviews",
        description="`optout evidence FROM TO` for one sender, `optout evidence TO` across every sender. Prints one "
                    "tab-separated line per event (time, sender, event, source, status, message id, by, detail).")
    evidence.add_argument("numbers", metavar="[FROM] TO", nargs="+",
                          help="the sender (optional) and the recipient, in E.164 or as people write them")
    evidence.add_argument("--json", action="store_true", help="print the report as the API returns it")
    evidence.add_argument("--html", metavar="FILE", help="also save the printable document (HTML; a browser prints "
                                                         "it to PDF) to FILE")
    evidence.set_defaults(run=_evidence)


def _evidence(args: argparse.Namespace, out: TextIO) -> int:
    if len(args.numbers) > 2:
        sys.stderr.write("optout evidence: give the recipient, or a sender and the recipient\n")
        return 2
    *sender, recipient = args.numbers
    query = {"to": recipient, **({"from": sender[0]} if sender else {})}
    client = Client(args.connection_string)
    if args.html:
        document = client.call("GET", f"/sms/optouts/evidence?{urlencode({**query, 'format': 'html'})}").body
        Path(args.html).write_bytes(document)
        sys.stderr.write(f"saved the printable document to {args.html}\n")
    report = client.call("GET", f"/sms/optouts/evidence?{urlencode(query)}").json()
    if args.json:
        out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        return 0
    out.writelines("\t".join([event["at"], event["from"], event["kind"], *(event[name] or _ABSENT for name in (
            "source", "status", "messageId", "who")), event["detail"]]) + "\n" for event in report["events"])
    if not report["events"]:
        sys.stderr.write(f"nothing is recorded for {report['to']}\n")
    return 0
