"""A stand-in for ACS's SMS send endpoint (`POST /sms`), for tests and benchmarks.

It checks each request's HMAC signature as ACS would, records what was sent,
and can be told to fail: a request-level status for the next N requests, or a
per-recipient failure inside a 202.
"""

from __future__ import annotations

import asyncio
import base64
import json
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web

from optout_core.auth import AccessKey, AuthenticationError, HmacVerifier

KEY = AccessKey("acs", b"acs-stand-in-key-0123456789abcdef")


@dataclass
class SentSms:
    sender: str
    to: str
    message: str
    tag: str | None
    repeatability_request_id: str | None
    api_version: str
    # When it arrived (time.perf_counter, which the benchmarks running the stand-in in their process share).
    received: float = field(default_factory=time.perf_counter)


@dataclass
class AcsStandIn:
    port: int = 0
    sent: list[SentSms] = field(default_factory=list)
    requests: int = 0
    _fail_requests: list[int] = field(default_factory=list)
    _fail_recipients: dict[str, tuple[int, str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # Keyless ACS: HTTPS with this context, and requests authorised by a bearer token this function accepts
    # (it raises for a bad one) instead of the HMAC key.
    tls: ssl.SSLContext | None = None
    verify_token: Callable[[str], object] | None = None
    # How long each send takes to be answered, in seconds (benchmarks: a real ACS is far slower than this stand-in).
    latency: float = 0.0

    @property
    def connection_string(self) -> str:
        return f"endpoint=http://127.0.0.1:{self.port}/;accesskey={base64.b64encode(KEY.secret).decode()}"

    @property
    def endpoint(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _authorise(self, request: web.Request, body: bytes) -> None:
        if self.verify_token is None:
            HmacVerifier([KEY]).verify(request.method, str(request.url), request.headers, body)
            return
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer":
            raise AuthenticationError("Unauthorized", "a bearer token is required")
        try:
            self.verify_token(token)
        except Exception as exc:
            raise AuthenticationError("Unauthorized", f"bad token: {exc}") from exc

    def fail_next_requests(self, count: int, status: int = 503) -> None:
        with self._lock:
            self._fail_requests.extend([status] * count)

    def fail_recipient(self, to: str, status: int = 400, message: str = "Invalid To phone number format.") -> None:
        with self._lock:
            self._fail_recipients[to] = (status, message)

    def reset_failures(self) -> None:
        with self._lock:
            self._fail_requests.clear()
            self._fail_recipients.clear()

    def sent_to(self, to: str) -> list[SentSms]:
        with self._lock:
            return [sms for sms in self.sent if sms.to == to]

    async def _send(self, request: web.Request) -> web.Response:
        body = await request.read()
        try:
            self._authorise(request, body)
        except AuthenticationError as exc:
            return web.json_response({"error": {"code": exc.code, "message": exc.message}}, status=401)
        with self._lock:
            self.requests += 1
            if self._fail_requests:
                status = self._fail_requests.pop(0)
                return web.json_response({"error": {"code": "ServiceUnavailable", "message": "stand-in"}},
                                         status=status)
        if self.latency:
            await asyncio.sleep(self.latency)
        payload = json.loads(body)
        options = payload.get("smsSendOptions") or {}
        items = []
        for recipient in payload["smsRecipients"]:
            to = recipient["to"]
            with self._lock:
                failure = self._fail_recipients.get(to)
                if failure is None:
                    self.sent.append(SentSms(payload["from"], to, payload["message"], options.get("tag"),
                                             recipient.get("repeatabilityRequestId"),
                                             request.query.get("api-version", "")))
            if failure is None:
                items.append({"to": to, "messageId": f"Outgoing_{uuid.uuid4()}", "httpStatusCode": 202,
                              "repeatabilityResult": "accepted", "successful": True})
            else:
                items.append({"to": to, "httpStatusCode": failure[0], "errorMessage": failure[1],
                              "successful": False})
        return web.json_response({"value": items}, status=202)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/sms", self._send)

    def start(self) -> AcsStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)


def serve_in_thread(stand_in):
    """Serve `stand_in.routes` on 127.0.0.1 in a thread of its own, setting `stand_in.port`."""
    ready = threading.Event()

    def serve() -> None:
        loop = asyncio.new_event_loop()
        app = web.Application()
        stand_in.routes(app)
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", stand_in.port, ssl_context=getattr(stand_in, "tls", None))
        loop.run_until_complete(site.start())
        stand_in.port = site._server.sockets[0].getsockname()[1]
        stand_in._loop = loop
        ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    stand_in._thread = threading.Thread(target=serve, name=type(stand_in).__name__, daemon=True)
    stand_in._thread.start()
    ready.wait(10)
    return stand_in


def stop_thread(stand_in) -> None:
    stand_in._loop.call_soon_threadsafe(stand_in._loop.stop)
    stand_in._thread.join(10)
