"""A fault-injecting HTTP/1.1 proxy for putting between the service and Azurite (tests only).

It runs its own event loop in a thread, so that a test, the service under test (another process) and in-process
clients can all go through it. Requests are parsed with h11, so a fault can hit a whole request: refuse the
connection, reset it before or after forwarding the request, hang without answering, or answer 503 / 500 as Table
Storage does. A fault applies to the requests its `matches` predicate picks, all of them or only the next few.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import h11

from optout_core.devhost.azurite import free_port


class Fault(str, Enum):
    NONE = "none"
    REFUSE = "refuse"  # connections refused (nothing listens), existing ones reset
    RESET_BEFORE = "reset_before"  # the request is read, then the connection reset: storage never sees it
    RESET_AFTER = "reset_after"  # the request is forwarded and answered, then the connection reset: a hidden write
    HANG = "hang"  # the request is read and never answered
    BUSY = "503"  # 503 ServerBusy, as Table Storage answers when throttling
    INTERNAL = "500"  # 500 InternalError


_STATUS = {Fault.BUSY: (503, "ServerBusy", "The server is busy."),
           Fault.INTERNAL: (500, "InternalError", "The server encountered an internal error.")}


@dataclass(frozen=True)
class Request:
    method: str
    target: str


def every_request(request: Request) -> bool:
    return True


def is_transaction(request: Request) -> bool:
    return request.method == "POST" and "$batch" in request.target


class FaultProxy:
    def __init__(self, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = free_port()
        self.upstream_port = upstream_port
        self.requests = 0  # requests read from clients, faulted or not
        self.faulted = 0
        self._fault = Fault.NONE
        self._matches: Callable[[Request], bool] = every_request
        self._remaining: int | None = None
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self._release = asyncio.Event()

    def connection_string(self, template: str) -> str:
        """An Azurite connection string, pointed at the proxy instead."""
        return template.replace(f":{self.upstream_port}/", f":{self.port}/")

    def start(self) -> FaultProxy:
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        self._call(self._close(reset=True))
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def set(self, fault: Fault, matches: Callable[[Request], bool] = every_request, times: int | None = None) -> None:
        """From now on, `fault` hits the requests `matches` picks: all of them, or the next `times`. A new fault
        starts the counts of requests and of faulted requests again."""
        with self._lock:
            self._fault, self._matches, self._remaining = fault, matches, times
            if fault is not Fault.NONE:
                self.requests = self.faulted = 0
        self._call(self._apply(fault))

    def heal(self) -> None:
        self.set(Fault.NONE)

    def _call(self, coroutine) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    async def _apply(self, fault: Fault) -> None:
        if fault is Fault.REFUSE:
            await self._close(reset=True)
            return
        if fault is not Fault.HANG:
            self._release.set()  # requests left hanging are dropped (their connections reset)
            self._release = asyncio.Event()
        if self._server is None:
            await self._listen()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._serve, self.host, self.port, reuse_address=True)

    async def _close(self, reset: bool) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if reset:
            for writer in list(self._connections):
                _reset(writer)
            self._release.set()

    def _take(self, request: Request) -> Fault:
        """The fault for this request, counting it off if only the next few are hit."""
        with self._lock:
            self.requests += 1
            if self._fault is Fault.NONE or not self._matches(request) or self._remaining == 0:
                return Fault.NONE
            if self._remaining is not None:
                self._remaining -= 1
            self.faulted += 1
            return self._fault

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(writer)
        client = h11.Connection(h11.SERVER)
        try:
            while True:
                events = await _read_message(reader, client, h11.Request)
                if events is None:
                    return
                head = events[0]
                request = Request(head.method.decode(), head.target.decode())
                fault = self._take(request)
                if fault is Fault.RESET_BEFORE:
                    return _reset(writer)
                if fault is Fault.HANG:
                    await self._release.wait()
                    return _reset(writer)
                response = _storage_error(*_STATUS[fault]) if fault in _STATUS else await self._forward(events)
                if response is None or fault is Fault.RESET_AFTER:
                    return _reset(writer)
                for event in response:
                    writer.write(client.send(event))
                await writer.drain()
                if client.our_state is h11.MUST_CLOSE or client.their_state is h11.MUST_CLOSE:
                    return
                client.start_next_cycle()
        except (ConnectionError, h11.ProtocolError, OSError):
            _reset(writer)
        finally:
            self._connections.discard(writer)
            if not writer.is_closing():
                writer.close()

    async def _forward(self, request: list) -> list | None:
        """The request sent to Azurite on a connection of its own (so that Azurite closing an idle one is never
        mistaken for a fault), and its response; None if Azurite closed without answering."""
        reader, writer = await asyncio.open_connection(self.host, self.upstream_port)
        try:
            server = h11.Connection(h11.CLIENT)
            for event in request:
                writer.write(server.send(event))
            await writer.drain()
            return await _read_message(reader, server, h11.Response)
        finally:
            writer.close()


async def _read_message(reader: asyncio.StreamReader, connection: h11.Connection, head: type) -> list | None:
    """One whole request or response, as h11 events (head, data..., end); None if the peer closed first."""
    events: list = []
    while True:
        event = connection.next_event()
        if event is h11.NEED_DATA:
            data = await reader.read(65536)
            connection.receive_data(data)
            if not data and not events:
                return None
            continue
        if isinstance(event, h11.ConnectionClosed):
            return None
        if isinstance(event, h11.InformationalResponse):
            continue
        events.append(event)
        if isinstance(event, h11.EndOfMessage):
            assert isinstance(events[0], head)
            return events




def _storage_error(status: int, code: str, message: str) -> list:
    body = json.dumps({"odata.error": {"code": code, "message": {"lang": "en-US", "value": message}}}).encode()
    headers = [("Content-Type", "application/json;odata=minimalmetadata"), ("x-ms-error-code", code),
               ("Content-Length", str(len(body)))]
    return [h11.Response(status_code=status, headers=headers), h11.Data(data=body), h11.EndOfMessage()]


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset, as a dropped connection looks to the client, not an orderly FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
