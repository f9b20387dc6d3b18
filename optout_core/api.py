"""The HTTP API, free of any web framework: a request in, a status, headers and body out.

Every refusal of a whole request is a 4xx in the ACS error envelope (or a 503
when storage is unreachable, so clients retry); nothing is written for a
refused request.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Literal, TypeVar, overload
from urllib.parse import parse_qs, urlencode, urlsplit

from azure.data.tables import TableEntity
from pydantic import BaseModel, ValidationError

from .auth import AuthenticationError, HmacVerifier, SignedRequest
from .contract import (
    OPTOUT_API_VERSIONS,
    SEND_API_VERSIONS,
    EntryPage,
    ErrorDetail,
    ErrorResponse,
    HistoryPage,
    HistoryRecord,
    ImportRequest,
    ImportResult,
    ImportRow,
    ImportRowError,
    OptOutEntry,
    OptOutRequest,
    OptOutResponse,
    OptOutResponseItem,
    Review,
    ReviewDecision,
    ReviewPage,
    SendMessageRequest,
    SmsSendResponse,
    SmsSendResponseItem,
)
from .messaging import OutboundBatch, OutboundRecipient, SmsTransport, TransportError
from .numbers import (
    INVALID_RECIPIENT_MESSAGE,
    InvalidNumberError,
    Recipient,
    Sender,
    mask,
    parse_recipient,
    parse_sender,
    region_codes_for_number,
)
from .paging import MalformedTokenError, decode_token, encode_token
from .programs import ProgramBrief, ProgramStore
from .review import (
    ReviewAction,
    ReviewConflictError,
    ReviewFilter,
    ReviewNotFoundError,
    ReviewQueue,
    ReviewStatus,
)
from .storage import Change, Continuation, EntryQuery, OptOutStore, Outcome, Page, Source, StorageUnavailableError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
_RETRY_AFTER_SECONDS = "5"
_Model = TypeVar("_Model", bound=BaseModel)


@dataclass(frozen=True)
class HttpRequestData:
    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes

    @classmethod
    def create(cls, method: str, url: str, headers: Iterable[tuple[str, str]], body: bytes) -> HttpRequestData:
        """Header names are lower-cased so that lookups are case-insensitive, as HTTP requires."""
        return cls(method=method.upper(), url=url, headers={k.lower(): v for k, v in headers}, body=body)


@dataclass(frozen=True)
class HttpResult:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json; charset=utf-8"})


def json_result(status: int, model: BaseModel) -> HttpResult:
    return HttpResult(status=status, body=model.model_dump_json(exclude_none=True).encode("utf-8"))


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, target: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.detail = ErrorDetail(code=code, message=message, target=target)

    def result(self) -> HttpResult:
        response = json_result(self.status, ErrorResponse(error=self.detail))
        if self.status == 503:
            response.headers["Retry-After"] = _RETRY_AFTER_SECONDS
        return response


def _describe_location(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse_body(model: type[_Model], body: bytes) -> _Model:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = _describe_location(first["loc"])
        if first["type"] == "json_invalid":
            raise ApiError(400, "BadRequest", f"The request body is not valid UTF-8 JSON: {first['msg']}.") from None
        message = f"{where}: {first['msg']}" if where else f"The request body: {first['msg']}"
        raise ApiError(400, "BadRequest", message, target=where or None) from None


def api_version(url: str, supported: frozenset[str]) -> str:
    values = parse_qs(urlsplit(url).query, keep_blank_values=True).get("api-version", [""])
    version = values[0]
    if not version:
        raise ApiError(400, "ApiVersionUnspecified", "An API version is required, but was not specified.")
    if version not in supported:
        resource = urlsplit(url)._replace(query="", fragment="").geturl()
        raise ApiError(
            400,
            "InvalidApiVersion",
            f"The HTTP resource that matches the request URI '{resource}' does not support the API version "
            f"'{version[:64]}'. Supported: {', '.join(sorted(supported))}.",
        )
    return version


class OptOutAction(str, Enum):
    ADD = "add"
    REMOVE = "remove"
    CHECK = "check"


def authenticate(verifier: HmacVerifier, request: HttpRequestData, max_body: int = MAX_BODY_BYTES) -> SignedRequest:
    """Size first (cheap, and bounds the hashing), then the ACS HMAC signature: who signed, and when."""
    if len(request.body) > max_body:
        raise ApiError(413, "RequestEntityTooLarge", f"The request body exceeds {max_body} bytes.")
    try:
        return verifier.verify(request.method, request.url, request.headers, request.body)
    except AuthenticationError as exc:
        raise ApiError(401, exc.code, exc.message) from exc


async def _answer(operation: str, work: Awaitable[HttpResult]) -> HttpResult:
    """Turn refusals into ACS error responses, and a storage outage into a 503 that clients retry."""
    try:
        return await work
    except ApiError as exc:
        return exc.result()
    except StorageUnavailableError as exc:
        log.error("%s refused: storage unavailable: %s", operation, exc)
        return ApiError(503, "ServiceUnavailable", "Storage is unavailable; retry later.").result()


class OptOutApi:
    """`POST /sms/optouts:add|remove|check`, wire-compatible with ACS.

    An add or remove takes effect as of the moment it was signed, so the latest-wins rule orders it against
    keywords by when each was asked for; the same signed request received again changes and records nothing
    (docs/decisions.md)."""

    def __init__(self, store: OptOutStore, verifier: HmacVerifier) -> None:
        self._store = store
        self._verifier = verifier

    async def handle(self, action: OptOutAction, request: HttpRequestData) -> HttpResult:
        return await _answer(f"opt-out {action.value}", self._handle(action, request))

    async def _handle(self, action: OptOutAction, request: HttpRequestData) -> HttpResult:
        signed = authenticate(self._verifier, request)
        api_version(request.url, OPTOUT_API_VERSIONS)
        payload = parse_body(OptOutRequest, request.body)
        sender = _sender(payload.sender)
        items = await self._run(action, sender.key, payload, signed)
        failed = sum(item.http_status_code != 200 for item in items)
        log.info("opt-out %s from %s: %d recipients, %d failed", action.value, mask(sender.key), len(items), failed)
        return json_result(200, OptOutResponse(value=items))

    async def _run(
        self, action: OptOutAction, sender_key: str, payload: OptOutRequest, signed: SignedRequest
    ) -> list[OptOutResponseItem]:
        parsed = [_recipient_or_none(item.to) for item in payload.recipients]
        usable = [recipient for recipient in parsed if recipient is not None]

        if action is OptOutAction.CHECK:
            states = await self._store.check(sender_key, [recipient.e164 for recipient in usable]) if usable else {}
        else:
            change = Change(opted_out=action is OptOutAction.ADD, source=Source.API, at=signed.at,
                            evidence={"key": signed.key.name})
            outcomes = await self._store.apply(sender_key, usable, change, signed.signature) if usable else {}

        items = []
        for item, recipient in zip(payload.recipients, parsed, strict=True):
            if recipient is None:
                items.append(OptOutResponseItem(to=item.to, http_status_code=400,
                                                error_message=INVALID_RECIPIENT_MESSAGE))
            elif action is OptOutAction.CHECK:
                items.append(OptOutResponseItem(to=item.to, http_status_code=200, is_opted_out=states[recipient.e164]))
            elif outcomes[recipient.e164] is Outcome.SUPERSEDED:
                items.append(OptOutResponseItem(to=item.to, http_status_code=409,
                                                error_message=_SUPERSEDED_MESSAGES[action]))
            else:
                items.append(OptOutResponseItem(to=item.to, http_status_code=200))
        return items


_SUPERSEDED_MESSAGES = {
    OptOutAction.ADD: "Not added: the recipient opted in again after this request was signed (a later START), and "
                      "the latest change wins. Send a new request to opt them out now.",
    OptOutAction.REMOVE: "Not removed: the recipient opted out again after this request was signed (a later "
                         "STOP), and the latest change wins.",
}


def _recipient(text: str) -> Recipient:
    """A recipient named in the query (`to`): unusable, it refuses the request."""
    try:
        return parse_recipient(text)
    except InvalidNumberError as exc:
        raise ApiError(400, "BadRequest", INVALID_RECIPIENT_MESSAGE, target="to") from exc


def _sender(text: str) -> Sender:
    try:
        return parse_sender(text)
    except InvalidNumberError as exc:
        raise ApiError(400, "BadRequest", str(exc), target="from") from exc


class ProgramApi:
    """`PUT`, `GET` and `DELETE /sms/programs/{sender}`: the program brief of one sender (docs/keywords.md)."""

    def __init__(self, programs: ProgramStore, verifier: HmacVerifier) -> None:
        self._programs = programs
        self._verifier = verifier

    async def handle(self, request: HttpRequestData, sender_text: str) -> HttpResult:
        return await _answer(f"program {request.method}", self._handle(request, sender_text))

    async def _handle(self, request: HttpRequestData, sender_text: str) -> HttpResult:
        authenticate(self._verifier, request)
        sender = _sender(sender_text)
        if request.method == "PUT":
            brief = parse_body(ProgramBrief, request.body)
            await self._programs.put_brief(sender.key, brief)
            log.info("program brief of %s replaced", mask(sender.key))
            return json_result(200, brief)
        if request.method == "DELETE":
            await self._programs.delete_brief(sender.key)
            log.info("program brief of %s deleted", mask(sender.key))
            return HttpResult(status=204, body=b"", headers={})
        stored = await self._programs.get_brief(sender.key)
        if stored is None:
            raise ApiError(404, "ProgramNotFound", "This sender has no program brief; the defaults apply.")
        return json_result(200, stored)


OPTED_OUT_STATUS = 403
OPTED_OUT_MESSAGE = "Not sent: the recipient opted out of messages from this sender."
INVALID_TO_MESSAGE = "Invalid To phone number format."


class SendApi:
    """`POST /sms`, wire-compatible with ACS send: recipients who opted out are answered, not sent to; the others
    are forwarded to ACS in one call, with their repeatability fields, the message and the send options as given."""

    def __init__(self, store: OptOutStore, verifier: HmacVerifier, transport: SmsTransport) -> None:
        self._store = store
        self._verifier = verifier
        self._transport = transport

    async def handle(self, request: HttpRequestData) -> HttpResult:
        return await _answer("send", self._handle(request))

    async def _handle(self, request: HttpRequestData) -> HttpResult:
        authenticate(self._verifier, request)
        version = api_version(request.url, SEND_API_VERSIONS)
        payload = parse_body(SendMessageRequest, request.body)
        sender = _sender(payload.sender)
        parsed = [_recipient_or_none(recipient.to) for recipient in payload.sms_recipients]
        usable = [recipient.e164 for recipient in parsed if recipient is not None]
        opted_out = await self._store.check(sender.key, usable) if usable else {}
        forward = {index: recipient for index, recipient in enumerate(parsed)
                   if recipient is not None and not opted_out[recipient.e164]}
        forwarded = await self._forward(payload, forward, version) if forward else {}

        items = []
        for index, (asked, recipient) in enumerate(zip(payload.sms_recipients, parsed, strict=True)):
            if index in forwarded:
                items.append(forwarded[index])
            elif recipient is None:
                items.append(SmsSendResponseItem(to=asked.to, http_status_code=400, successful=False,
                                                 error_message=INVALID_TO_MESSAGE))
            else:
                items.append(SmsSendResponseItem(to=asked.to, http_status_code=OPTED_OUT_STATUS, successful=False,
                                                 error_message=OPTED_OUT_MESSAGE))
        log.info("send from %s: %d recipients, %d opted out (not sent), %d invalid, %d forwarded", mask(sender.key),
                 len(items), sum(opted_out.values()), parsed.count(None), len(forward))
        return json_result(202, SmsSendResponse(value=items))

    async def _forward(self, payload: SendMessageRequest, forward: dict[int, Recipient],
                       version: str) -> dict[int, SmsSendResponseItem]:
        batch = OutboundBatch(
            sender=payload.sender.strip(), message=payload.message, api_version=version,
            recipients=[OutboundRecipient(to=recipient.e164,
                                          repeatability_request_id=payload.sms_recipients[index].repeatability_request_id,
                                          repeatability_first_sent=payload.sms_recipients[index].repeatability_first_sent)
                        for index, recipient in forward.items()],
            options=payload.sms_send_options.model_dump(by_alias=True, exclude_none=True)
            if payload.sms_send_options else None)
        try:
            results = await self._transport.send(batch)
        except TransportError as exc:
            raise _upstream_error(exc) from exc
        return {index: SmsSendResponseItem(
                    to=payload.sms_recipients[index].to, message_id=result.message_id,
                    http_status_code=result.http_status_code, repeatability_result=result.repeatability_result,
                    successful=result.successful, error_message=result.error_message)
                for index, result in zip(forward, results, strict=False)}


def _recipient_or_none(text: str) -> Recipient | None:
    try:
        return parse_recipient(text)
    except InvalidNumberError:
        return None


def _upstream_error(exc: TransportError) -> ApiError:
    """ACS's refusal of the request, passed on; its outage, a 503. Never a success for what was not sent."""
    if exc.status in (401, 403):
        # Our credentials, not the caller's: passing a 401 on would send them hunting for a fault in their own key.
        return ApiError(502, "UpstreamAuthenticationFailed", "ACS refused this service's credentials; nothing was "
                        "sent. The operator must check COMMUNICATION_SERVICES_CONNECTION_STRING.")
    if exc.status is not None and 400 <= exc.status < 500:
        error = (exc.body or {}).get("error") or {}
        return ApiError(exc.status, str(error.get("code") or "AcsRefused"),
                        str(error.get("message") or f"ACS refused the send with {exc.status}."))
    return ApiError(503, "ServiceUnavailable",
                    "ACS could not be reached or failed; the message may not have been sent. Retrying with the same "
                    "repeatabilityRequestId values is safe.")


DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


class ListApi:
    """Reading the list, beyond what ACS offers: `GET /sms/optouts` (filtered, paged) and
    `GET /sms/optouts/history` (one pair's changes, newest first). Same HMAC authentication."""

    def __init__(self, store: OptOutStore, verifier: HmacVerifier) -> None:
        self._store = store
        self._verifier = verifier

    async def entries(self, request: HttpRequestData) -> HttpResult:
        return await _answer("list", self._entries(request))

    async def history(self, request: HttpRequestData) -> HttpResult:
        return await _answer("history", self._history(request))

    async def _entries(self, request: HttpRequestData) -> HttpResult:
        authenticate(self._verifier, request)
        query = _Query(request.url)
        entry_query = _entry_query(query)
        rows, continuation = await _entries_page(self._store, query, entry_query, query.page_size())
        return json_result(200, EntryPage(value=[_entry(row) for row in rows],
                                          next_link=query.next_link(continuation)))


    async def _history(self, request: HttpRequestData) -> HttpResult:
        authenticate(self._verifier, request)
        query = _Query(request.url)
        sender = _sender(query.required("from"))
        recipient = _recipient(query.required("to"))
        rows, continuation = await self._store.history(sender.key, recipient.e164, query.page_size(),
                                                       query.continuation())
        return json_result(200, HistoryPage(value=[_history_record(row) for row in rows],
                                            next_link=query.next_link(continuation)))


