"""Closing what a dropped stream left open, later, at a moment known to be safe.

A sync stream the caller drops without closing still holds a checked-out connection and
httpcore's half-read body iterator. When the stream is part of a reference cycle, only the
garbage collector frees it, and the collector may run inside any allocation: inside httpcore
itself, while this thread holds the connection pool's (non-reentrant) lock. Finalising the body
iterator there takes that lock again and the thread deadlocks, and with it every later call.

So a stream keeps its response in a small holder the collector cannot reach through the
stream alone: when the stream is collected, its finaliser only queues the holder, and the
queue is emptied (each response closed) on the next sync call, before it touches the pool.
"""

from __future__ import annotations

import contextlib
import weakref
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

__all__ = [
    "AsyncResponseHolder",
    "ResponseHolder",
    "close_deferred",
    "defer_close",
    "forget_deferred",
]


class ResponseHolder:
    """A stream's open response and its body iterator, owned apart from the stream."""

    __slots__ = ("chunks", "finalizer", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.chunks: Iterator[bytes] | None = None
        #: Queues this holder for closing when its stream is collected open (see :meth:`of`).
        self.finalizer: weakref.finalize[Any, Any] | None = None

    @classmethod
    def of(cls, stream: object, response: httpx.Response) -> ResponseHolder:
        """The holder of ``stream``'s response, queued for closing if ``stream`` is dropped
        open (never closed inside the garbage collector)."""
        holder = cls(response)
        holder.finalizer = weakref.finalize(stream, defer_close, holder)
        return holder

    def defer(self) -> None:
        """Queue this holder for closing at the next safe moment: its stream was dropped
        part-way, maybe by the garbage collector while this thread holds httpcore's pool lock."""
        self._unwatch()
        defer_close(self)

    def close(self) -> None:
        """Close the body iterator, then the response; a failure to do so is nobody's to act on."""
        self._unwatch()
        chunks, self.chunks = self.chunks, None
        with contextlib.suppress(Exception):
            if chunks is not None:
                getattr(chunks, "close", lambda: None)()
            self.response.close()

    def _unwatch(self) -> None:
        """Stop watching the stream: this holder is being closed (or queued) now."""
        finalizer, self.finalizer = self.finalizer, None
        if finalizer is not None:
            finalizer.detach()


class AsyncResponseHolder:
    """The async twin of :class:`ResponseHolder`. Nothing is deferred: an async stream's
    response is closed on its event loop, by the stream, and a dropped one by httpx; every
    such close is shielded against cancellation (see ``_release``)."""

    __slots__ = ("chunks", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.chunks: AsyncIterator[bytes] | None = None

    @classmethod
    def of(cls, stream: object, response: httpx.Response) -> AsyncResponseHolder:
        """The holder of ``stream``'s response."""
        return cls(response)

    async def aclose(self) -> None:
        """Close the response; a failure to do so is nobody's to act on."""
        with contextlib.suppress(Exception):
            await self.response.aclose()


#: Holders of streams collected while still open, waiting for a safe moment.
_pending: deque[ResponseHolder] = deque()


def defer_close(holder: ResponseHolder) -> None:
    """Queue ``holder`` for closing (safe inside the garbage collector: takes no lock)."""
    _pending.append(holder)


def close_deferred() -> None:
    """Close every queued holder; called where no pool lock is held (the start of a sync call)."""
    while _pending:
        try:
            holder = _pending.popleft()
        except IndexError:  # another thread took the last one
            return
        holder.close()


def forget_deferred() -> None:
    """In a forked child: drop the queue unclosed; its connections are the parent's."""
    _pending.clear()
