"""The process-wide objects every function shares: built once, on first use, and reused.

The Functions worker runs async functions on one event loop, so one set of
async storage and ACS clients serves every invocation in the process.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache

from .api import (
    ApiError,
    Authenticator,
    EvidenceApi,
    HttpResult,
    ListApi,
    OptOutApi,
    ProgramApi,
    ReviewApi,
    SendApi,
    TransferApi,
)
from .auth import HmacVerifier
from .entra import EntraVerifier, fetch_json
from .evidence import EvidenceReader
from .inbound import DeliveryReportProcessor, InboundSmsProcessor, reply_claim
from .messaging import AcsTransport, OutboxTransport, SmsTransport
from .notifications import EventGridTopic, Notifications
from .programs import ProgramStore
from .refusals import RefusalLog
from .review import ReviewQueue
from .settings import ConfigurationError, Settings
from .storage import OptOutStore, Tables

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    tables: Tables
    transport: SmsTransport
    optout_api: OptOutApi
    list_api: ListApi
    transfer_api: TransferApi
    program_api: ProgramApi
    send_api: SendApi
    review_api: ReviewApi
    evidence_api: EvidenceApi
    inbound_sms: InboundSmsProcessor
    delivery_reports: DeliveryReportProcessor
    store: OptOutStore
    refusals: RefusalLog
    notifications: Notifications | None

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        tables = Tables.connect(settings.storage, settings.table_prefix, settings.storage_timeout)
        auth = Authenticator(HmacVerifier(settings.access_keys),
                             EntraVerifier(settings.entra, fetch_json) if settings.entra else None,
                             local_auth=not settings.disable_local_auth)
        notifications = Notifications(EventGridTopic(settings.topic)) if settings.topic else None
        store = OptOutStore(tables, notify=notifications.publish_now if notifications else None)
        reviews = ReviewQueue(tables, store)
        refusals = RefusalLog(tables, settings.refused_send_retention)
        programs = ProgramStore(tables, settings.default_program_name, settings.default_help_contact)
        transport: SmsTransport = AcsTransport(settings.acs) if settings.acs else OutboxTransport(settings.outbox_dir)
        return cls(tables=tables, transport=transport, optout_api=OptOutApi(store, auth),
                   list_api=ListApi(store, auth), transfer_api=TransferApi(store, auth),
                   program_api=ProgramApi(programs, auth), send_api=SendApi(store, auth, transport, refusals),
                   inbound_sms=InboundSmsProcessor(store, programs, transport, reviews=reviews,
                                                   claim=reply_claim(settings.storage_timeout)),
                   review_api=ReviewApi(reviews, auth),
                   evidence_api=EvidenceApi(EvidenceReader(store, refusals, reviews), auth),
                   delivery_reports=DeliveryReportProcessor(store), store=store, refusals=refusals,
                   notifications=notifications)

    async def drain_notifications(self) -> int:
        """What the timer runs: publish the notifications that could not go when their change was made."""
        return await self.notifications.drain(self.store) if self.notifications else 0

    async def purge_refused_sends(self) -> int:
        """What the daily timer runs: delete the refused-send rows past their retention, if one is set."""
        return await self.refusals.purge(self.store)

    async def close(self) -> None:
        """For tests and tools; under the Functions worker the clients live as long as the process."""
        await self.tables.close()
        await self.transport.close()
        if self.notifications:
            await self.notifications.close()


@cache
def _built() -> Services | ConfigurationError:
    """Built once. A misconfiguration is logged once, here, and answered from then on without another word: the
    Functions host restarts the app when its settings change."""
    try:
        return Services.from_settings(Settings.from_environ())
    except ConfigurationError as problem:
        log.error("The app cannot work until an app setting is corrected: %s", problem)
        return problem


def services() -> Services:
    """The process's services, or ConfigurationError naming the setting that keeps them from being built (which
    fails an event's invocation, so Event Grid delivers it again once the setting is corrected)."""
    built = _built()
    if isinstance(built, ConfigurationError):
        raise ConfigurationError(str(built))  # a fresh exception: its traceback is this call, not the first one's
    return built


async def answer(call: Callable[[Services], Awaitable[HttpResult]]) -> HttpResult:
    """An HTTP function's answer; while the app is misconfigured, a 503 naming the setting, never an empty 500."""
    try:
        current = services()
    except ConfigurationError as problem:
        return ApiError(503, "ServiceUnavailable", f"The service is misconfigured: {problem}. Its operator must "
                        "correct this app setting.").result()
    return await call(current)
