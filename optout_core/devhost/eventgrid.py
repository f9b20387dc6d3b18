"""The Event Grid extension's webhook as the dev host serves it, at /runtime/webhooks/EventGrid?functionName=NAME:
the OPTIONS handshake, subscription validation, and deliveries of one event or a batch, each event run as the Python
worker hands it to the function (docs/decisions.md, "The dev host's Event Grid webhook")."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any, Protocol

import azure.functions as func
from aiohttp import web
from azure.functions.eventgrid import EventGridEventInConverter

from .bodies import Refusal, read_body

log = logging.getLogger("devhost")

WEBHOOK_PATH = "/runtime/webhooks/eventgrid"
_ORIGINS = {
    "eventgrid.azure.net", "eventgrid.azure.us", "eventgrid.azure.eaglex.ic.gov",
    "eventgrid.azure.microsoft.scloud", "eventgrid.azure.cn",
}
# Event Grid delivers events of at most 1 MB, in batches of at most 1 MB (a larger event alone): twice that leaves
# room for any delivery Event Grid can make, and bounds what an unsigned caller can make the webhook hold.
MAX_EVENT_GRID_BODY_BYTES = 2 * 1024 * 1024
# Json.NET's default MaxDepth, which the Event Grid extension's parser keeps: the real host reads nothing deeper.
MAX_EVENT_GRID_NESTING = 64


class EventFunction(Protocol):
    @property
    def name(self) -> str: ...

    async def __call__(self, trigger_value: Any) -> Any: ...


async def answer(request: web.Request, find: Callable[[str], EventFunction | None]) -> web.Response:
    name = request.query.get("functionName", "")
    function = find(name.lower())
    if function is None:
        return web.Response(status=404, text=f"cannot find function: '{name}'")
    if request.method == "OPTIONS":
        origin = request.headers.get("WebHook-Request-Origin", "").lower()
        allowed = origin if origin in _ORIGINS else "eventgrid.azure.net"
        return web.Response(status=200, headers={"Webhook-Allowed-Origin": allowed})
    event_type = request.headers.get("aeg-event-type", "").lower()
    if event_type == "unsubscribe":
        return web.Response(status=202)
    if event_type not in ("subscriptionvalidation", "notification"):
        return web.Response(status=400,
                            text="aeg-event-type must be SubscriptionValidation, Notification or Unsubscribe")
    try:
        payload = _payload(await read_body(request, MAX_EVENT_GRID_BODY_BYTES))
        events = payload if isinstance(payload, list) else [payload]
        if event_type == "subscriptionvalidation":
            return _validation_response(events)
        decoded = [_decoded_event(position, event) for position, event in enumerate(events)]
    except Refusal as refusal:
        return refusal.response()
    outcomes = await asyncio.gather(*(function(event) for event in decoded), return_exceptions=True)
    failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    if failures:
        for failure in failures:
            log.error("Executed 'Functions.%s' (Failed)", function.name, exc_info=failure)
        return web.Response(status=500, text=f"Exception while executing function: Functions.{function.name}. "
                                             f"{type(failures[0]).__name__}: {failures[0]}")
    return web.Response(status=202)


def _payload(body: bytes) -> list[Any] | dict[str, Any]:
    too_deep = Refusal(400, f"the body is nested more than {MAX_EVENT_GRID_NESTING} levels deep")
    try:
        payload = json.loads(body)
    except ValueError:
        raise Refusal(400, "the body is not JSON") from None
    except RecursionError:
        raise too_deep from None
    if _nesting_exceeds(payload, MAX_EVENT_GRID_NESTING):
        raise too_deep
    if not isinstance(payload, (list, dict)):
        raise Refusal(400, "the body must be a JSON array or object")
    return payload


def _nesting_exceeds(value: Any, limit: int) -> bool:
    """Whether JSON arrays and objects nest deeper than `limit`; counted without recursion, so any depth is safe."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (list, dict)):
            if depth > limit:
                return True
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def _validation_response(events: list[Any]) -> web.Response:
    data = events[0].get("data") if events and isinstance(events[0], dict) else None
    if isinstance(data, str):  # a CloudEvent's data arrives double-encoded
        try:
            data = json.loads(data)
        except ValueError:
            data = None
    code = data.get("validationCode") if isinstance(data, dict) else None
    if not isinstance(code, str):
        return web.Response(status=400, text="no validationCode in the validation event")
    return web.json_response({"validationResponse": code})


def _decoded_event(position: int, event: Any) -> func.EventGridEvent | func.CloudEvent:
    """The event as the worker's converter hands it to a function. One it cannot decode (not an object, a time that
    is no time) refuses the delivery with a 400: the real host answers 500, but Event Grid never sends such an
    event, and delivering it again could not help (docs/decisions.md)."""
    if not isinstance(event, dict):
        raise Refusal(400, f"event {position} is not a JSON object")
    try:
        return EventGridEventInConverter.decode(data=func.meta.Datum(json.dumps(event), "json"), trigger_metadata=None)
    except (TypeError, ValueError) as exc:
        raise Refusal(400, f"event {position} cannot be decoded: {exc}") from None
