"""A small local stand-in for the Azure Functions host, for machines without Core Tools.

It indexes the app the way the Python worker does (import the script, find the
one FunctionRegister, call get_functions() once) and serves, on one asyncio
event loop:
- each HTTP trigger at its route (with host.json's routePrefix) and methods;
- each Event Grid trigger at /runtime/webhooks/EventGrid?functionName=NAME,
  answering as the Event Grid extension does (eventgrid.py; docs/architecture.md, docs/decisions.md);
- each timer trigger on its NCRONTAB schedule, and on demand at POST /admin/functions/NAME, as Core Tools does;
  the setting AzureWebJobs.NAME.Disabled=true stops the schedule, and the function still runs on demand (as a
  disabled function does on Azure when called with the master key).
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
from azure.functions.timer import TimerRequest
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import BaseConverter, Map, Rule, ValidationError

from . import eventgrid
from .bodies import Refusal, read_body

log = logging.getLogger("devhost")

ADMIN_FUNCTIONS_PATH = "/admin/functions/"
MAX_HTTP_BODY_BYTES = 100 * 1024 * 1024  # the Functions host's default request size limit
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
        if is_optional or catch_all:  # ASP.NET's catch-all also matches nothing: {*x} serves "a/" as well as "a/b"
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


class DevHost:
    def __init__(self, app_dir: Path) -> None:
        self.app_dir = app_dir.resolve()
        self.route_prefix = route_prefix(self.app_dir)
        functions = index_function_app(self.app_dir)
        self._routes = Map(strict_slashes=False, merge_slashes=False, converters={"int": _IntConstraint})
        self._http: dict[str, _Invocable] = {}
        self._event_grid: dict[str, _Invocable] = {}
        self._timers: dict[str, tuple[_Invocable, _Schedule]] = {}
        self._disabled: set[str] = set()  # timers whose schedule is off (AzureWebJobs.NAME.Disabled)
        for function in functions:
            trigger: Any = function.get_trigger()  # its subclass, and so its attributes, depend on `type`
            invocable = _Invocable(function, self.app_dir)
            if trigger.type == "httpTrigger":
                self._add_http(invocable, trigger)
            elif trigger.type == "eventGridTrigger":
                self._event_grid[invocable.name.lower()] = invocable
            elif trigger.type == "timerTrigger":
                self._timers[invocable.name.lower()] = (invocable, _Schedule(trigger.schedule))
                if os.environ.get(f"AzureWebJobs.{invocable.name}.Disabled", "").lower() == "true":
                    self._disabled.add(invocable.name)
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
            disabled = " (disabled: on demand only)" if invocable.name in self._disabled else ""
            lines.append(f"{invocable.name}: timerTrigger '{schedule.text}'{disabled}, on demand: POST {base_url}"
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
                    if schedule.matches(now) and invocable.name not in self._disabled:
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
        if request.path.lower() == eventgrid.WEBHOOK_PATH:
            return await eventgrid.answer(request, self._event_grid.get)
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
            body = await read_body(request, MAX_HTTP_BODY_BYTES)
        except Refusal as refusal:
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
