"""`PUT`, `GET` and `DELETE /sms/programs/{sender}`."""

from __future__ import annotations

import logging

from ..numbers import mask
from ..programs import BriefWrite, ProgramBrief, ProgramStore
from ..storage import Outcome
from .access import Access, Authenticator
from .http import ApiError, HttpRequestData, HttpResult, answer, json_result, parse_body
from .query import sender_param

log = logging.getLogger(__name__)


class ProgramApi:
    """`PUT`, `GET` and `DELETE /sms/programs/{sender}`: the program brief of one sender (docs/keywords.md)."""

    def __init__(self, programs: ProgramStore, auth: Authenticator) -> None:
        self._programs = programs
        self._auth = auth

    async def handle(self, request: HttpRequestData, sender_text: str) -> HttpResult:
        return await answer(f"program {request.method}", self._handle(request, sender_text))

    async def _handle(self, request: HttpRequestData, sender_text: str) -> HttpResult:
        caller = await self._auth.authenticate(request, Access.READ if request.method == "GET" else Access.WRITE)
        sender = sender_param(sender_text)
        # A write counts from the date its request names: a replayed or delayed one never undoes a later one.
        write = BriefWrite(caller.dated, caller.request_id)
        if request.method == "PUT":
            brief = parse_body(ProgramBrief, request.body)
            _refuse_if_superseded(await self._programs.put_brief(sender.key, brief, write), "replaced")
            log.info("program brief of %s replaced", mask(sender.key))
            return json_result(200, brief)
        if request.method == "DELETE":
            _refuse_if_superseded(await self._programs.delete_brief(sender.key, write), "deleted")
            log.info("program brief of %s deleted", mask(sender.key))
            return HttpResult(status=204, body=b"", headers={})
        stored = await self._programs.get_brief(sender.key)
        if stored is None:
            raise ApiError(404, "ProgramNotFound", "This sender has no program brief; the defaults apply.")
        return json_result(200, stored)


def _refuse_if_superseded(outcome: Outcome, done: str) -> None:
    if outcome is Outcome.SUPERSEDED:
        raise ApiError(409, "ProgramSuperseded", f"Not {done}: this sender's brief was written by a request signed "
                                                 "later than this one (a replayed or delayed request changes "
                                                 "nothing). Sign the request again to apply it now.")