class _Query:
    """A request's query parameters, read strictly: an unusable value is a 400 naming the parameter."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._values = {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}

    def text(self, name: str) -> str | None:
        return self._values.get(name)

    def required(self, name: str) -> str:
        value = self._values.get(name)
        if not value:
            raise ApiError(400, "BadRequest", f"The query parameter '{name}' is required.", target=name)
        return value

    def choice(self, name: str, allowed: list[str]) -> str | None:
        value = self._values.get(name)
        if value is not None and value not in allowed:
            raise ApiError(400, "BadRequest", f"'{name}' must be one of {', '.join(allowed)}.", target=name)
        return value

    def moment(self, name: str) -> datetime | None:
        value = self._values.get(name)
        if value is None:
            return None
        try:
            return parse_moment(value, latest=_LATEST_TIME)
        except ValueError as exc:
            raise ApiError(400, "BadRequest", f"'{name}': {exc}, such as 2026-01-31T00:00:00Z.", target=name) from None

    def page_size(self, largest: int = MAX_PAGE_SIZE) -> int:
        value = self._values.get("maxPageSize", str(min(DEFAULT_PAGE_SIZE, largest)))
        if not re.fullmatch(r"[0-9]{1,5}", value) or not 1 <= int(value) <= largest:
            raise ApiError(400, "BadRequest", f"'maxPageSize' must be a whole number from 1 to {largest}.",
                           target="maxPageSize")
        return int(value)

    def continuation(self) -> Continuation | None:
        token = self._values.get("continuationToken")
        if token is None:
            return None
        try:
            return decode_token(token)
        except MalformedTokenError:
            raise ApiError(400, "BadRequest", "'continuationToken' is not one this service issued.",
                           target="continuationToken") from None

    def next_link(self, continuation: Continuation | None) -> str | None:
        if continuation is None:
            return None
        parameters = {**self._values, "continuationToken": encode_token(continuation)}
        return urlsplit(self._url)._replace(query=urlencode(parameters), fragment="").geturl()


async def _entries_page(store: OptOutStore, query: _Query, wanted: EntryQuery, page_size: int) -> Page:
    """A page of entries for the listing or the export. With `to`, one recipient across senders: a bounded lookup
    through the registry of senders, answered on one page, with the other filters applied to it."""
    text = query.text("to")
    if text is None:
        return await store.entries(wanted, page_size, query.continuation())
    recipient = _recipient(text)
    return [row for row in await store.entries_of_recipient(recipient.e164) if wanted.matches(row)], None


def _entry_query(query: _Query) -> EntryQuery:
    sender = query.text("from")
    country = query.text("country")
    return EntryQuery(sender_key=_sender(sender).key if sender is not None else None,
                      country=country.upper() if country is not None else None,
                      source=query.choice("source", [source.value for source in Source]),
                      opted_out_after=query.moment("optedOutAfter"), opted_out_before=query.moment("optedOutBefore"))


def _evidence(row: TableEntity) -> dict[str, str]:
    try:
        evidence = json.loads(row.get("Evidence") or "{}")
    except ValueError:
        return {}
    return {str(key): str(value) for key, value in evidence.items()} if isinstance(evidence, dict) else {}


def _entry(row: TableEntity) -> OptOutEntry:
    evidence = _evidence(row)
    return OptOutEntry(sender=row["Sender"], to=row["Recipient"], country=row["Country"], source=row["Source"],
                       opted_out_at=row["ChangedAt"], rule=evidence.get("rule"), keyword=evidence.get("keyword"))


def _history_record(row: TableEntity) -> HistoryRecord:
    return HistoryRecord(sender=row["Sender"], to=row["Recipient"], action=row["Action"], outcome=row["Outcome"],
                         source=row["Source"], at=row["At"], recorded_at=row["RecordedAt"], evidence=_evidence(row))


MAX_EXPORT_PAGE_SIZE = 5000
EXPORT_COLUMNS = ("from", "to", "country", "source", "optedOutAt", "rule", "keyword")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_IMPORT_BODY_BYTES = 4 * 1024 * 1024
_IMPORT_FIELD_LENGTH = 64
# Times before this are refused in filters and imports: history keys count microseconds since 1970.
EARLIEST_TIME = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)


def spreadsheet_safe(cell: str) -> str:
    """A leading apostrophe keeps a spreadsheet from reading a cell as a formula (=, +, -, @); import takes it off
    again, so "+14255550123" round-trips."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def from_spreadsheet(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


