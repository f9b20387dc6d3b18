"""Azure Functions (Python v2 model) adapter: triggers in, optout_core calls, responses out.

All behaviour lives in optout_core. Routes are the ACS paths exactly
(host.json sets routePrefix to ""), so ACS SDKs need only a new endpoint.
Access is authorised by ACS HMAC signatures, not function keys, hence ANONYMOUS.
"""

from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

import azure.functions as func
from opentelemetry.trace import SpanKind

from optout_core import telemetry
from optout_core.api import HttpRequestData, HttpResult, OptOutAction
from optout_core.console import console_asset
from optout_core.events import EventEnvelope
from optout_core.logs import mask_numbers_in_logs
from optout_core.openapi import document_json
from optout_core.services import Services, answer, services

mask_numbers_in_logs()
telemetry.configure()
app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)


def _request(req: func.HttpRequest) -> HttpRequestData:
    return HttpRequestData.create(req.method, req.url, req.headers.items(), req.get_body())


def _traceparent(context: func.Context) -> str | None:
    """The Functions host's trace context, so this app's spans join its request; the dev host passes none."""
    return context.trace_context.trace_parent if context.trace_context else None


async def _http(context: func.Context, call: Callable[[Services], Awaitable[HttpResult]]) -> func.HttpResponse:
    with telemetry.invocation(context.function_name, SpanKind.SERVER, _traceparent(context)) as span:
        result = await answer(call)
        telemetry.http_status(span, result.status)
    return func.HttpResponse(body=result.body, status_code=result.status, headers=result.headers)


def _event_span(context: func.Context, envelope: EventEnvelope) -> AbstractContextManager[object]:
    return telemetry.invocation(context.function_name, SpanKind.CONSUMER, _traceparent(context),
                                {"messaging.message.id": envelope.id, "cloudevents.event_type": envelope.type})


def _envelope(event: func.EventGridEvent | func.CloudEvent) -> EventEnvelope:
    if isinstance(event, func.CloudEvent):
        return EventEnvelope(id=event.id, type=event.type, data=event.get_json(), time=event.time)
    return EventEnvelope(id=event.id, type=event.event_type, data=event.get_json(), time=event.event_time)


@app.function_name("OptOutsAdd")
@app.route(route="sms/optouts:add", methods=["POST"])
async def optouts_add(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.optout_api.handle(OptOutAction.ADD, _request(req)))


@app.function_name("OptOutsRemove")
@app.route(route="sms/optouts:remove", methods=["POST"])
async def optouts_remove(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.optout_api.handle(OptOutAction.REMOVE, _request(req)))


@app.function_name("OptOutsCheck")
@app.route(route="sms/optouts:check", methods=["POST"])
async def optouts_check(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.optout_api.handle(OptOutAction.CHECK, _request(req)))


@app.function_name("OptOutsList")
@app.route(route="sms/optouts", methods=["GET"])
async def optouts_list(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.list_api.entries(_request(req)))


@app.function_name("OptOutsHistory")
@app.route(route="sms/optouts/history", methods=["GET"])
async def optouts_history(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.list_api.history(_request(req)))


@app.function_name("OptOutsEvidence")
@app.route(route="sms/optouts/evidence", methods=["GET"])
async def optouts_evidence(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.evidence_api.handle(_request(req)))


@app.function_name("ReviewsList")
@app.route(route="sms/optouts/reviews", methods=["GET"])
async def reviews_list(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.review_api.list(_request(req)))


@app.function_name("ReviewsDecide")
@app.route(route="sms/optouts/reviews:decide", methods=["POST"])
async def reviews_decide(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.review_api.decide(_request(req)))


@app.function_name("OptOutsExport")
@app.route(route="sms/optouts:export", methods=["GET"])
async def optouts_export(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.transfer_api.export(_request(req)))


@app.function_name("OptOutsImport")
@app.route(route="sms/optouts:import", methods=["POST"])
async def optouts_import(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.transfer_api.import_rows(_request(req)))


@app.function_name("Send")
@app.route(route="sms", methods=["POST"])
async def send(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.send_api.handle(_request(req)))


@app.function_name("Programs")
@app.route(route="sms/programs/{sender}", methods=["GET", "PUT", "DELETE"])
async def programs(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return await _http(context, lambda current: current.program_api.handle(_request(req), req.route_params["sender"]))


@app.function_name("SmsReceived")
@app.event_grid_trigger(arg_name="event")
async def sms_received(event: func.EventGridEvent, context: func.Context) -> None:
    envelope = _envelope(event)
    with _event_span(context, envelope):
        await services().inbound_sms.handle(envelope)


@app.function_name("OpenApi")
@app.route(route="openapi.json", methods=["GET"])
def openapi(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(document_json(), mimetype="application/json")


@app.function_name("Console")
@app.route(route="console/{*path}", methods=["GET"])
def console(req: func.HttpRequest) -> func.HttpResponse:
    result = console_asset(req.route_params.get("path") or "", urlsplit(req.url).path)
    return func.HttpResponse(body=result.body, status_code=result.status, headers=result.headers)


@app.function_name("NotificationsDrain")
@app.timer_trigger(schedule="0 */1 * * * *", arg_name="timer")
async def notifications_drain(timer: func.TimerRequest, context: func.Context) -> None:
    with telemetry.invocation(context.function_name, SpanKind.INTERNAL, _traceparent(context)):
        await services().drain_notifications()


@app.function_name("SmsDeliveryReportReceived")
@app.event_grid_trigger(arg_name="event")
async def sms_delivery_report_received(event: func.EventGridEvent, context: func.Context) -> None:
    envelope = _envelope(event)
    with _event_span(context, envelope):
        await services().delivery_reports.handle(envelope)


@app.function_name("RefusedSendsPurge")
@app.timer_trigger(schedule="0 17 3 * * *", arg_name="timer")
async def refused_sends_purge(timer: func.TimerRequest, context: func.Context) -> None:
    with telemetry.invocation(context.function_name, SpanKind.INTERNAL, _traceparent(context)):
        await services().purge_refused_sends()
