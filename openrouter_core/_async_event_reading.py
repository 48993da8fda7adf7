"""How an event stream reads its response and closes it, written once, async.

``python -m codegen`` writes the sync twin, ``_sync_event_reading``. ``streams`` combines
each with ``_EventStreamBase`` (decoding, read failures as items) into the public event
stream classes. Where sync and async close differently, their response holders do
(``_deferred_close``): a sync stream dropped open is
queued for closing at the next sync call, never closed inside the garbage collector; an async
one is closed on its event loop, and every close there is shielded against cancellation.

The iteration state is kept by hand rather than in a generator so that closing never has to
finalise a suspended (async) generator, which may be running in another task.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx
from returns.result import Result

from openrouter_core._deferred_close import AsyncResponseHolder
from openrouter_core._inflate import aiter_decoded
from openrouter_core._with_blocks import AsyncClosesOnExit
from openrouter_core.errors import OpenRouterBaseError

if TYPE_CHECKING:
    from openrouter_core._sse import EventItems, RawEvent

__all__ = ["AsyncEventReading"]

T = TypeVar("T")
_Stream = TypeVar("_Stream")


class AsyncEventReading(AsyncClosesOnExit, Generic[T]):
    """The reading and closing half of an async event stream."""

    # Set by ``streams._EventStreamBase``, the other half.
    response: httpx.Response
    _decoder: EventItems[T]
    _events: Iterator[RawEvent]
    _finished: bool
    _closed: bool
    _holder: AsyncResponseHolder

    if TYPE_CHECKING:

        def _queue_events(self, chunk: bytes | None) -> None: ...
        def _read_failure(self, exc: Exception) -> Result[T, OpenRouterBaseError] | None: ...

    def _hold(self, response: httpx.Response) -> AsyncResponseHolder:
        return AsyncResponseHolder.of(self, response)

    def __aiter__(self: _Stream) -> _Stream:
        return self

    async def __anext__(self) -> Result[T, OpenRouterBaseError]:
        event = next(self._events, None)
        while event is None:
            failure = await self._read()
            if failure is not None:
                return failure
            event = next(self._events, None)
        decoder = self._decoder
        item = decoder.item(event)
        if item is None or decoder.finished:
            self._finished = True
            self._events = iter(())
            await self._close_response()
            if item is None:
                raise StopAsyncIteration
        return item

    async def _read(self) -> Result[T, OpenRouterBaseError] | None:
        """Queue the next chunk's events; a read failure is an item; raises at the end."""
        holder = self._holder
        if not self._finished:
            try:
                if holder.chunks is None:
                    # Content-Encoding undone in bounded steps, so max_event_bytes holds.
                    holder.chunks = aiter_decoded(self.response)
                self._queue_events(await anext(holder.chunks, None))
                return None
            except Exception as exc:
                failure = self._read_failure(exc)
                await self._close_response()
                if failure is not None:
                    return failure
        await self._close_response()
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Stop the stream and close the HTTP response; later iteration yields nothing."""
        self._closed = self._finished = True
        self._events = iter(())
        await self._close_response()

    async def _close_response(self) -> None:
        # The stream is over either way; a failure to tear down the connection is httpx's
        # to handle, not something the caller can act on.
        await self._holder.aclose()
