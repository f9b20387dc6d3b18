"""Request bodies the dev host reads itself: bounded, and refused with a status and a line saying why."""

from __future__ import annotations

from aiohttp import web


class Refusal(Exception):
    """A request the host answers itself, with a status and a line saying why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason

    def response(self) -> web.Response:
        return web.Response(status=self.status, text=self.reason)


async def read_body(request: web.Request, limit: int) -> bytes:
    """The body, refused by its declared length before any of it is read, and read no further than the limit."""
    too_large = Refusal(413, f"the request body exceeds {limit} bytes")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)
