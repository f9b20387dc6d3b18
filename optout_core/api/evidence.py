"""`GET /sms/optouts/evidence`: one recipient's whole story, for one sender or across every sender, as JSON or as
a printable HTML document (evidence/)."""

from __future__ import annotations

import logging

from ..contract import EvidenceEntry, EvidenceEvent, EvidenceReport
from ..evidence import EvidenceReader, Story, printable
from ..evidence.document import CONTENT_SECURITY_POLICY
from ..numbers import mask
from .access import Access, Authenticator
from .http import HttpRequestData, HttpResult, answer
from .query import Query, recipient_param, sender_param

log = logging.getLogger(__name__)


class EvidenceApi:
    def __init__(self, reader: EvidenceReader, auth: Authenticator) -> None:
        self._reader = reader
        self._auth = auth

    async def handle(self, request: HttpRequestData) -> HttpResult:
        return await answer("evidence", self._handle(request))

    async def _handle(self, request: HttpRequestData) -> HttpResult:
        caller = await self._auth.authenticate(request, Access.READ)
        query = Query(request.url)
        recipient = recipient_param(query.required("to"))
        sender = query.text("from")
        sender_key = sender_param(sender).key if sender is not None else None
        as_html = (query.choice("format", ["json", "html"]) or "json") == "html"
        story = await self._reader.story(recipient.e164, sender_key)
        log.info("evidence for %s (%s) read by %s: %d events", mask(recipient.e164),
                 mask(sender_key) if sender_key else "every sender", caller.who, len(story.events))
        if as_html:
            return HttpResult(status=200, body=printable(story).encode("utf-8"), headers={
                "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})
        return HttpResult(status=200, body=report(story).model_dump_json().encode("utf-8"),
                          headers={"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"})


def report(story: Story) -> EvidenceReport:
    return EvidenceReport(
        to=story.recipient, sender=story.sender, generated_at=story.generated_at,
        entries=[EvidenceEntry(sender=entry.sender, opted_out=entry.opted_out, source=entry.source,
                               changed_at=entry.changed_at) for entry in story.entries],
        events=[EvidenceEvent(at=event.at, sender=event.sender, kind=event.kind.value, source=event.source,
                              detail=event.detail, message_id=event.message_id, status=event.status, who=event.who)
                for event in story.events])
