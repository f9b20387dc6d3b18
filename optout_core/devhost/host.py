"""A small local stand-in for the Azure Functions host, for machines without Core Tools.

It indexes the app the way the Python worker does (import the script, find the
one FunctionRegister, call get_functions() once) and serves, on one asyncio
event loop:
- each HTTP trigger at its route (with host.json's routePrefix) and methods;
- each Event Grid trigger at /runtime/webhooks/EventGrid?functionName=NAME,
  answering as the Event Grid extension does (docs/architecture.md, docs/decisions.md);
- each timer trigger on its NCRONTAB schedule, and on demand at POST /admin/functions/NAME, as Core Tools does.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import inspect
import json
import logging
import os
import re
import ssl
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import azure.functions as func
from aiohttp import web
from azure.functions.eventgrid import EventGridEventInConverter
from azure.functions.timer import TimerRequest
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import BaseConverter, Map, Rule, ValidationError

log = logging.getLogger("devhost")

EVENT_GRID_WEBHOOK_PATH = "/runtime/webhooks/eventgrid"
ADMIN_FUNCTIONS_PATH = "/admin/functions/"
_EVENT_GRID_ORIGINS = {
    "eventgrid.azure.net", "eventgrid.azure.us", "eventgrid.azure.eaglex.ic.gov",
    "eventgrid.azure.microsoft.scloud", "eventgrid.azure.cn",
}
MAX_HTTP_BODY_BYTES = 100 * 1024 * 1024  # the Functions host's default request size limit
# Event Grid delivers events of at most 1 MB, in batches of at most 1 MB (a larger event alone): twice that leaves
# room for any delivery Event Grid can make, and bounds what an unsigned caller can make the webhook hold.
MAX_EVENT_GRID_BODY_BYTES = 2 * 1024 * 1024
# Json.NET's default MaxDepth, which the Event Grid extension's parser keeps: the real host reads nothing deeper.
MAX_EVENT_GRID_NESTING = 64
_ROUTE_PARAMETER = re.compile(r"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z]+))?(\?)?\}")


class HostError(RuntimeError):
    """The app cannot be hosted as it is (no FunctionRegister, an unsupported route ...)."""


def load_local_settings(app_dir: Path) -> dict[str, Any]:
    """Export local.settings.json's Values, except where the environment already sets them (as Core Tools does)."""
    path = app_dir / "local.settings.json"
    if not path.exists():
        return {}
    try:
        settings: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise HostError(f"{path.name} is not valid JSON ({exc}): correct it, or copy local.settings.sample.json") \
            from None
    for name, value in settings.get("Values", {}).items():
        os.environ.setdefault(name, str(value))
    host: dict[str, Any] = settings.get("Host", {})
    return host


def route_prefix(app_dir: Path) -> str:
    path = app_dir / "host.json"
    config: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    prefix: str = config.get("extensions", {}).get("http", {}).get("routePrefix", "api")
    return prefix.strip("/")


