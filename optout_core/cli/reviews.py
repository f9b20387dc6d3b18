"""The review queue of ambiguous keyword decisions: list them, confirm or reverse one (docs/beyond-acs.md)."""

from __future__ import annotations

import argparse
import json
from typing import TextIO
from urllib.parse import urlencode

from .client import Client, ServiceError

_ABSENT = "-"
_PAST = {"confirm": "confirmed", "reverse": "reversed"}


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 options: argparse.ArgumentParser) -> None:
    review = commands.add_parser("review", parents=[options],
                                 help="keyword decisions the engine flagged as ambiguous: list, confirm, reverse")
    actions = review.add_subparsers(dest="review_action", required=True, metavar="ACTION",
                                    help="list, confirm or reverse")
    listing = actions.add_parser("list", parents=[options], help="flagged decisions, newest first, tab-separated: "
                                 "id, from, to, received, rule, keyword, status, reason, text")
    listing.add_argument("--from", dest="sender", help="one sender's reviews")
    listing.add_argument("--status", choices=["open", "confirmed", "reversed", "all"], default="open",
                         help="which reviews (default: open)")
    listing.add_argument("--since", help="messages received at or after (ISO 8601 with zone)")
    listing.add_argument("--until", help="messages received before (ISO 8601 with zone)")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(run=_list)
    reverse_help = ("undo the decision: recorded in the entry's history with who did it; refused if the recipient "
                    "changed the entry again since")
    for action, meaning in (("confirm", "the decision stands"), ("reverse", reverse_help)):
        decide = actions.add_parser(action, parents=[options], help=meaning)
        decide.add_argument("sender_id", metavar="FROM", help="the sender the review belongs to")
        decide.add_argument("review_id", metavar="ID", help="the review's id, from `optout review list`")
        decide.add_argument("--note", default="", help="why, for the record (up to 200 characters)")
        decide.set_defaults(run=_decide)


def _list(args: argparse.Namespace, out: TextIO) -> int:
    wanted = {"from": args.sender, "status": args.status, "since": args.since, "until": args.until}
    query = urlencode({name: value for name, value in wanted.items() if value})
    for page in Client(args.connection_string).pages(f"/sms/optouts/reviews?{query}"):
        for review in page:
            if args.json:
                out.write(json.dumps(review, ensure_ascii=False) + "\n")
                continue
            columns = [review["id"], review["from"], review["to"], review["receivedAt"], review["rule"],
                       review["keyword"] or _ABSENT, review["status"], review["reason"],
                       " ".join(review["text"].split()) or _ABSENT]
            out.write("\t".join(columns) + "\n")
    return 0


def _decide(args: argparse.Namespace, out: TextIO) -> int:
    body = {"from": args.sender_id, "id": args.review_id, "action": args.review_action, "note": args.note}
    try:
        review = Client(args.connection_string).call("POST", "/sms/optouts/reviews:decide", body).json()
    except ServiceError as exc:
        if exc.status != 409:
            raise
        out.write(f"not {_PAST[args.review_action]}: {exc}\n")
        return 1
    out.write(f"{review['id']}\t{review['status']} by {review.get('decidedBy', _ABSENT)}\n")
    return 0
