"""Reading the list, beyond ACS: the filtered, paged listing and one pair's history."""

from __future__ import annotations

from azure.data.tables import TableEntity

from ..contract import EntryPage, HistoryPage, HistoryRecord, OptOutEntry
from ..storage import EntryQuery, OptOutStore, Page, Source, evidence_of
from .access import Access, Authenticator
from .http import HttpRequestData, HttpResult, answer, json_result
from .query import Query, recipient_param, sender_param


class ListApi:
    """Reading the list, beyond what ACS offers: `GET /sms/optouts` (filtered, paged) and
    `GET /sms/optouts/history` (one pair's changes, newest first). Same HMAC authentication."""

    def __init__(self, store: OptOutStore, auth: Authenticator) -> None:
        self._store = store
        self._auth = auth

    async def entries(self, request: HttpRequestData) -> HttpResult:
        return await answer("list", self._entries(request))

    async def history(self, request: HttpRequestData) -> HttpResult:
        return await answer("history", self._history(request))

    async def _entries(self, request: HttpRequestData) -> HttpResult:
        await self._auth.authenticate(request, Access.READ)
        query = Query(request.url)
        wanted = entry_query(query)
        rows, continuation = await entries_page(self._store, query, wanted, query.page_size())
        return json_result(200, EntryPage(value=[entry_model(row) for row in rows],
                                          next_link=query.next_link(continuation)))


    async def _history(self, request: HttpRequestData) -> HttpResult:
        await self._auth.authenticate(request, Access.READ)
        query = Query(request.url)
        sender = sender_param(query.required("from"))
        recipient = recipient_param(query.required("to"))
        rows, continuation = await self._store.history(sender.key, recipient.e164, query.page_size(),
                                                       query.continuation())
        return json_result(200, HistoryPage(value=[_history_record(row) for row in rows],
                                            next_link=query.next_link(continuation)))


async def entries_page(store: OptOutStore, query: Query, wanted: EntryQuery, page_size: int) -> Page:
    """A page of entries for the listing or the export. With `to`, one recipient across senders: a bounded lookup
    through the registry of senders, answered on one page, with the other filters applied to it."""
    text = query.text("to")
    if text is None:
        return await store.entries(wanted, page_size, query.continuation())
    recipient = recipient_param(text)
    return [row for row in await store.entries_of_recipient(recipient.e164) if wanted.matches(row)], None


def entry_query(query: Query) -> EntryQuery:
    sender = query.text("from")
    country = query.text("country")
    return EntryQuery(sender_key=sender_param(sender).key if sender is not None else None,
                      country=country.upper() if country is not None else None,
                      source=query.choice("source", [source.value for source in Source]),
                      opted_out_after=query.moment("optedOutAfter"), opted_out_before=query.moment("optedOutBefore"))


def entry_model(row: TableEntity) -> OptOutEntry:
    evidence = evidence_of(row)
    return OptOutEntry(sender=row["Sender"], to=row["Recipient"], country=row["Country"], source=row["Source"],
                       opted_out_at=row["ChangedAt"], rule=evidence.get("rule"), keyword=evidence.get("keyword"))


def _history_record(row: TableEntity) -> HistoryRecord:
    return HistoryRecord(sender=row["Sender"], to=row["Recipient"], action=row["Action"], outcome=row["Outcome"],
                         source=row["Source"], at=row["At"], recorded_at=row["RecordedAt"], evidence=evidence_of(row))
