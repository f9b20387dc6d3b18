"""Concurrent callers asking for the same thing share one call."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

_Value = TypeVar("_Value")


class SharedCalls(Generic[_Value]):
    """At most one call per key in flight: the events of one delivery run at once, and those that need the same
    uncached thing (a sender's brief, its registration) wait for the one call already made instead of each making
    its own. Its result, or its error, is every waiter's; nothing is kept once it is done."""

    def __init__(self) -> None:
        self._calls: dict[Hashable, asyncio.Future[_Value]] = {}

    async def share(self, key: Hashable, call: Callable[[], Awaitable[_Value]]) -> _Value:
        pending = self._calls.get(key)
        if pending is None:
            pending = asyncio.ensure_future(call())
            self._calls[key] = pending
            pending.add_done_callback(lambda _: self._calls.pop(key, None))
        # Shielded: one waiter cancelled (its invocation timed out) does not cancel the call the others wait for.
        return await asyncio.shield(pending)
