"""`POST /sms`, the ACS send endpoint with the opt-out list enforced."""

from __future__ import annotations

import logging
import uuid

from .. import telemetry
from ..contract import SEND_API_VERSIONS, SendMessageRequest, SmsSendResponse, SmsSendResponseItem
from ..messaging import OutboundBatch, OutboundRecipient, SmsTransport, TransportError
from ..numbers import Recipient, mask
from ..refusals import RefusalLog, RefusedSend
from ..storage import OptOutStore, StorageUnavailableError
from .access import Access, Authenticator
from .http import ApiError, HttpRequestData, HttpResult, answer, api_version, json_result, parse_body
from .query import recipient_or_none, sender_param

log = logging.getLogger(__name__)

OPTED_OUT_STATUS = 403
OPTED_OUT_MESSAGE = "Not sent: the recipient opted out of messages from this sender."
INVALID_TO_MESSAGE = "Invalid To phone number format."
NOT_RECORDED_MESSAGE = ("Storage is unavailable: the opted-out recipients could not be recorded, so nothing was sent. "
                        "Retrying is safe.")


class SendApi:
    """`POST /sms`, wire-compatible with ACS send: recipients who opted out are answered, not sent to; the others
    are forwarded to ACS in one call, with their repeatability fields, the message and the send options as given.
    Each refusal is recorded as evidence (refusals.py) before the others are forwarded."""

    def __init__(self, store: OptOutStore, auth: Authenticator, transport: SmsTransport,
                 refusals: RefusalLog) -> None:
        self._store = store
        self._auth = auth
        self._transport = transport
        self._refusals = refusals

    async def handle(self, request: HttpRequestData) -> HttpResult:
        return await answer("send", self._handle(request))

    async def _handle(self, request: HttpRequestData) -> HttpResult:
        caller = await self._auth.authenticate(request, Access.WRITE)
        version = api_version(request.url, SEND_API_VERSIONS)
        payload = parse_body(SendMessageRequest, request.body)
        sender = sender_param(payload.sender)
        parsed = [recipient_or_none(recipient.to) for recipient in payload.sms_recipients]
        usable = [recipient.e164 for recipient in parsed if recipient is not None]
        opted_out = await self._store.check(sender.key, usable) if usable else {}
        forward = {index: recipient for index, recipient in enumerate(parsed)
                   if recipient is not None and not opted_out[recipient.e164]}
        request_id = uuid.uuid4().hex  # ours, naming this request in the evidence beside the caller's ids
        refused = [RefusedSend(recipient=recipient.e164, request_id=request_id,
                               repeatability_request_id=asked.repeatability_request_id or "",
                               requested_by=caller.evidence, message_length=len(payload.message))
                   for asked, recipient in zip(payload.sms_recipients, parsed, strict=True)
                   if recipient is not None and opted_out[recipient.e164]]
        if refused:
            await self._record(sender.key, refused)
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
        telemetry.send_refused(sender.key, sum(opted_out.values()))
        log.info("send from %s: %d recipients, %d opted out (not sent), %d invalid, %d forwarded", mask(sender.key),
                 len(items), sum(opted_out.values()), parsed.count(None), len(forward))
        return json_result(202, SmsSendResponse(value=items))

    async def _record(self, sender_key: str, refused: list[RefusedSend]) -> None:
        """The evidence of what is refused, stored before anything is forwarded: no caller is told of a refusal the
        evidence lacks, and when it cannot be stored nothing is sent, so the caller's retry is safe."""
        try:
            await self._refusals.record(sender_key, refused)
        except StorageUnavailableError as exc:
            log.error("send from %s refused: %d opted-out recipients could not be recorded as evidence, so nothing "
                      "was sent (request %s): %s", mask(sender_key), len(refused), refused[0].request_id, exc)
            raise ApiError(503, "ServiceUnavailable", NOT_RECORDED_MESSAGE) from exc

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
