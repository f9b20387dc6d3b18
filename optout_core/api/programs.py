"""`PUT`, `GET` and `DELETE /sms/programs/{sender}`."""

from __future__ import annotations

import logging

from ..numbers import mask
from ..programs import ProgramBrief, ProgramStore
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
        await self._auth.authenticate(request, Access.READ if request.method == "GET" else Access.WRITE)
        sender = sender_param(sender_text)
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