def index_function_app(app_dir: Path) -> list[func.Function]:
    script = app_dir / os.environ.get("PYTHON_SCRIPT_FILE_NAME", "function_app.py")
    if str(app_dir) not in sys.path:
        sys.path.insert(0, str(app_dir))
    spec = importlib.util.spec_from_file_location(script.stem, script)
    if spec is None or spec.loader is None:
        raise HostError(f"cannot load {script}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[script.stem] = module
    spec.loader.exec_module(module)
    registers = [value for value in vars(module).values() if isinstance(value, func.FunctionRegister)]
    if len(registers) != 1:
        raise HostError(f"{script.name} must define exactly one FunctionApp, found {len(registers)}")
    return registers[0].get_functions()  # not idempotent: call once per app object


def werkzeug_rules(template: str) -> list[str]:
    """Turn an ASP.NET route template into werkzeug rules: {x}, {x:int}, {*x} and {x?} (optional last segment)."""
    optional: list[str] = []

    def convert(match: re.Match[str]) -> str:
        catch_all, name, constraint, is_optional = match.groups()
        if constraint not in (None, "int"):
            raise HostError(f"route constraint '{constraint}' in '{template}' is not supported by the dev host")
        if is_optional:
            optional.append(name)
        converter = "path:" if catch_all else ("int:" if constraint == "int" else "")
        return f"<{converter}{name}>"

    rule = "/" + _ROUTE_PARAMETER.sub(convert, template.strip("/"))
    if not optional:
        return [rule]
    shorter = rule.rsplit("/", 1)[0] or "/"
    return [rule, shorter]


class _IntConstraint(BaseConverter):
    """ASP.NET's {x:int}: a signed 32-bit integer, passed to the function as written in the URL ("007" stays "007")."""

    regex = r"[+-]?\d+"
    weight = 50  # as werkzeug's own int converter: tried before plain {x} parameters

    def to_python(self, value: str) -> str:
        if not -2**31 <= int(value) < 2**31:
            raise ValidationError()
        return value


class _Schedule:
    """An NCRONTAB schedule ("{second} {minute} {hour} {day} {month} {day-of-week}") with *, */n, a, a-b and
    lists; enough for the schedules functions use."""

    def __init__(self, text: str) -> None:
        self.text = text
        fields = text.split()
        if len(fields) != 6:
            raise HostError(f"timer schedule '{text}' needs six fields (NCRONTAB)")
        self._fields = fields

    def matches(self, moment: datetime) -> bool:
        values = (moment.second, moment.minute, moment.hour, moment.day, moment.month, moment.isoweekday() % 7)
        return all(self._field_matches(field, value) for field, value in zip(self._fields, values, strict=True))

    @staticmethod
    def _field_matches(field: str, value: int) -> bool:
        for part in field.split(","):
            base, _, step = part.partition("/")
            if base == "*":
                low, high = 0, 59
            elif "-" in base:
                low, high = (int(bound) for bound in base.split("-"))
            else:
                low = high = int(base)
            if low <= value <= high and (value - (low if base != "*" else 0)) % int(step or 1) == 0:
                return True
        return False


class _Context(func.Context):
    def __init__(self, function_name: str, function_directory: str) -> None:
        self._invocation_id = str(uuid.uuid4())
        self._function_name = function_name
        self._function_directory = function_directory
        self._local = threading.local()

    invocation_id = property(lambda self: self._invocation_id)
    function_name = property(lambda self: self._function_name)
    function_directory = property(lambda self: self._function_directory)
    thread_local_storage = property(lambda self: self._local)
    trace_context = property(lambda self: None)
    retry_context = property(lambda self: None)


@dataclass(frozen=True)
class _Invocable:
    function: func.Function
    app_dir: Path

    @property
    def name(self) -> str:
        # As under the worker, a function without a name set is named after its Python function.
        return self.function.get_function_name() or self.function.get_user_function().__name__

    @functools.cached_property
    def _wants_context(self) -> bool:
        return "context" in inspect.signature(self.function.get_user_function()).parameters

    async def __call__(self, trigger_value: Any) -> Any:
        user_function = self.function.get_user_function()
        trigger: Any = self.function.get_trigger()  # typed as optional, but indexing rejects a function without one
        arguments = {trigger.name: trigger_value}
        if self._wants_context and "context" not in arguments:
            arguments["context"] = _Context(self.name, str(self.app_dir))
        if inspect.iscoroutinefunction(user_function):
            return await user_function(**arguments)
        # As the worker does, synchronous functions run on a thread pool, off the event loop.
        return await asyncio.get_running_loop().run_in_executor(None, functools.partial(user_function, **arguments))


def _http_response(result: Any) -> web.Response:
    if result is None:
        return web.Response(status=204)
    if isinstance(result, str):
        return web.Response(status=200, text=result)
    headers = dict(result.headers)
    if not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = f"{result.mimetype}; charset={result.charset}"
    return web.Response(status=result.status_code, body=result.get_body(), headers=headers)


class _Refusal(Exception):
    """A request the host answers itself, with a status and a line saying why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason

    def response(self) -> web.Response:
        return web.Response(status=self.status, text=self.reason)


async def _read_body(request: web.Request, limit: int) -> bytes:
    """The body, refused by its declared length before any of it is read, and read no further than the limit."""
    too_large = _Refusal(413, f"the request body exceeds {limit} bytes")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def _event_grid_payload(body: bytes) -> list[Any] | dict[str, Any]:
    too_deep = _Refusal(400, f"the body is nested more than {MAX_EVENT_GRID_NESTING} levels deep")
    try:
        payload = json.loads(body)
    except ValueError:
        raise _Refusal(400, "the body is not JSON") from None
    except RecursionError:
        raise too_deep from None
    if _nesting_exceeds(payload, MAX_EVENT_GRID_NESTING):
        raise too_deep
    if not isinstance(payload, (list, dict)):
        raise _Refusal(400, "the body must be a JSON array or object")
    return payload


def _decoded_event(position: int, event: Any) -> func.EventGridEvent | func.CloudEvent:
    """The event as the worker's converter hands it to a function. One it cannot decode (not an object, a time that
    is no time) refuses the delivery with a 400: the real host answers 500, but Event Grid never sends such an
    event, and delivering it again could not help (docs/decisions.md)."""
    if not isinstance(event, dict):
        raise _Refusal(400, f"event {position} is not a JSON object")
    try:
        return EventGridEventInConverter.decode(data=func.meta.Datum(json.dumps(event), "json"), trigger_metadata=None)
    except (TypeError, ValueError) as exc:
        raise _Refusal(400, f"event {position} cannot be decoded: {exc}") from None


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


class DevHost:
    def __init__(self, app_dir: Path) -> None:
        self.app_dir = app_dir.resolve()
        self.route_prefix = route_prefix(self.app_dir)
        functions = index_function_app(self.app_dir)
        self._routes = Map(strict_slashes=False, merge_slashes=False, converters={"int": _IntConstraint})
        self._http: dict[str, _Invocable] = {}
        self._event_grid: dict[str, _Invocable] = {}
        self._timers: dict[str, tuple[_Invocable, _Schedule]] = {}
        for function in functions:
            trigger: Any = function.get_trigger()  # its subclass, and so its attributes, depend on `type`
            invocable = _Invocable(function, self.app_dir)
            if trigger.type == "httpTrigger":
                self._add_http(invocable, trigger)
            elif trigger.type == "eventGridTrigger":
                self._event_grid[invocable.name.lower()] = invocable
            elif trigger.type == "timerTrigger":
                self._timers[invocable.name.lower()] = (invocable, _Schedule(trigger.schedule))
            else:
                log.warning("%s: %s triggers are not served by the dev host", invocable.name, trigger.type)

    def _add_http(self, invocable: _Invocable, trigger: Any) -> None:
        methods = [str(method.value) for method in trigger.methods] if trigger.methods else None
        template = f"{self.route_prefix}/{trigger.route}" if self.route_prefix else trigger.route
        for rule in werkzeug_rules(template):
            self._routes.add(Rule(rule, endpoint=invocable.name, methods=methods))
        self._http[invocable.name] = invocable

    def describe(self, base_url: str) -> list[str]:
        lines = []
        for rule in self._routes.iter_rules():
            methods = ",".join(sorted(rule.methods - {"HEAD", "OPTIONS"})) if rule.methods else "ALL"
            lines.append(f"{rule.endpoint}: [{methods}] {base_url}{rule.rule}")
        lines.extend(f"{invocable.name}: eventGridTrigger {base_url}/runtime/webhooks/EventGrid"
                     f"?functionName={invocable.name}" for invocable in self._event_grid.values())
        for invocable, schedule in self._timers.values():
            lines.append(f"{invocable.name}: timerTrigger '{schedule.text}', on demand: POST {base_url}"
                         f"{ADMIN_FUNCTIONS_PATH}{invocable.name}")
        return lines

    def application(self) -> web.Application:
        app = web.Application(client_max_size=MAX_HTTP_BODY_BYTES)
        # [\s\S], not ".": a path may hold an encoded newline, and the route, not the host, decides what it means.
        app.router.add_route("*", r"/{tail:[\s\S]*}", self._dispatch)
        app.cleanup_ctx.append(self._run_timers)
        return app

    async def _run_timers(self, app: web.Application) -> AsyncIterator[None]:
        """Fire each timer function when its schedule matches the current second, while the app runs."""
        async def tick() -> None:
            while True:
                await asyncio.sleep(1 - time.time() % 1)
                now = datetime.now(UTC)  # as on Azure, where NCRONTAB schedules are in UTC by default
                for invocable, schedule in self._timers.values():
                    if schedule.matches(now):
                        asyncio.get_running_loop().create_task(self._fire_timer(invocable))

        ticker = asyncio.get_running_loop().create_task(tick())
        yield
        ticker.cancel()

    @staticmethod
    async def _fire_timer(invocable: _Invocable) -> bool:
        try:
            await invocable(TimerRequest(past_due=False))
            return True
        except Exception:
            log.exception("Executed 'Functions.%s' (Failed)", invocable.name)
            return False

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if request.path.lower() == EVENT_GRID_WEBHOOK_PATH:
            return await self._event_grid_webhook(request)
        if request.path.lower().startswith(ADMIN_FUNCTIONS_PATH) and request.method == "POST":
            timer = self._timers.get(request.path[len(ADMIN_FUNCTIONS_PATH):].lower())
            if timer is None:
                return web.Response(status=404)
            return web.Response(status=202 if await self._fire_timer(timer[0]) else 500)
        adapter = self._routes.bind("localhost")
        try:
            endpoint, route_params = adapter.match(request.path, method=request.method)
        except NotFound:
            return web.Response(status=404)
        except MethodNotAllowed as exc:
            return web.Response(status=405, headers={"Allow": ", ".join(sorted(exc.valid_methods or ()))})
        try:
            body = await _read_body(request, MAX_HTTP_BODY_BYTES)
        except _Refusal as refusal:
            return refusal.response()
        req = func.HttpRequest(
            method=request.method,
            url=f"{request.scheme}://{request.host}{request.raw_path}",
            headers={name: ", ".join(request.headers.getall(name)) for name in request.headers},
            params={name: request.query[name] for name in request.query},
            route_params={name: str(value) for name, value in route_params.items()},
            body=body,
        )
        try:
            return _http_response(await self._http[endpoint](req))
        except Exception:
            log.exception("Executed 'Functions.%s' (Failed)", endpoint)
            return web.Response(status=500)

    async def _event_grid_webhook(self, request: web.Request) -> web.Response:
        name = request.query.get("functionName", "")
        invocable = self._event_grid.get(name.lower())
        if invocable is None:
            return web.Response(status=404, text=f"cannot find function: '{name}'")
        if request.method == "OPTIONS":
            origin = request.headers.get("WebHook-Request-Origin", "").lower()
            allowed = origin if origin in _EVENT_GRID_ORIGINS else "eventgrid.azure.net"
            return web.Response(status=200, headers={"Webhook-Allowed-Origin": allowed})
        event_type = request.headers.get("aeg-event-type", "").lower()
        if event_type == "unsubscribe":
            return web.Response(status=202)
        if event_type not in ("subscriptionvalidation", "notification"):
            return web.Response(status=400,
                                text="aeg-event-type must be SubscriptionValidation, Notification or Unsubscribe")
        try:
            payload = _event_grid_payload(await _read_body(request, MAX_EVENT_GRID_BODY_BYTES))
        except _Refusal as refusal:
            return refusal.response()
        events = payload if isinstance(payload, list) else [payload]
        if event_type == "subscriptionvalidation":
            return self._validation_response(events)
        try:
            decoded = [_decoded_event(position, event) for position, event in enumerate(events)]
        except _Refusal as refusal:
            return refusal.response()
        outcomes = await asyncio.gather(*(invocable(event) for event in decoded), return_exceptions=True)
        failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        if failures:
            for failure in failures:
                log.error("Executed 'Functions.%s' (Failed)", invocable.name, exc_info=failure)
            return web.Response(status=500, text=f"Exception while executing function: Functions.{invocable.name}. "
                                                 f"{type(failures[0]).__name__}: {failures[0]}")
        return web.Response(status=202)

    @staticmethod
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



async def serve(host: DevHost, address: str, port: int, ready: Callable[[str], None],
                tls: ssl.SSLContext | None = None) -> None:
    """Serve until cancelled; over HTTPS with `tls`, as Azure's front end does (the SDKs send bearer tokens only
    over HTTPS)."""
    runner = web.AppRunner(host.application(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, address, port, ssl_context=tls)
    await site.start()
    try:
        ready(f"{'https' if tls else 'http'}://{address}:{port}")
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
