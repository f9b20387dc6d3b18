"""`optout`: the operator's command line, talking to the HTTP API with an ACS-style connection string.

    export OPTOUT_CONNECTION_STRING="endpoint=http://127.0.0.1:7071/;accesskey=..."
    optout check +18005550100 +14255550123
    optout import list-from-old-provider.csv

Exit status: 0 when everything worked, 1 when the service refused or could not be reached, 2 for a wrong command
line, 3 when an import finished but rejected some rows.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote, urlencode, urlsplit

from .auth import AccessKey, parse_connection_string, sign_request

API_VERSION = "2026-01-23"
IMPORT_BATCH = 1000
_COLUMN_NAMES = {"from": "from", "sender": "from", "to": "to", "recipient": "to", "country": "country",
                 "optedoutat": "optedOutAt", "opted_out_at": "optedOutAt", "time": "optedOutAt"}


class CliError(Exception):
    """Something to tell the operator in one line, then exit 1."""


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    def __init__(self, connection_string: str) -> None:
        try:
            endpoint, key = parse_connection_string(connection_string)
            self._key = AccessKey.from_base64("cli", key)
        except ValueError as exc:
            raise CliError(f"the connection string is not usable: {exc}") from exc
        self._endpoint = endpoint.rstrip("/")

    def call(self, method: str, path: str, body: Any = None) -> Reply:
        """`path` may also be a full URL the service handed out (a nextLink)."""
        url = path if path.startswith("http") else self._endpoint + path
        data = json.dumps(body).encode() if body is not None else b""
        headers = {**sign_request(method, url, data, self._key), "Content-Type": "application/json"}
        request = urllib.request.Request(url, data=data if method != "GET" else None, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
        except urllib.error.HTTPError as exc:
            raise CliError(_describe_error(exc.code, exc.read())) from None
        except (urllib.error.URLError, OSError) as exc:
            raise CliError(f"cannot reach {urlsplit(url).netloc}: {getattr(exc, 'reason', exc)}") from None


def _describe_error(status: int, body: bytes) -> str:
    try:
        error = json.loads(body)["error"]
        return f"the service answered {status} {error['code']}: {error['message']}"
    except (ValueError, KeyError, TypeError):
        return f"the service answered {status}"


def _pages(client: Client, path: str, key: str = "value") -> Iterator[list[dict]]:
    next_path: str | None = path
    while next_path:
        page = client.call("GET", next_path).json()
        yield page[key]
        next_path = page.get("nextLink")


def _recipients_call(client: Client, action: str, sender: str, recipients: list[str]) -> list[dict]:
    body = {"from": sender, "recipients": [{"to": to} for to in recipients]}
    return client.call("POST", f"/sms/optouts:{action}?api-version={API_VERSION}", body).json()["value"]


def _print_results(results: list[dict], out: TextIO) -> bool:
    ok = True
    for item in results:
        if item["httpStatusCode"] == 200:
            state = {True: "opted out", False: "not opted out", None: "done"}[item.get("isOptedOut")]
            out.write(f"{item['to']}\t{state}\n")
        else:
            ok = False
            out.write(f"{item['to']}\tfailed ({item['httpStatusCode']}): {item.get('errorMessage', '')}\n")
    return ok


def _filters(args: argparse.Namespace) -> dict[str, str]:
    names = {"sender": "from", "recipient": "to", "country": "country", "source": "source",
             "after": "optedOutAfter", "before": "optedOutBefore"}
    return {wire: getattr(args, name) for name, wire in names.items() if getattr(args, name, None)}


def _write_pages(client: Client, path: str, as_json: bool, columns: Callable[[dict], list[str]], out: TextIO) -> int:
    for page in _pages(client, path):
        for item in page:
            out.write(json.dumps(item, ensure_ascii=False) + "\n" if as_json else "\t".join(columns(item)) + "\n")
    return 0


def command_list(client: Client, args: argparse.Namespace, out: TextIO) -> int:
    return _write_pages(client, f"/sms/optouts?{urlencode({**_filters(args), 'maxPageSize': '1000'})}", args.json,
                        lambda entry: [entry["from"], entry["to"], entry["country"], entry["source"],
                                       entry["optedOutAt"], entry.get("rule") or ""], out)


def command_history(client: Client, args: argparse.Namespace, out: TextIO) -> int:
    query = urlencode({"from": args.sender_id, "to": args.recipient_number})
    return _write_pages(client, f"/sms/optouts/history?{query}", args.json,
                        lambda record: [record["at"], record["action"], record["outcome"], record["source"],
                                        json.dumps(record["evidence"], ensure_ascii=False)], out)


def command_export(client: Client, args: argparse.Namespace, out: TextIO) -> int:
    query = urlencode({**_filters(args), "format": args.format, "maxPageSize": "5000"})
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output != "-" else out
    exported = 0
    try:
        next_path: str | None = f"/sms/optouts:export?{query}"
        header_lines = 1 if args.format == "csv" else 0  # the first page of a CSV export starts with its header
        while next_path:
            reply = client.call("GET", next_path)
            text = reply.body.decode("utf-8")
            target.write(text)
            exported += text.count("\n") - header_lines
            header_lines = 0
            sys.stderr.write(f"exported {exported} entries\n")
            link = reply.headers.get("link", "")
            next_path = link[1:link.index(">")] if link.startswith("<") else None
    finally:
        if target is not out:
            target.close()
    sys.stderr.write(f"done: {exported} entries\n")
    return 0


def _rows(path: Path, file_format: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line, row, problem) for every data line of the file, streaming."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if file_format == "ndjson":
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    yield number, _row_fields(record), None
                except (ValueError, TypeError, AttributeError) as exc:
                    yield number, None, f"not a JSON object with from and to ({exc})"
            return
        reader = csv.reader(handle)
        header = next(reader, None)
        columns = [_COLUMN_NAMES.get(name.strip().lower()) for name in header or []]
        if "from" not in columns or "to" not in columns:
            raise CliError("the CSV file needs a header with 'from' (or 'sender') and 'to' (or 'recipient')")
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < len(columns):
                yield reader.line_num, None, f"{len(cells)} columns, the header has {len(columns)}"
                continue
            yield reader.line_num, {column: cell for column, cell in zip(columns, cells) if column and cell}, None


def _row_fields(record: dict) -> dict:
    fields = {_COLUMN_NAMES[key.lower()]: value for key, value in record.items() if key.lower() in _COLUMN_NAMES}
    if not all(isinstance(value, str) for value in fields.values()):
        raise TypeError("values must be text")
    return fields


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def command_import(client: Client, args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    file_format = args.format or ("ndjson" if path.suffix.lower() in (".ndjson", ".jsonl") else "csv")
    state_path = path.with_name(path.name + ".import-state.json")
    fingerprint = _fingerprint(path)
    state = _read_state(state_path) if not args.restart else {}
    done_through = state.get("doneThroughLine", 0) if state.get("fingerprint") == fingerprint else 0
    if done_through:
        sys.stderr.write(f"resuming after line {done_through} (use --restart to start over)\n")
    totals = {"imported": 0, "alreadyOptedOut": 0, "superseded": 0}
    rejected: list[tuple[int, str]] = []
    batch: list[dict] = []

    def send() -> None:
        result = client.call("POST", "/sms/optouts:import", {"file": path.name, "rows": batch}).json()
        for name in totals:
            totals[name] += result[name]
        rejected.extend((error["line"], error["reason"]) for error in result["errors"])
        last_line = batch[-1]["line"]
        _write_state(state_path, {"fingerprint": fingerprint, "doneThroughLine": last_line})
        sys.stderr.write(f"line {last_line}: {totals['imported']} imported, {totals['alreadyOptedOut']} already "
                         f"opted out, {len(rejected)} rejected\n")
        batch.clear()

    for line, row, problem in _rows(path, file_format):
        if line <= done_through:
            continue
        if problem is not None:
            rejected.append((line, problem))
        elif row is not None:
            batch.append({"line": line, **row})
        if len(batch) >= args.batch:
            send()
    if batch:
        send()
    state_path.unlink(missing_ok=True)
    out.write(f"imported {totals['imported']}, already opted out {totals['alreadyOptedOut']}, "
              f"superseded by a later opt-in {totals['superseded']}, rejected {len(rejected)}\n")
    for line, reason in sorted(rejected):
        out.write(f"  line {line}: {reason}\n")
    return 3 if rejected else 0


def _read_state(path: Path) -> dict:
    """The progress of an interrupted import, or nothing if there is none or it is unreadable."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        sys.stderr.write(f"ignoring {path.name}: unreadable\n")
        return {}
    valid = isinstance(state, dict) and isinstance(state.get("doneThroughLine"), int)
    return state if valid else {}


