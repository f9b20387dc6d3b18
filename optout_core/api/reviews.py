"""The review queue of ambiguous keyword decisions, over HTTP."""

from __future__ import annotations

import logging

from azure.data.tables import TableEntity

from ..contract import Review, ReviewDecision, ReviewPage
from ..numbers import mask
from ..review import ReviewAction, ReviewConflictError, ReviewFilter, ReviewNotFoundError, ReviewQueue, ReviewStatus
from .access import Access, Authenticator
from .http import ApiError, HttpRequestData, HttpResult, answer, json_result, parse_body
from .query import Query, sender_param

log = logging.getLogger(__name__)


class ReviewApi:
    """The review queue of ambiguous keyword decisions (review.py): `GET /sms/optouts/reviews` lists them (by
    sender, time and status, newest first, paged) and `POST /sms/optouts/reviews:decide` confirms or reverses one."""

    def __init__(self, queue: ReviewQueue, auth: Authenticator) -> None:
        self._queue = queue
        self._auth = auth

    async def list(self, request: HttpRequestData) -> HttpResult:
        return await answer("review list", self._list(request))

    async def decide(self, request: HttpRequestData) -> HttpResult:
        return await answer("review decision", self._decide(request))

    async def _list(self, request: HttpRequestData) -> HttpResult:
        await self._auth.authenticate(request, Access.READ)
        query = Query(request.url)
        sender = query.text("from")
        status = query.choice("status", [*(status.value for status in ReviewStatus), "all"]) or "open"
        wanted = ReviewFilter(sender_key=sender_param(sender).key if sender is not None else None,
                              since=query.moment("since"), until=query.moment("until"),
                              status=None if status == "all" else ReviewStatus(status))
        rows, continuation = await self._queue.page(wanted, query.page_size(), query.continuation())
        return json_result(200, ReviewPage(value=[_review(row) for row in rows],
                                           next_link=query.next_link(continuation)))

    async def _decide(self, request: HttpRequestData) -> HttpResult:
        caller = await self._auth.authenticate(request, Access.WRITE)
        payload = parse_body(ReviewDecision, request.body)
        sender = sender_param(payload.sender)
        try:
            row = await self._queue.decide(sender.key, payload.id, ReviewAction(payload.action), who=caller.who,
                                           note=payload.note)
        except ReviewNotFoundError:
            raise ApiError(404, "ReviewNotFound", "No review with this id for this sender.", target="id") from None
        except ReviewConflictError as exc:
            raise ApiError(409, "Conflict", str(exc)) from None
        log.info("review %s of %s: %s by %s", payload.id, mask(sender.key), payload.action, caller.who)
        return json_result(200, _review(row))


def _review(row: TableEntity) -> Review:
    return Review(id=row["RowKey"], sender=row["PartitionKey"], to=row["Recipient"], message_id=row["MessageId"],
                  received_at=row["ReceivedAt"], text=row["Text"], intent=row["Intent"], rule=row["Rule"],
                  keyword=row["Keyword"], language=row["Language"], reason=row["Reason"], status=row["Status"],
                  decided_by=row.get("DecidedBy"), decided_at=row.get("DecidedAt"), note=row.get("Note"))
