"""A function app for tests/test_devhost.py: one function per dev host behaviour, no storage."""

import asyncio
import json
import os
import threading

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)

BARRIER_TIMEOUT = 15.0


def _json(value) -> func.HttpResponse:
    return func.HttpResponse(json.dumps(value), mimetype="application/json")


# --- HTTP routing -----------------------------------------------------------------------------------------

@app.function_name("Items")
@app.route(route="items/{id}", methods=["GET"])
def items(req: func.HttpRequest) -> func.HttpResponse:
    return _json({"route_params": dict(req.route_params)})


@app.function_name("Numbers")
@app.route(route="numbers/{n:int}", methods=["GET"])
def numbers(req: func.HttpRequest) -> func.HttpResponse:
    return _json({"route_params": dict(req.route_params)})


@app.function_name("NoRoute")
@app.route(methods=["GET"])
def no_route(req: func.HttpRequest) -> str:
    return "no route given"


@app.function_name("OnlyPost")
@app.route(route="only-post", methods=["POST"])
def only_post(req: func.HttpRequest) -> str:
    return "posted"


@app.function_name("AnyMethod")
@app.route(route="any-method")
def any_method(req: func.HttpRequest) -> str:
    return req.method


@app.function_name("Echo")
@app.route(route="echo", methods=["POST"])
async def echo(req: func.HttpRequest) -> func.HttpResponse:
    return _json({
        "method": req.method,
        "params": dict(req.params),
        "header": req.headers.get("x-devhost-test"),
        "body": req.get_body().decode(),
        "json": req.get_json(),
    })


@app.function_name("PlainText")
@app.route(route="plain-text", methods=["GET"])
async def plain_text(req: func.HttpRequest) -> str:
    return "just a string"


@app.function_name("Custom")
@app.route(route="custom", methods=["GET"])
def custom(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse(b'{"made": "here"}', status_code=418, headers={"X-Custom": "teapot"},
                             mimetype="application/json")


@app.function_name("ExplicitContentType")
@app.route(route="explicit-content-type", methods=["GET"])
def explicit_content_type(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse("<p>hi</p>", status_code=201, headers={"Content-Type": "text/html; charset=latin-1"})


@app.function_name("Boom")
@app.route(route="boom", methods=["GET"])
async def boom(req: func.HttpRequest) -> func.HttpResponse:
    raise RuntimeError("boom on purpose")


@app.function_name("SyncBoom")
@app.route(route="sync-boom", methods=["GET"])
def sync_boom(req: func.HttpRequest) -> func.HttpResponse:
    raise ValueError("sync boom on purpose")


# --- context and settings ---------------------------------------------------------------------------------

@app.function_name("WhoAmI")
@app.route(route="who-am-i", methods=["GET"])
def who_am_i(req: func.HttpRequest, context: func.Context) -> func.HttpResponse:
    return _json({"function_name": context.function_name, "invocation_id": context.invocation_id})


@app.function_name("Env")
@app.route(route="env/{name}", methods=["GET"])
def env(req: func.HttpRequest) -> func.HttpResponse:
    return _json({"value": os.environ.get(req.route_params["name"])})


# --- concurrency: two parties that each complete only once the other has arrived ------------------------------

_async_arrivals: dict[tuple[str, str], asyncio.Event] = {}
_sync_arrivals: dict[tuple[str, str], threading.Event] = {}
_sync_lock = threading.Lock()


def _other(party: str) -> str:
    return "b" if party == "a" else "a"


@app.function_name("Rendezvous")
@app.route(route="rendezvous/{name}/{party}", methods=["GET"])
async def rendezvous(req: func.HttpRequest) -> func.HttpResponse:
    name, party = req.route_params["name"], req.route_params["party"]
    _async_arrivals.setdefault((name, party), asyncio.Event()).set()
    other = _async_arrivals.setdefault((name, _other(party)), asyncio.Event())
    try:
        await asyncio.wait_for(other.wait(), BARRIER_TIMEOUT)
    except TimeoutError:
        return func.HttpResponse("the other party never arrived", status_code=504)
    return func.HttpResponse("met")


@app.function_name("SyncRendezvous")
@app.route(route="sync-rendezvous/{name}/{party}", methods=["GET"])
def sync_rendezvous(req: func.HttpRequest) -> func.HttpResponse:
    name, party = req.route_params["name"], req.route_params["party"]
    with _sync_lock:
        _sync_arrivals.setdefault((name, party), threading.Event()).set()
        other = _sync_arrivals.setdefault((name, _other(party)), threading.Event())
    if not other.wait(BARRIER_TIMEOUT):
        return func.HttpResponse("the other party never arrived", status_code=504)
    return func.HttpResponse("met")


# --- Event Grid -------------------------------------------------------------------------------------------
# Each invocation is recorded under its data's "batch" (or "_untagged"), and /api/recorded/{batch} returns them.
# data.fail: raise once every other event of the batch has started, so that they finish after the failure.
# data.parties: wait until that many events of the batch have arrived (proves the batch runs concurrently).

_recorded: dict[str, list[dict]] = {}
_batches: dict[str, dict] = {}


def _batch_state(batch: str) -> dict:
    return _batches.setdefault(batch, {"arrived": 0, "changed": asyncio.Condition(), "failed": asyncio.Event()})


@app.function_name("Recorder")
@app.event_grid_trigger(arg_name="event")
async def recorder(event: func.EventGridEvent, context: func.Context) -> None:
    data = event.get_json()
    data = data if isinstance(data, dict) else {}
    batch = str(data.get("batch", "_untagged"))
    record = {"id": event.id, "class": type(event).__name__, "function_name": context.function_name, "data": data}
    if isinstance(event, func.EventGridEvent):
        record.update(event_type=event.event_type, subject=event.subject, topic=event.topic)
    else:
        record.update(type=event.type, source=event.source, subject=event.subject, specversion=event.specversion)

    state = _batch_state(batch)
    async with state["changed"]:
        state["arrived"] += 1
        state["changed"].notify_all()
    if "parties" in data:
        async with state["changed"]:
            await asyncio.wait_for(state["changed"].wait_for(lambda: state["arrived"] >= data["parties"]),
                                   BARRIER_TIMEOUT)
    if data.get("fail"):
        state["failed"].set()
        raise ValueError(f"event {event.id} failed on purpose")
    if data.get("after_failure"):
        await asyncio.wait_for(state["failed"].wait(), BARRIER_TIMEOUT)
    _recorded.setdefault(batch, []).append(record)


@app.function_name("Recorded")
@app.route(route="recorded/{batch}", methods=["GET"])
async def recorded(req: func.HttpRequest) -> func.HttpResponse:
    return _json(_recorded.get(req.route_params["batch"], []))
