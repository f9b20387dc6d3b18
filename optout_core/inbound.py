"""Inbound SMS (`Microsoft.Communication.SMSReceived`): keywords change the list, replies follow the program brief.

For each message, in order:
1. parse the event; a malformed one is logged (numbers masked) and acknowledged;
2. classify the text with the sender's program (matching mode, extra keywords);
3. in one transaction: the opt-out / opt-in change, under the latest-wins rule,
   and a receipt for the message id, so a redelivery changes and sends nothing;
4. reply once, if a reply is due: one confirmation per opt-out or opt-in that
   changed the list, and an answer to every HELP. The receipt tracks the reply
   (sending -> sent / failed / pending). A reply that fails for a reason that may
   pass raises ReplyNotSentError, so Event Grid redelivers the event; the
   redelivery finds the receipt and sends only the reply. The opt-out itself was
   committed before any sending, so a reply can never undo or hold it up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from azure.data.tables import TableEntity

from . import telemetry
from .events import (
    DELIVERY_REPORT,
    SMS_RECEIVED,
    EventEnvelope,
    InboundSms,
    MalformedEventError,
    parse_delivery_report,
    parse_sms_received,
)
from .keywords import Decision, Intent
from .messaging import (
    SEND_TIMEOUT_SECONDS,
    OutboundBatch,
    OutboundRecipient,
    SmsTransport,
    TransportError,
    new_recipient,
)
from .numbers import mask
from .programs import ProgramStore
from .review import FlaggedDecision, ReviewQueue
from .storage import DEFAULT_STORAGE_TIMEOUT_SECONDS, Change, OptOutStore, Outcome, Receipt, Source

log = logging.getLogger(__name__)

# The FCC's rule: the one confirmation of an opt-out (or opt-in) goes out within five minutes of the request.
CONFIRMATION_DEADLINE = timedelta(minutes=5)
# Event Grid's waits between deliveries of an event that failed (Learn, event-grid/delivery-and-retry): 10 s, 30 s,
# 1 min, 5 min, 10 min, 30 min, 1 h, then hourly. Each has a little randomness added.
EVENT_GRID_RETRY_DELAYS = (timedelta(seconds=10), timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=5),
                           timedelta(minutes=10), timedelta(minutes=30), timedelta(hours=1))
_CLAIM_MARGIN = timedelta(seconds=5)


def live_claim_worst_case(storage_timeout: float) -> timedelta:
    """The longest a live delivery holds a reply's claim: from the claim's time, stamped as the transaction is built,
    through five storage calls (that transaction, the check of it if it went unanswered, creating the review table and
    queueing a flagged decision, the receipt update) and the send."""
    return timedelta(seconds=5 * storage_timeout + SEND_TIMEOUT_SECONDS)


def reply_claim(storage_timeout: float) -> timedelta:
    """How long a delivery's claim on a reply holds before a redelivery may take the reply over: a little longer than
    a live delivery can hold it, so it is never taken from one; and short enough that the delivery Event Grid makes
    after it expires comes within the five minutes (docs/keywords.md, "Within five minutes")."""
    return live_claim_worst_case(storage_timeout) + _CLAIM_MARGIN


_DEFAULT_CLAIM = reply_claim(DEFAULT_STORAGE_TIMEOUT_SECONDS)
_TEXT_EXCERPT = 160


class ReplyNotSentError(RuntimeError):
    """A reply failed for a reason that may pass; failing the invocation makes Event Grid deliver again."""


class ReplyStatus:
    NONE = "none"
    SENDING = "sending"
    SENT = "sent"
    PENDING = "pending"   # failed for now; the next delivery of the event sends it
    FAILED = "failed"     # failed for good (ACS refused the number, say); reported, not retried
    SUPERSEDED = "superseded"  # a later change made the confirmation untrue before it could be sent


def _reply_due(decision: Decision, outcome: Outcome | None) -> bool:
    if decision.intent is Intent.HELP:
        return True
    return outcome is Outcome.CHANGED


_Event = TypeVar("_Event")


def _accept(envelope: EventEnvelope, event_type: str, parse: Callable[[EventEnvelope], _Event]) -> _Event | None:
    """The event, parsed; None for other event types and for malformed events, which are logged (numbers masked)
    and acknowledged: Event Grid would only deliver them again."""
    if envelope.type != event_type:
        log.info("event %s of type %s ignored", envelope.id, envelope.type)
        return None
    try:
        return parse(envelope)
    except MalformedEventError as exc:
        log.warning("malformed %s event %s acknowledged and dropped: %s", event_type, envelope.id, exc)
        return None


class InboundSmsProcessor:
    def __init__(self, store: OptOutStore, programs: ProgramStore, transport: SmsTransport,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 reviews: ReviewQueue | None = None,
                 claim: timedelta = _DEFAULT_CLAIM) -> None:
        self._store = store
        self._programs = programs
        self._transport = transport
        self._clock = clock
        self._reviews = reviews
        self._claim = claim

    async def handle(self, envelope: EventEnvelope) -> None:
        message = _accept(envelope, SMS_RECEIVED, parse_sms_received)
        if message is None:
            return
        telemetry.event_handled(SMS_RECEIVED, message.received_at)
        program = await self._programs.program(message.sender.key)
        decision = program.engine.classify(message.text)
        where = f"message {message.message_id} from {mask(message.recipient.e164)} to {mask(message.sender.key)}"
        log.info("%s: %s", where, decision.explain())
        if decision.intent is Intent.NONE and not decision.review:
            return

        # A flagged none is an opt-out a rule read and the engine held back (the learned fallback's veto, or a message
        # saying the texts are welcome): recorded and queued, never replied to; reversing it records the opt-out.
        reply_text, reply_language = ("", "") if decision.intent is Intent.NONE else program.reply(decision.intent,
                                                                                                 decision.language)
        change = None if decision.intent in (Intent.HELP, Intent.NONE) else Change(
            opted_out=decision.intent is Intent.OPT_OUT, source=Source.KEYWORD, at=message.received_at,
            evidence={"messageId": message.message_id, "rule": decision.rule, "keyword": decision.matched,
                      "language": decision.language, "text": message.text[:_TEXT_EXCERPT]})
        replies_on = program.brief.replies_enabled
        # Chosen once and kept with the receipt: every attempt at this reply carries the same repeatability id, so
        # ACS drops a second send of it even if two deliveries of the event both try.
        reply_to = new_recipient(message.recipient.e164)

        def describe(outcome: Outcome | None) -> dict[str, Any]:
            due = replies_on and _reply_due(decision, outcome)
            return {"Recipient": message.recipient.e164, "ReceivedAt": message.received_at,
                    "Intent": decision.intent.value, "Rule": decision.rule, "Keyword": decision.matched,
                    "Language": decision.language, "ReplyStatus": ReplyStatus.SENDING if due else ReplyStatus.NONE,
                    "ReplyText": reply_text if due else "", "ReplyLanguage": reply_language if due else "",
                    "ReplyClaimedAt": self._clock(), "ReplyRepeatabilityId": reply_to.repeatability_request_id,
                    "ReplyFirstSent": reply_to.repeatability_first_sent,
                    # Only a change (or a veto) is reviewed: reversing a no-op would undo an earlier, unrelated
                    # opt-out, while reversing a veto only records the opt-out it held back.
                    "ReviewReason": (decision.review_reason or "")
                    if outcome is Outcome.CHANGED or decision.intent is Intent.NONE else ""}

        applied = await self._store.apply_once(message.sender.key, message.recipient, change,
                                               Receipt(message.message_id, describe))
        if applied.duplicate_of is not None:
            log.info("%s: already processed; redelivery changes nothing", where)
            await self._queue_for_review(message, applied.duplicate_of)
            await self._resume_reply(message, applied.duplicate_of, where)
            return
        log.info("%s: %s", where, applied.outcome.value if applied.outcome else "recorded")
        await self._queue_for_review(message, describe(applied.outcome))
        if replies_on and _reply_due(decision, applied.outcome):
            await self._send_reply(message, reply_to, reply_text, reply_language, where)

    async def _queue_for_review(self, message: InboundSms, receipt: Mapping[str, Any]) -> None:
        """A flagged decision goes to the review queue before any reply: if this fails, Event Grid delivers the
        event again and the redelivery, finding the flag on the receipt, queues it then."""
        if self._reviews is None or not receipt.get("ReviewReason"):
            return
        await self._reviews.flag(FlaggedDecision(
            sender_key=message.sender.key, recipient=message.recipient.e164, message_id=message.message_id,
            received_at=message.received_at, text=message.text[:_TEXT_EXCERPT], intent=receipt["Intent"],
            rule=receipt["Rule"], keyword=receipt["Keyword"], language=receipt["Language"],
            reason=receipt["ReviewReason"]))

    async def _resume_reply(self, message: InboundSms, receipt: TableEntity, where: str) -> None:
        status = receipt["ReplyStatus"]
        if status == ReplyStatus.SENDING and self._clock() - receipt["ReplyClaimedAt"] <= self._claim:
            # Another delivery is sending it, or died doing so: ask to be delivered again after the claim expires.
            raise ReplyNotSentError(f"the reply to message {message.message_id} is in flight; deliver again later")
        if status not in (ReplyStatus.SENDING, ReplyStatus.PENDING):
            return
        if receipt["Intent"] != Intent.HELP.value and not await self._still_holds(message, receipt["Intent"]):
            # "You are unsubscribed" after the person has since texted START would be false, and the other way round.
            await self._store.update_receipt(message.sender.key, message.message_id,
                                             {"ReplyStatus": ReplyStatus.SUPERSEDED}, etag=receipt.metadata["etag"])
            log.info("%s: a later change won; its confirmation is no longer true and is not sent", where)
            return
        claimed = await self._store.update_receipt(
            message.sender.key, message.message_id,
            {"ReplyStatus": ReplyStatus.SENDING, "ReplyClaimedAt": self._clock()}, etag=receipt.metadata["etag"])
        if not claimed:
            log.info("%s: another delivery took the reply over", where)
            return
        reply_to = OutboundRecipient(to=message.recipient.e164,
                                     repeatability_request_id=receipt.get("ReplyRepeatabilityId"),
                                     repeatability_first_sent=receipt.get("ReplyFirstSent"))
        await self._send_reply(message, reply_to, receipt["ReplyText"], receipt["ReplyLanguage"], where)

    async def _still_holds(self, message: InboundSms, intent: str) -> bool:
        states = await self._store.check(message.sender.key, [message.recipient.e164])
        return states[message.recipient.e164] == (intent == Intent.OPT_OUT.value)

    async def _send_reply(self, message: InboundSms, reply_to: OutboundRecipient, text: str, language: str,
                          where: str) -> None:
        batch = OutboundBatch(sender=message.sender.key, recipients=[reply_to], message=text)
        try:
            [result] = await self._transport.send(batch)
        except TransportError as exc:
            error, for_good = str(exc), exc.permanent
        else:
            if result.successful:
                await self._store.update_receipt(message.sender.key, message.message_id, {
                    "ReplyStatus": ReplyStatus.SENT, "ReplyMessageId": result.message_id or ""})
                log.info("%s: reply sent (%s)", where, language)
                return
            error, for_good = f"{result.http_status_code}: {result.error_message}", result.failed_for_good
        await self._store.update_receipt(message.sender.key, message.message_id, {
            "ReplyStatus": ReplyStatus.FAILED if for_good else ReplyStatus.PENDING, "ReplyError": error})
        telemetry.reply_failed(message.sender.key, retried=not for_good)
        if for_good:
            log.error("%s: reply failed for good and will not be retried: %s", where, error)
            return
        log.warning("%s: reply not sent, Event Grid will deliver the event again: %s", where, error)
        raise ReplyNotSentError(f"reply to message {message.message_id} not sent: {error}")


class DeliveryReportProcessor:
    """`Microsoft.Communication.SMSDeliveryReportReceived`: a carrier's opt-out block (ACS error 4007, "Sender
    blocked for given recipient.") adds the entry with source `carrier`; other reports change nothing. Receipts and
    the latest-wins rule work as for inbound messages."""

    def __init__(self, store: OptOutStore) -> None:
        self._store = store

    async def handle(self, envelope: EventEnvelope) -> None:
        report = _accept(envelope, DELIVERY_REPORT, parse_delivery_report)
        if report is None:
            return
        telemetry.event_handled(DELIVERY_REPORT, report.received_at)
        where = f"delivery report {report.message_id} from {mask(report.sender.key)} to {mask(report.recipient.e164)}"
        if not report.is_carrier_opt_out:
            log.info("%s: %s, not an opt-out", where, report.status)
            return
        details = report.details[:_TEXT_EXCERPT]
        change = Change(opted_out=True, source=Source.CARRIER, at=report.received_at,
                        evidence={"messageId": report.message_id, "deliveryStatus": report.status, "details": details})

        def describe(outcome: Outcome | None) -> dict[str, Any]:
            return {"Recipient": report.recipient.e164, "ReceivedAt": report.received_at, "Intent": "opt_out",
                    "Rule": "carrier opt-out", "DeliveryStatus": report.status, "Details": details}

        # Its own namespace: an outgoing message id must never collide with an inbound one.
        applied = await self._store.apply_once(report.sender.key, report.recipient, change,
                                               Receipt(f"delivery-report:{report.message_id}", describe))
        if applied.duplicate_of is not None:
            outcome = "already processed"
        else:
            outcome = applied.outcome.value if applied.outcome else "recorded"
        log.info("%s: carrier opt-out: %s", where, outcome)
