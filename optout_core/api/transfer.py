"""Export and import of the whole list, beyond ACS."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal, overload

from ..contract import ImportRequest, ImportResult, ImportRow, ImportRowError
from ..numbers import (
    INVALID_RECIPIENT_MESSAGE,
    InvalidNumberError,
    Recipient,
    parse_recipient,
    parse_sender,
    region_codes_for_number,
)
from ..storage import Change, OptOutStore, Outcome, Source
from .access import Access, Authenticator
from .http import HttpRequestData, HttpResult, answer, json_result, parse_body
from .listing import entries_page, entry_model, entry_query
from .query import Query, parse_moment

log = logging.getLogger(__name__)

MAX_EXPORT_PAGE_SIZE = 5000
EXPORT_COLUMNS = ("from", "to", "country", "source", "optedOutAt", "rule", "keyword")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_IMPORT_BODY_BYTES = 4 * 1024 * 1024
_IMPORT_FIELD_LENGTH = 64
# Times before this are refused in filters and imports: history keys count microseconds since 1970.
EARLIEST_TIME = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)


def spreadsheet_safe(cell: str) -> str:
    """A leading apostrophe keeps a spreadsheet from reading a cell as a formula (=, +, -, @); import takes it off
    again, so "+14255550123" round-trips."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def from_spreadsheet(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


class TransferApi:
    """Export and import of the whole list, beyond ACS: `GET /sms/optouts:export` (CSV or NDJSON, a page at a time,
    the next page in a `Link` header) and `POST /sms/optouts:import` (rows in batches; errors reported per line)."""

    def __init__(self, store: OptOutStore, auth: Authenticator,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._auth = auth
        self._clock = clock

    async def export(self, request: HttpRequestData) -> HttpResult:
        return await answer("export", self._export(request))

    async def import_rows(self, request: HttpRequestData) -> HttpResult:
        return await answer("import", self._import(request))

    async def _export(self, request: HttpRequestData) -> HttpResult:
        await self._auth.authenticate(request, Access.READ)
        query = Query(request.url)
        output = query.choice("format", ["csv", "ndjson"]) or "csv"
        rows, continuation = await entries_page(self._store, query, entry_query(query),
                                                 query.page_size(MAX_EXPORT_PAGE_SIZE))
        entries = [entry_model(row).model_dump(mode="json", by_alias=True) for row in rows]
        if output == "ndjson":
            body, media_type = "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in entries), \
                "application/x-ndjson"
        else:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            if query.continuation() is None:
                writer.writerow(EXPORT_COLUMNS)
            writer.writerows([spreadsheet_safe(str(entry.get(column) or "")) for column in EXPORT_COLUMNS]
                             for entry in entries)
            body, media_type = buffer.getvalue(), "text/csv"
        headers = {"Content-Type": f"{media_type}; charset=utf-8"}
        next_link = query.next_link(continuation)
        if next_link:
            headers["Link"] = f'<{next_link}>; rel="next"'
        return HttpResult(status=200, body=body.encode("utf-8"), headers=headers)

    async def _import(self, request: HttpRequestData) -> HttpResult:
        caller = await self._auth.authenticate(request, Access.WRITE, MAX_IMPORT_BODY_BYTES)
        payload = parse_body(ImportRequest, request.body)
        now = self._clock()
        errors: list[ImportRowError] = []
        by_sender: dict[str, list[tuple[Recipient, Change]]] = {}
        for row in payload.rows:
            try:
                sender, recipient, at = _import_row(row, now)
            except ValueError as exc:
                errors.append(ImportRowError(line=row.line, reason=str(exc)))
                continue
            evidence = {**caller.evidence, "line": str(row.line), **({"file": payload.file} if payload.file else {})}
            by_sender.setdefault(sender, []).append((recipient, Change(
                opted_out=True, source=Source.IMPORT, at=at, evidence=evidence, record_no_ops=False)))
        results = await asyncio.gather(*(self._store.import_pairs(sender, pairs)
                                         for sender, pairs in by_sender.items()))
        outcomes = [outcome for result in results for outcome in result.values()]
        log.info("import of %d rows: %d imported, %d rejected", len(payload.rows),
                 outcomes.count(Outcome.CHANGED), len(errors))
        return json_result(200, ImportResult(imported=outcomes.count(Outcome.CHANGED),
                                             already_opted_out=outcomes.count(Outcome.ALREADY_IN_STATE),
                                             superseded=outcomes.count(Outcome.SUPERSEDED),
                                             errors=sorted(errors, key=lambda error: error.line)))


@overload
def _text(value: Any, name: str, required: Literal[True]) -> str: ...


@overload
def _text(value: Any, name: str, required: bool) -> str | None: ...


def _text(value: Any, name: str, required: bool) -> str | None:
    if value is None or value == "":
        if required:
            raise ValueError(f"{name}: missing")
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name}: must be text")
    if len(value) > _IMPORT_FIELD_LENGTH:
        raise ValueError(f"{name}: longer than {_IMPORT_FIELD_LENGTH} characters")
    return value


def _import_row(row: ImportRow, now: datetime) -> tuple[str, Recipient, datetime]:
    """A row made ready to store, or ValueError saying what is wrong with it."""
    try:
        sender = parse_sender(from_spreadsheet(_text(row.sender, "from", required=True)))
    except InvalidNumberError as exc:
        raise ValueError(f"from: {exc}") from exc
    try:
        recipient = parse_recipient(from_spreadsheet(_text(row.to, "to", required=True)))
    except InvalidNumberError as exc:
        raise ValueError(f"to: {INVALID_RECIPIENT_MESSAGE}") from exc
    country = _text(row.country, "country", required=False)
    if country and country.upper() not in {recipient.country, *region_codes_for_number(recipient.e164)}:
        raise ValueError(f"country: {country} does not match the number's calling code")
    if country:
        recipient = Recipient(recipient.e164, country.upper())
    moment = _text(row.opted_out_at, "optedOutAt", required=False)
    if moment is None:
        return sender.key, recipient, now
    try:
        return sender.key, recipient, parse_moment(moment, latest=now)
    except ValueError as exc:
        raise ValueError(f"optedOutAt: {exc}") from None
