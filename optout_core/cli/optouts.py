"""The commands on the list itself: check, add, remove, list, history, export, and program briefs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO
from urllib.parse import quote, urlencode

from .client import API_VERSION, Client, CliError, JsonObject, PageSizeNotice, ServiceError

LIST_PAGE_SIZE = 1000
EXPORT_PAGE_SIZE = 5000
_ABSENT = "-"  # a column with no value, so that no line ends in an empty column


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 options: argparse.ArgumentParser) -> None:
    for action in ("check", "add", "remove"):
        sub = commands.add_parser(action, parents=[options], help=f"{action} recipients for a sender (as ACS does)")
        sub.add_argument("sender_id", metavar="FROM", help="the sender: a phone number such as +18005550100, or "
                                                           "an alphanumeric sender ID")
        sub.add_argument("recipients", metavar="TO", nargs="+", help="recipient phone numbers, in E.164 or as "
                                                                     "people write them")
        sub.set_defaults(run=_recipients)

    listing = commands.add_parser("list", parents=[options], help="list opted-out entries, tab-separated")
    _filters(listing)
    _page_size(listing, LIST_PAGE_SIZE)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(run=_list)

    history = commands.add_parser("history", parents=[options], help="one pair's changes, newest first")
    history.add_argument("sender_id", metavar="FROM", help="the sender")
    history.add_argument("recipient_number", metavar="TO", help="the recipient")
    history.add_argument("--json", action="store_true", help="one JSON object per line")
    history.set_defaults(run=_history)

    export = commands.add_parser("export", parents=[options], help="export entries as CSV or NDJSON, page by page")
    _filters(export)
    _page_size(export, EXPORT_PAGE_SIZE)
    export.add_argument("--format", choices=["csv", "ndjson"], default="csv")
    export.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")
    export.set_defaults(run=_export)

    program = commands.add_parser("program", parents=[options], help="a sender's program brief (keywords, replies)")
    program.add_argument("action", choices=["get", "set", "delete"],
                         help="get shows the brief, set stores one from a file, delete goes back to the defaults")
    program.add_argument("sender_id", metavar="FROM", help="the sender the brief is for")
    program.add_argument("brief", metavar="FILE", nargs="?", help="for set: a JSON file with the brief")
    program.set_defaults(run=_program)


def _filters(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--from", dest="sender", help="one sender's list")
    sub.add_argument("--to", dest="recipient", help="one recipient, across senders")
    sub.add_argument("--country", help="ISO region, e.g. US")
    sub.add_argument("--source", choices=["api", "keyword", "import", "carrier"])
    sub.add_argument("--after", help="opted out at or after (ISO 8601 with zone)")
    sub.add_argument("--before", help="opted out before (ISO 8601 with zone)")


def _page_size(sub: argparse.ArgumentParser, largest: int) -> None:
    def size(text: str) -> int:
        if not text.isdigit() or not 1 <= int(text) <= largest:
            raise argparse.ArgumentTypeError(f"a whole number from 1 to {largest}")
        return int(text)

    sub.add_argument("--page-size", type=size, default=largest,
                     help=f"entries asked for per request, 1 to {largest} (default {largest})")


def _query(args: argparse.Namespace, **more: str) -> str:
    names = {"sender": "from", "recipient": "to", "country": "country", "source": "source",
             "after": "optedOutAfter", "before": "optedOutBefore"}
    wanted = {wire: getattr(args, name) for name, wire in names.items() if getattr(args, name, None)}
    return urlencode({**wanted, **more})


def _recipients(args: argparse.Namespace, out: TextIO) -> int:
    body = {"from": args.sender_id, "recipients": [{"to": to} for to in args.recipients]}
    results = Client(args.connection_string).call(
        "POST", f"/sms/optouts:{args.command}?api-version={API_VERSION}", body).json()["value"]
    ok = True
    for item in results:
        if item["httpStatusCode"] == 200:
            state = {True: "opted out", False: "not opted out", None: "done"}[item.get("isOptedOut")]
            out.write(f"{item['to']}\t{state}\n")
        else:
            ok = False
            out.write(f"{item['to']}\tfailed ({item['httpStatusCode']}): {item.get('errorMessage', '')}\n")
    return 0 if ok else 1


def _write_pages(client: Client, path: str, as_json: bool, columns: Callable[[JsonObject], list[str]], out: TextIO,
                 notice: PageSizeNotice | None = None) -> int:
    for page in client.pages(path):
        out.writelines(json.dumps(item, ensure_ascii=False) + "\n" if as_json else "\t".join(columns(item)) + "\n"
                       for item in page)
        if notice is not None:
            notice.saw(len(page))
    if notice is not None:
        notice.report()
    return 0


def _list(args: argparse.Namespace, out: TextIO) -> int:
    return _write_pages(Client(args.connection_string), f"/sms/optouts?{_query(args, maxPageSize=str(args.page_size))}",
                        args.json, lambda entry: [entry["from"], entry["to"], entry["country"], entry["source"],
                                                  entry["optedOutAt"], entry.get("rule") or _ABSENT], out,
                        PageSizeNotice(args.page_size))


def _history(args: argparse.Namespace, out: TextIO) -> int:
    query = urlencode({"from": args.sender_id, "to": args.recipient_number})
    return _write_pages(Client(args.connection_string), f"/sms/optouts/history?{query}", args.json,
                        lambda record: [record["at"], record["action"], record["outcome"], record["source"],
                                        json.dumps(record["evidence"], ensure_ascii=False)], out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    client = Client(args.connection_string)
    notice = PageSizeNotice(args.page_size)
    # Closed in the `finally` below unless it is `out`, which belongs to the caller.
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output != "-" else out  # noqa: SIM115
    exported = 0
    try:
        query = _query(args, format=args.format, maxPageSize=str(args.page_size))
        next_path: str | None = f"/sms/optouts:export?{query}"
        header_lines = 1 if args.format == "csv" else 0  # the first page of a CSV export starts with its header
        while next_path:
            reply = client.call("GET", next_path)
            text = reply.body.decode("utf-8")
            target.write(text)
            rows = text.count("\n") - header_lines
            exported += rows
            notice.saw(rows)
            header_lines = 0
            sys.stderr.write(f"exported {exported} entries\n")
            link = reply.headers.get("link", "")
            next_path = link[1:link.index(">")] if link.startswith("<") else None
    finally:
        if target is not out:
            target.close()
    notice.report()
    sys.stderr.write(f"done: {exported} entries\n")
    return 0


def _program(args: argparse.Namespace, out: TextIO) -> int:
    client = Client(args.connection_string)
    path = f"/sms/programs/{quote(args.sender_id, safe='')}"
    if args.action == "get":
        try:
            out.write(json.dumps(client.call("GET", path).json(), indent=2, ensure_ascii=False) + "\n")
        except ServiceError as exc:
            if exc.code != "ProgramNotFound":
                raise
            out.write(f"no program brief for {args.sender_id}: the defaults apply\n")
    elif args.action == "set":
        if not args.brief:
            raise CliError("program set needs a JSON file with the brief")
        try:
            brief = json.loads(Path(args.brief).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CliError(f"{args.brief}: not a readable JSON file ({exc})") from None
        out.write(json.dumps(client.call("PUT", path, brief).json(), indent=2, ensure_ascii=False) + "\n")
    else:
        client.call("DELETE", path)
        out.write("deleted; the defaults apply\n")
    return 0
