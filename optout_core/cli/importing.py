"""`optout import`: a CSV or NDJSON file of opt-outs, sent in batches, resumable after an interruption.

Progress is kept beside the file (`FILE.import-state.json`): the last line the service has answered for and the
totals so far, so that a resumed run reports both its own totals and the whole file's. Rejected lines are listed
as each batch is answered, so an interrupted run has already listed the ones it found.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .client import Client, CliError, JsonObject, Progress

IMPORT_BATCH = 1000
_COLUMN_NAMES = {"from": "from", "sender": "from", "to": "to", "recipient": "to", "country": "country",
                 "optedoutat": "optedOutAt", "opted_out_at": "optedOutAt", "time": "optedOutAt"}
_COUNTS = ("imported", "already_opted_out", "superseded", "rejected")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 options: argparse.ArgumentParser) -> None:
    importing = commands.add_parser("import", parents=[options],
                                    help="import opt-outs from a CSV or NDJSON file; resumable")
    importing.add_argument("file", metavar="FILE",
                           help="CSV with a header naming 'from' (or 'sender') and 'to' (or 'recipient'), optionally "
                                "'country' and 'optedOutAt' (or 'time'); or NDJSON, one object per line")
    importing.add_argument("--format", choices=["csv", "ndjson"], help="default: by the file's extension")
    importing.add_argument("--batch", type=_batch_size, default=IMPORT_BATCH,
                           help=f"rows per request, 1 to 5000 (default {IMPORT_BATCH})")
    importing.add_argument("--restart", action="store_true", help="ignore the progress of an interrupted run")
    importing.set_defaults(run=_import)


def _batch_size(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 5000:
        raise argparse.ArgumentTypeError("a whole number from 1 to 5000")
    return int(text)


@dataclass
class Totals:
    imported: int = 0
    already_opted_out: int = 0
    superseded: int = 0
    rejected: int = 0

    def add(self, other: Totals) -> Totals:
        return Totals(**{name: getattr(self, name) + getattr(other, name) for name in _COUNTS})

    def summary(self) -> str:
        return (f"imported {self.imported}, already opted out {self.already_opted_out}, superseded by a later opt-in "
                f"{self.superseded}, rejected {self.rejected}")


@dataclass
class _Run:
    """One run's progress through the file."""

    path: Path
    state_path: Path
    fingerprint: str
    earlier: Totals
    progress: Progress
    through: int  # the last line the service has answered for
    this_run: Totals = field(default_factory=Totals)
    batch: list[JsonObject] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def send(self, client: Client, through_line: int, out: TextIO) -> None:
        """Sends the batch (if any), lists its rejected lines, and records that the file is done through a line."""
        if self.batch:
            result = client.call("POST", "/sms/optouts:import", {"file": self.path.name, "rows": self.batch}).json()
            self.this_run = self.this_run.add(Totals(result["imported"], result["alreadyOptedOut"],
                                                     result["superseded"]))
            self.rejected.extend((error["line"], error["reason"]) for error in result["errors"])
        self.this_run.rejected += len(self.rejected)
        out.writelines(f"  line {line}: {reason}\n" for line, reason in sorted(self.rejected))
        out.flush()
        whole = self.earlier.add(self.this_run)
        _write_state(self.state_path, {"fingerprint": self.fingerprint, "doneThroughLine": through_line,
                                       "totals": vars(whole)})
        sys.stderr.write(f"line {self.progress.of_total(through_line)}: {whole.imported} imported, "
                         f"{whole.already_opted_out} already opted out, {whole.rejected} rejected\n")
        self.through = through_line
        self.batch.clear()
        self.rejected.clear()


def _import(args: argparse.Namespace, out: TextIO) -> int:
    client = Client(args.connection_string)
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    file_format = args.format or ("ndjson" if path.suffix.lower() in (".ndjson", ".jsonl") else "csv")
    state_path = path.with_name(path.name + ".import-state.json")
    fingerprint, lines = _fingerprint_and_lines(path)
    state = _read_state(state_path) if not args.restart else {}
    resumed = state.get("fingerprint") == fingerprint and state.get("doneThroughLine", 0) > 0
    done_through = state["doneThroughLine"] if resumed else 0
    if resumed:
        sys.stderr.write(f"resuming after line {done_through} (use --restart to start over)\n")
    run = _Run(path, state_path, fingerprint, _totals(state) if resumed else Totals(),
               Progress(lines, start=done_through), done_through)
    last_line = done_through
    for line, row, problem in _rows(path, file_format):
        if line <= done_through:
            continue
        last_line = line
        if problem is not None:
            run.rejected.append((line, problem))
        elif row is not None:
            run.batch.append({"line": line, **row})
        if len(run.batch) >= args.batch:
            run.send(client, line, out)
    if last_line > run.through:
        run.send(client, last_line, out)
    state_path.unlink(missing_ok=True)
    whole = run.earlier.add(run.this_run)
    if resumed:
        out.write(f"this run: {run.this_run.summary()}\nwhole file: {whole.summary()}\n")
    else:
        out.write(whole.summary() + "\n")
    return 3 if whole.rejected else 0


def _rows(path: Path, file_format: str) -> Iterator[tuple[int, JsonObject | None, str | None]]:
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
            # Cells past the header's columns are ignored.
            fields = {column: cell for column, cell in zip(columns, cells, strict=False) if column and cell}
            yield reader.line_num, fields, None


def _row_fields(record: JsonObject) -> JsonObject:
    fields = {_COLUMN_NAMES[key.lower()]: value for key, value in record.items() if key.lower() in _COLUMN_NAMES}
    if not all(isinstance(value, str) for value in fields.values()):
        raise TypeError("values must be text")
    return fields


def _fingerprint_and_lines(path: Path) -> tuple[str, int]:
    """The file's SHA-256 (a resumed run must be reading the same file) and its number of lines, in one pass."""
    digest, lines, last = hashlib.sha256(), 0, b"\n"
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            lines += block.count(b"\n")
            last = block[-1:]
    return digest.hexdigest(), lines + (last != b"\n")


def _totals(state: JsonObject) -> Totals:
    saved = state.get("totals")
    if isinstance(saved, dict) and all(isinstance(saved.get(name), int) for name in _COUNTS):
        return Totals(**{name: saved[name] for name in _COUNTS})
    return Totals()


def _read_state(path: Path) -> JsonObject:
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


def _write_state(path: Path, state: JsonObject) -> None:
    """Replaced in one step, so a crash mid-write leaves the previous progress, never half a file."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(state), encoding="utf-8")
    os.replace(partial, path)
