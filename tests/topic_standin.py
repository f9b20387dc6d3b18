"""A stand-in for an Event Grid custom topic: checks the access key, records the CloudEvents published to it, and
can be told to refuse the next requests."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

from aiohttp import web

from acs_standin import serve_in_thread, stop_thread

TOPIC_KEY = "topic-stand-in-key"


@dataclass
class TopicStandIn:
    port: int = 0
    events: list[dict] = field(default_factory=list)
    _refusals: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/events"

    def refuse_next(self, count: int) -> None:
        with self._lock:
            self._refusals = count

    def events_for(self, recipient: str) -> list[dict]:
        with self._lock:
            return [event for event in self.events if event["subject"] == recipient]

    async def _publish(self, request: web.Request) -> web.Response:
        if request.headers.get("aeg-sas-key") != TOPIC_KEY:
            return web.json_response({"error": {"code": "Unauthorized", "message": "key"}}, status=401)
        body = await request.read()
        with self._lock:
            if self._refusals:
                self._refusals -= 1
                return web.json_response({"error": {"code": "ServiceUnavailable", "message": "down"}}, status=503)
            self.events.extend(json.loads(body))
        return web.Response(status=200)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/events", self._publish)

    def start(self) -> TopicStandIn:
        return serve_in_thread(self)

    def stop(self) -> None:
        stop_thread(self)
