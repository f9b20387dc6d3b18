"""Every phone number masked in every log line, whoever writes it.

Our own messages mask the numbers they name (`numbers.mask`), but a line can carry numbers nobody chose to write:
an exception from the storage SDK quotes the request URL, whose keys and filter hold the sender and the recipient
(`PartitionKey='%2B18005550100'`), and the SDK's own HTTP logging prints the same URLs. So every log record is
masked as it is made, whichever logger makes it and whichever handler (the Functions worker's, the dev host's, a
test's) writes it: its message and its traceback are rendered once, with every number masked, and only that text
is kept.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .numbers import mask

# A number after `+` or its URL encoding `%2B`, with the separators people type; or a bare run of 10 to 15 digits
# (E.164 without its `+`, as ACS events write numbers). Short codes and 16-digit counters are left alone.
_PHONE_NUMBER = re.compile(r"(\+|%2[Bb])(\d[\d ().\-]{4,}\d)|(?<![\d])(\d{10,15})(?![\d])")


def mask_numbers(text: str) -> str:
    def masked(match: re.Match[str]) -> str:
        prefix, digits, bare = match.groups()
        return f"{prefix}{mask(digits)}" if bare is None else mask(bare)

    return _PHONE_NUMBER.sub(masked, text)


def _masked(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # arguments that do not fit the message: keep both, as logging would report them
        message = f"{record.msg} {record.args}"
    record.msg, record.args = mask_numbers(message), None
    if record.exc_info:
        # What logging.Formatter would print; handlers print exc_text as it is, and never see the exception itself.
        rendered = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_text, record.exc_info = mask_numbers(rendered), None
    elif record.exc_text:
        record.exc_text = mask_numbers(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_numbers(record.stack_info)
    return record


def mask_numbers_in_logs() -> None:
    """Mask every log record this process makes from now on; calling it again changes nothing."""
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "masks_numbers", False):
        return

    def make_masked_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return _masked(make_record(*args, **kwargs))

    make_masked_record.masks_numbers = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(make_masked_record)


LOG_FORMAT = "OPTOUT_LOG_FORMAT"


class JsonFormatter(logging.Formatter):
    """One JSON object a line (time, level, logger, message, exception), for log collectors that read stdout; every
    number masked again here, for a record not made by the factory (`logging.makeLogRecord`)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name, "message": mask_numbers(record.getMessage())}
        exception = record.exc_text or (self.formatException(record.exc_info) if record.exc_info else "")
        if exception:
            entry["exception"] = mask_numbers(exception)
        if record.stack_info:
            entry["stack"] = mask_numbers(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


def log_formatter(environ: Mapping[str, str]) -> logging.Formatter:
    """What `OPTOUT_LOG_FORMAT` asks for: `text` (the default, for people) or `json`; ValueError naming it if
    neither."""
    chosen = environ.get(LOG_FORMAT, "").strip().lower() or "text"
    if chosen == "json":
        return JsonFormatter()
    if chosen == "text":
        return logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    raise ValueError(f"{LOG_FORMAT} must be text or json, not {chosen!r}")
