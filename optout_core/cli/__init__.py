"""`optout`: the operator's command line.

Most commands talk to the service's HTTP API, signed with an ACS-style connection string:

    export OPTOUT_CONNECTION_STRING="endpoint=http://127.0.0.1:7071/;accesskey=..."
    optout check +18005550100 +14255550123
    optout import list-from-old-provider.csv
    optout evidence +18005550100 +14255550123 --html evidence.html

`backup` and `restore` work on the storage account itself (docs/operations.md):

    export OPTOUT_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=...;AccountKey=..."
    optout backup optout-2026-11-30.ndjson.gz

Options go before or after the command. Exit status: 0 when everything worked, 1 when the service refused or could
not be reached, 2 for a wrong command line, 3 when an import finished but rejected some rows.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from importlib import metadata
from typing import TextIO

from . import backup, evidence, importing, optouts, reviews
from .client import CliError


def _version() -> str:
    try:
        return metadata.version("optout")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def _api_options() -> argparse.ArgumentParser:
    # SUPPRESS: a subcommand's parser sets the option only when it is given there, so that one given before the
    # subcommand is not overwritten by the subcommand's default.
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--connection-string", default=argparse.SUPPRESS,
                         help="endpoint=...;accesskey=... (default: $OPTOUT_CONNECTION_STRING)")
    return options


def _parser() -> argparse.ArgumentParser:
    api_options, storage_options = _api_options(), backup.storage_options()
    parser = argparse.ArgumentParser(prog="optout", description=__doc__, parents=[api_options, storage_options],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     help="what to do; `optout COMMAND --help` describes each")
    optouts.add_commands(commands, api_options)
    importing.add_commands(commands, api_options)
    reviews.add_commands(commands, api_options)
    evidence.add_commands(commands, api_options)
    backup.add_commands(commands, storage_options)
    return parser


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    args = _parser().parse_args(argv)
    args.connection_string = getattr(args, "connection_string", None) or os.environ.get("OPTOUT_CONNECTION_STRING")
    backup.settle_storage_options(args)
    try:
        return int(args.run(args, out))
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