def _write_state(path: Path, state: dict) -> None:
    """Replaced in one step, so a crash mid-write leaves the previous progress, never half a file."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(state), encoding="utf-8")
    os.replace(partial, path)


def command_program(client: Client, args: argparse.Namespace, out: TextIO) -> int:
    path = f"/sms/programs/{quote(args.sender_id, safe='')}"
    if args.action == "get":
        out.write(json.dumps(client.call("GET", path).json(), indent=2, ensure_ascii=False) + "\n")
    elif args.action == "set":
        try:
            brief = json.loads(Path(args.brief).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CliError(f"{args.brief}: not a readable JSON file ({exc})") from None
        out.write(json.dumps(client.call("PUT", path, brief).json(), indent=2, ensure_ascii=False) + "\n")
    else:
        client.call("DELETE", path)
        out.write("deleted; the defaults apply\n")
    return 0


def _batch_size(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 5000:
        raise argparse.ArgumentTypeError("a whole number from 1 to 5000")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="optout", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connection-string", default=os.environ.get("OPTOUT_CONNECTION_STRING"),
                        help="endpoint=...;accesskey=... (default: $OPTOUT_CONNECTION_STRING)")
    commands = parser.add_subparsers(dest="command", required=True)
    for action in ("check", "add", "remove"):
        sub = commands.add_parser(action, help=f"{action} recipients for a sender (the ACS opt-out API)")
        sub.add_argument("sender_id", metavar="FROM")
        sub.add_argument("recipients", metavar="TO", nargs="+")

    def filters(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--from", dest="sender", help="one sender's list")
        sub.add_argument("--to", dest="recipient", help="one recipient, across senders")
        sub.add_argument("--country", help="ISO region, e.g. US")
        sub.add_argument("--source", choices=["api", "keyword", "import", "carrier"])
        sub.add_argument("--after", help="opted out at or after (ISO 8601 with zone)")
        sub.add_argument("--before", help="opted out before (ISO 8601 with zone)")

    listing = commands.add_parser("list", help="list opted-out entries")
    filters(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    history = commands.add_parser("history", help="one pair's changes, newest first")
    history.add_argument("sender_id", metavar="FROM")
    history.add_argument("recipient_number", metavar="TO")
    history.add_argument("--json", action="store_true")
    export = commands.add_parser("export", help="export entries as CSV or NDJSON, page by page")
    filters(export)
    export.add_argument("--format", choices=["csv", "ndjson"], default="csv")
    export.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")
    importing = commands.add_parser("import", help="import opt-outs from a CSV or NDJSON file; resumable")
    importing.add_argument("file")
    importing.add_argument("--format", choices=["csv", "ndjson"], help="default: by the file's extension")
    importing.add_argument("--batch", type=_batch_size, default=IMPORT_BATCH,
                           help=f"rows per request, 1 to 5000 (default {IMPORT_BATCH})")
    importing.add_argument("--restart", action="store_true", help="ignore the progress of an interrupted run")
    program = commands.add_parser("program", help="a sender's program brief (keywords, replies)")
    program.add_argument("action", choices=["get", "set", "delete"])
    program.add_argument("sender_id", metavar="FROM")
    program.add_argument("brief", nargs="?", help="for set: a JSON file with the brief")
    return parser


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    args = _parser().parse_args(argv)
    try:
        if not args.connection_string:
            raise CliError("give --connection-string or set OPTOUT_CONNECTION_STRING")
        client = Client(args.connection_string)
        if args.command in ("check", "add", "remove"):
            return 0 if _print_results(_recipients_call(client, args.command, args.sender_id, args.recipients),
                                       out) else 1
        if args.command == "program" and args.action == "set" and not args.brief:
            raise CliError("program set needs a JSON file with the brief")
        handlers = {"list": command_list, "history": command_history, "export": command_export,
                    "import": command_import, "program": command_program}
        return handlers[args.command](client, args, out)
    except CliError as exc:
        sys.stderr.write(f"optout: {exc}\n")
        return 1
    except (OSError, UnicodeDecodeError, csv.Error, RecursionError, ValueError) as exc:
        # A file the command cannot read or write: one line, no traceback.
        sys.stderr.write(f"optout: {type(exc).__name__}: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("optout: interrupted; an import resumes where it stopped\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
