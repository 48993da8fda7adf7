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
from collections import deque
from collections.abc import Iterator

import httpx

__all__ = ["ResponseHolder", "close_deferred", "defer_close", "forget_deferred"]


class ResponseHolder:
    """A stream's open response and its body iterator, owned apart from the stream."""

    __slots__ = ("chunks", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.chunks: Iterator[bytes] | None = None

    def close(self) -> None:
        """Close the body iterator, then the response; a failure to do so is nobody's to act on."""
        chunks, self.chunks = self.chunks, None
        with contextlib.suppress(Exception):
            if chunks is not None:
                getattr(chunks, "close", lambda: None)()
            self.response.close()


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