class TransferApi:
    """Export and import of the whole list, beyond ACS: `GET /sms/optouts:export` (CSV or NDJSON, a page at a time,
    the next page in a `Link` header) and `POST /sms/optouts:import` (rows in batches; errors reported per line)."""

    def __init__(self, store: OptOutStore, verifier: HmacVerifier,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._verifier = verifier
        self._clock = clock

    async def export(self, request: HttpRequestData) -> HttpResult:
        return await _answer("export", self._export(request))

    async def import_rows(self, request: HttpRequestData) -> HttpResult:
        return await _answer("import", self._import(request))

    async def _export(self, request: HttpRequestData) -> HttpResult:
        authenticate(self._verifier, request)
        query = _Query(request.url)
        output = query.choice("format", ["csv", "ndjson"]) or "csv"
        rows, continuation = await _entries_page(self._store, query, _entry_query(query),
                                                 query.page_size(MAX_EXPORT_PAGE_SIZE))
        entries = [_entry(row).model_dump(mode="json", by_alias=True) for row in rows]
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
        key = authenticate(self._verifier, request, MAX_IMPORT_BODY_BYTES).key
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
            evidence = {"key": key.name, "line": str(row.line), **({"file": payload.file} if payload.file else {})}
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


def parse_moment(text: str, latest: datetime) -> datetime:
    """An ISO 8601 time with a zone, from 1970 (history keys count from then) to `latest`; else ValueError."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError("an ISO 8601 time needs a zone")
    if not EARLIEST_TIME <= moment <= latest:
        raise ValueError(f"must lie between 1970 and {latest:%Y-%m-%d}")
    return moment


class ReviewApi:
    """The review queue of ambiguous keyword decisions (review.py): `GET /sms/optouts/reviews` lists them (by
    sender, time and status, newest first, paged) and `POST /sms/optouts/reviews:decide` confirms or reverses one."""

    def __init__(self, queue: ReviewQueue, verifier: HmacVerifier) -> None:
        self._queue = queue
        self._verifier = verifier

    async def list(self, request: HttpRequestData) -> HttpResult:
        return await _answer("review list", self._list(request))

    async def decide(self, request: HttpRequestData) -> HttpResult:
        return await _answer("review decision", self._decide(request))

    async def _list(self, request: HttpRequestData) -> HttpResult:
        authenticate(self._verifier, request)
        query = _Query(request.url)
        sender = query.text("from")
        status = query.choice("status", [*(status.value for status in ReviewStatus), "all"]) or "open"
        wanted = ReviewFilter(sender_key=_sender(sender).key if sender is not None else None,
                              since=query.moment("since"), until=query.moment("until"),
                              status=None if status == "all" else ReviewStatus(status))
        rows, continuation = await self._queue.page(wanted, query.page_size(), query.continuation())
        return json_result(200, ReviewPage(value=[_review(row) for row in rows],
                                           next_link=query.next_link(continuation)))

    async def _decide(self, request: HttpRequestData) -> HttpResult:
        key = authenticate(self._verifier, request).key
        payload = parse_body(ReviewDecision, request.body)
        sender = _sender(payload.sender)
        try:
            row = await self._queue.decide(sender.key, payload.id, ReviewAction(payload.action), who=key.name,
                                           note=payload.note)
        except ReviewNotFoundError:
            raise ApiError(404, "ReviewNotFound", "No review with this id for this sender.", target="id") from None
        except ReviewConflictError as exc:
            raise ApiError(409, "Conflict", str(exc)) from None
        log.info("review %s of %s: %s by %s", payload.id, mask(sender.key), payload.action, key.name)
        return json_result(200, _review(row))


def _review(row: TableEntity) -> Review:
    return Review(id=row["RowKey"], sender=row["PartitionKey"], to=row["Recipient"], message_id=row["MessageId"],
                  received_at=row["ReceivedAt"], text=row["Text"], intent=row["Intent"], rule=row["Rule"],
                  keyword=row["Keyword"], language=row["Language"], reason=row["Reason"], status=row["Status"],
                  decided_by=row.get("DecidedBy"), decided_at=row.get("DecidedAt"), note=row.get("Note"))
