"""The OpenAPI 3.1 document of the whole HTTP API, built from the wire models so it cannot drift from them.

    .venv/bin/python -m optout_core.openapi > docs/openapi.json     # the copy kept in the repository

The service serves the same document at `GET /openapi.json`; tests/test_openapi.py checks that the kept copy is
current and that every route of function_app.py is in it and every operation in it is routed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .contract import (
    MAX_IMPORT_ROWS,
    OPTOUT_API_VERSIONS,
    SEND_API_VERSIONS,
    EntryPage,
    ErrorResponse,
    EvidenceReport,
    HistoryPage,
    ImportRequest,
    ImportResult,
    OptOutRequest,
    OptOutResponse,
    Review,
    ReviewDecision,
    ReviewPage,
    SendMessageRequest,
    SmsSendResponse,
)
from .programs import ProgramBrief
from .review import ReviewStatus
from .storage import Source


def _query(name: str, description: str, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": {"type": "string", **schema}}


_REASON = {"name": "x-optout-reason", "in": "header", "required": False,
           "description": "Beyond ACS: why the change is made, recorded in its history as evidence `reason`; "
                          "percent-encoded UTF-8, 1 to 200 characters.",
           "schema": {"type": "string"}}


def _api_version(versions: frozenset[str]) -> dict[str, Any]:
    return _query("api-version", "An ACS api-version.", required=True, enum=sorted(versions))


_FILTERS = [
    _query("from", "One sender's list (E.164 number, short code or alphanumeric sender ID)."),
    _query("to", "One recipient across every sender (E.164); answers on one page."),
    _query("country", "ISO 3166 region of the recipient, e.g. US."),
    _query("source", "How the opt-out came to be.", enum=[source.value for source in Source]),
    _query("optedOutAfter", "Opted out at or after this time (ISO 8601 with zone).", format="date-time"),
    _query("optedOutBefore", "Opted out before this time (ISO 8601 with zone).", format="date-time"),
]
_PAGING = [
    _query("maxPageSize", "Items per page, 1 to 1000 (export: 5000); default 100.", pattern=r"^\d+$"),
    _query("continuationToken", "From the previous page's nextLink."),
]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    summary: str
    request: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    parameters: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, str] | None = None  # for non-JSON responses: media type -> description
    errors: dict[str, str] = field(default_factory=dict)  # beyond _ERRORS: status -> description


_BRIEF_SUPERSEDED = ("A write of the brief signed later than this request is stored: a replayed or delayed request "
                     "changes nothing (ProgramSuperseded).")

OPERATIONS = [
    Operation("post", "/sms/optouts:add", "OptOuts_Add", "Add recipients to a sender's opt-out list (ACS).",
              OptOutRequest, OptOutResponse, parameters=[_api_version(OPTOUT_API_VERSIONS), _REASON]),
    Operation("post", "/sms/optouts:remove", "OptOuts_Remove", "Remove recipients from a sender's opt-out list (ACS).",
              OptOutRequest, OptOutResponse, parameters=[_api_version(OPTOUT_API_VERSIONS), _REASON]),
    Operation("post", "/sms/optouts:check", "OptOuts_Check", "Check recipients against a sender's list (ACS).",
              OptOutRequest, OptOutResponse, parameters=[_api_version(OPTOUT_API_VERSIONS)]),
    Operation("get", "/sms/optouts", "OptOuts_List", "List opted-out entries, filtered and paged.",
              response=EntryPage, parameters=_FILTERS + _PAGING),
    Operation("get", "/sms/optouts/history", "OptOuts_History", "One pair's changes, newest first.",
              response=HistoryPage, parameters=[_query("from", "The sender.", required=True),
                                                _query("to", "The recipient (E.164).", required=True), *_PAGING]),
    Operation("get", "/sms/optouts/evidence", "OptOuts_Evidence",
              "One recipient's whole story, for one sender or across every sender, in time order: opt-outs and "
              "opt-ins with their source and message, confirmations sent, refused sends, carrier blocks, reviews.",
              response=EvidenceReport,
              parameters=[_query("to", "The recipient, in E.164 or as people write it.", required=True),
                          _query("from", "One sender; without it, every sender that has an entry for the recipient."),
                          _query("format", "json (default) or html: a self-contained printable document.",
                                 enum=["json", "html"])],
              media={"text/html": "The same story as a printable, self-contained HTML document (format=html)."}),
    Operation("get", "/sms/optouts/reviews", "Reviews_List",
              "Keyword decisions flagged as ambiguous, newest first: the review queue.", response=ReviewPage,
              parameters=[_query("from", "One sender's reviews."),
                          _query("status", "open (default), confirmed, reversed or all.",
                                 enum=[*(status.value for status in ReviewStatus), "all"]),
                          _query("since", "Messages received at or after this time.", format="date-time"),
                          _query("until", "Messages received before this time.", format="date-time"), *_PAGING]),
    Operation("post", "/sms/optouts/reviews:decide", "Reviews_Decide",
              "Confirm a flagged decision, or reverse it (recorded in the entry's history; never undoes a later "
              "change by the recipient).", ReviewDecision, Review),
    Operation("get", "/sms/optouts:export", "OptOuts_Export",
              "Export entries as CSV or NDJSON, a page at a time; the next page is in the Link header.",
              parameters=[_query("format", "csv (default) or ndjson.", enum=["csv", "ndjson"]), *_FILTERS, *_PAGING],
              media={"text/csv": "from,to,country,source,optedOutAt,rule,keyword; cells that a spreadsheet would "
                                 "read as a formula start with an apostrophe",
                     "application/x-ndjson": "one entry (as in OptOuts_List) per line"}),
    Operation("post", "/sms/optouts:import", "OptOuts_Import",
              f"Import up to {MAX_IMPORT_ROWS} opt-outs; each bad row is reported by line, the others go in.",
              ImportRequest, ImportResult),
    Operation("post", "/sms", "Sms_Send",
              "Send an SMS (ACS), filtered: recipients who opted out get a 403 item and are not sent to.",
              SendMessageRequest, SmsSendResponse, status=202, parameters=[_api_version(SEND_API_VERSIONS)],
              errors={"429": "ACS throttled the send (its status and error, passed on); nothing was sent.",
                      "502": "ACS refused this service's credentials; nothing was sent."}),
    Operation("get", "/sms/programs/{sender}", "Programs_Get", "A sender's program brief.", response=ProgramBrief,
              errors={"404": "The sender has no program brief; the defaults apply."}),
    Operation("put", "/sms/programs/{sender}", "Programs_Put", "Create or replace a sender's program brief.",
              ProgramBrief, ProgramBrief, errors={"409": _BRIEF_SUPERSEDED}),
    Operation("delete", "/sms/programs/{sender}", "Programs_Delete", "Delete a sender's program brief.", status=204,
              errors={"409": _BRIEF_SUPERSEDED}),
    Operation("get", "/openapi.json", "OpenApi_Get", "This document.", media={"application/json": "OpenAPI 3.1"}),
]
_ERRORS = {"400": "The request is refused as a whole.", "401": "Missing or wrong HMAC signature.",
           "404": "No such resource (a review id, a program brief).", "409": "Conflicts with the current state.",
           "413": "The body is too large.", "503": "Storage or ACS is unavailable; retry."}


@cache
def document() -> dict[str, Any]:
    models = {model for op in OPERATIONS for model in (op.request, op.response) if model} | {ErrorResponse}
    _, definitions = models_json_schema([(model, "validation") for model in sorted(models, key=lambda m: m.__name__)],
                                        by_alias=True, ref_template="#/components/schemas/{model}")
    paths: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        operation: dict[str, Any] = {"operationId": op.operation_id, "summary": op.summary,
                                     "parameters": list(op.parameters), "responses": {}}
        if "{sender}" in op.path:
            operation["parameters"].append({"name": "sender", "in": "path", "required": True,
                                            "schema": {"type": "string"}})
        if op.request:
            operation["requestBody"] = {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{op.request.__name__}"}}}}
        success: dict[str, Any] = {"description": "Success."}
        content: dict[str, Any] = {}
        if op.response:
            content["application/json"] = {"schema": {"$ref": f"#/components/schemas/{op.response.__name__}"}}
        content.update({media: {"schema": {"type": "object" if media.endswith("json") else "string",
                                           "description": text}} for media, text in (op.media or {}).items()})
        if content:
            success["content"] = content
        operation["responses"][str(op.status)] = success
        if op.operation_id != "OpenApi_Get":
            operation["security"] = [{"acsHmac": []}]
            operation["responses"].update({code: {"description": text, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
                for code, text in sorted({**_ERRORS, **op.errors}.items())})
        paths.setdefault(op.path, {})[op.method] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": "optout", "version": "0.1.0", "description":
                 "SMS opt-out management beside Azure Communication Services. The /sms/optouts:add|remove|check and "
                 "/sms operations are wire-compatible with ACS; the others go beyond it."},
        "paths": paths,
        "components": {"schemas": definitions["$defs"], "securitySchemes": {"acsHmac": {
            "type": "apiKey", "in": "header", "name": "Authorization",
            "description": "ACS HMAC-SHA256: Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;"
                           "x-ms-content-sha256&Signature=..., with x-ms-date and x-ms-content-sha256 headers "
                           "(README: signing)."}}},
    }


def document_json() -> str:
    return json.dumps(document(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(document_json(), end="")
