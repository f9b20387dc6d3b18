"""`POST /sms/optouts:add|remove|check`, wire-compatible with ACS."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import replace
from enum import Enum
from urllib.parse import unquote

from ..contract import OPTOUT_API_VERSIONS, OptOutRequest, OptOutResponse, OptOutResponseItem
from ..numbers import INVALID_RECIPIENT_MESSAGE, mask
from ..storage import Change, OptOutStore, Outcome, Source
from .access import Access, Authenticator, Caller
from .http import ApiError, HttpRequestData, HttpResult, answer, api_version, json_result, parse_body
from .query import recipient_or_none, sender_param

log = logging.getLogger(__name__)

REASON_HEADER = "x-optout-reason"
MAX_REASON_LENGTH = 200


class OptOutAction(str, Enum):
    ADD = "add"
    REMOVE = "remove"
    CHECK = "check"


class OptOutApi:
    """`POST /sms/optouts:add|remove|check`, wire-compatible with ACS.

    An add or remove takes effect as of the moment it was signed, so the latest-wins rule orders it against
    keywords by when each was asked for; the same signed request received again changes and records nothing
    (docs/decisions.md)."""

    def __init__(self, store: OptOutStore, auth: Authenticator) -> None:
        self._store = store
        self._auth = auth

    async def handle(self, action: OptOutAction, request: HttpRequestData) -> HttpResult:
        return await answer(f"opt-out {action.value}", self._handle(action, request))

    async def _handle(self, action: OptOutAction, request: HttpRequestData) -> HttpResult:
        caller = await self._auth.authenticate(
            request, Access.READ if action is OptOutAction.CHECK else Access.WRITE)
        api_version(request.url, OPTOUT_API_VERSIONS)
        payload = parse_body(OptOutRequest, request.body)
        sender = sender_param(payload.sender)
        reason = change_reason(request) if action is not OptOutAction.CHECK else None
        if reason is not None:
            caller = replace(caller, evidence={**caller.evidence, "reason": reason})
        items = await self._run(action, sender.key, payload, caller)
        failed = sum(item.http_status_code != 200 for item in items)
        log.info("opt-out %s from %s: %d recipients, %d failed", action.value, mask(sender.key), len(items), failed)
        return json_result(200, OptOutResponse(value=items))

    async def _run(
        self, action: OptOutAction, sender_key: str, payload: OptOutRequest, caller: Caller
    ) -> list[OptOutResponseItem]:
        parsed = [recipient_or_none(item.to) for item in payload.recipients]
        usable = [recipient for recipient in parsed if recipient is not None]

        if action is OptOutAction.CHECK:
            states = await self._store.check(sender_key, [recipient.e164 for recipient in usable]) if usable else {}
        else:
            change = Change(opted_out=action is OptOutAction.ADD, source=Source.API, at=caller.at,
                            evidence=caller.evidence)
            outcomes = await self._store.apply(sender_key, usable, change, caller.request_id) if usable else {}

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


def change_reason(request: HttpRequestData) -> str | None:
    """Why a person added or removed an opt-out, recorded in the change's evidence. Beyond ACS, in a header so the
    ACS body stays as it is; percent-encoded UTF-8, since header values are ASCII (docs/decisions.md)."""
    raw = request.headers.get(REASON_HEADER, "").strip()
    if not raw:
        return None
    try:
        reason = unquote(raw, errors="strict") if raw.isascii() else ""
    except UnicodeDecodeError:
        reason = ""
    if not reason.strip() or len(reason) > MAX_REASON_LENGTH or any(
            unicodedata.category(character).startswith("C") for character in reason):
        raise ApiError(400, "BadRequest", f"'{REASON_HEADER}' must be percent-encoded UTF-8 text of 1 to "
                                          f"{MAX_REASON_LENGTH} characters, without control characters.",
                       target=REASON_HEADER)
    return reason
