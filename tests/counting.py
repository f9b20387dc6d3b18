"""A transport that counts what the storage SDK sends and receives: for tests that assert the work an operation
does (requests, entities, bytes) and for the growth benchmark, which reports that work per operation."""

from __future__ import annotations

from typing import Any

from azure.core.pipeline.transport import AioHttpTransport


class CountingTransport(AioHttpTransport):
    """Records every request the SDK sends, the most that were in flight at once, the bytes that went each way, the
    entities that came back (one per found point read, one per row of a query page) and the requests that got no
    answer (a reset connection, a timeout)."""

    def __init__(self, **transport_options: Any) -> None:
        super().__init__(**transport_options)
        self.requests: list[tuple[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self.entities_read = 0
        self.unanswered = 0

    def reset(self) -> None:
        self.requests.clear()
        self.most_in_flight = self.bytes_sent = self.bytes_received = self.entities_read = self.unanswered = 0

    async def send(self, request: Any, **kwargs: Any) -> Any:
        self.requests.append((request.method, request.url))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            response = await super().send(request, **kwargs)
        except Exception:
            self.unanswered += 1
            raise
        finally:
            self.in_flight -= 1
        self.bytes_sent += len(request.data or b"") if isinstance(request.data, bytes | str) else 0
        body = response.body() if request.method == "GET" and response.status_code == 200 else b""
        self.bytes_received += len(body) or int(response.headers.get("Content-Length") or 0)
        # Each entity, in a point read's answer or a query page, carries its own odata.etag.
        self.entities_read += body.count(b'"odata.etag"')
        return response
