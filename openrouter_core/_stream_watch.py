"""Watching a streamed response's body from a hook, without taking it from its reader.

An after-success hook sees a stream's response before a byte of its body is read. To learn
what the body carries (a ledger wants the usage event) or when it ends (a limiter frees the
call's slot), :func:`watch_stream` puts a thin wrapper around ``response.stream``: the stream
object that the function returned reads through it unchanged, and the wrapper hands each raw
chunk to ``on_chunk`` and calls ``on_close`` once, whenever the response closes (read to the
end, closed early, or broken).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import httpx


class _WatchedSync(httpx.SyncByteStream):
    def __init__(
        self,
        inner: httpx.SyncByteStream,
        on_chunk: Callable[[bytes], None] | None,
        on_close: Callable[[], None] | None,
    ) -> None:
        self._inner = inner
        self._on_chunk = on_chunk
        self._on_close = on_close

    def __iter__(self) -> Iterator[bytes]:
        on_chunk = self._on_chunk
        for chunk in self._inner:
            if on_chunk is not None:
                on_chunk(chunk)
            yield chunk

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()


class _WatchedAsync(httpx.AsyncByteStream):
    def __init__(
        self,
        inner: httpx.AsyncByteStream,
        on_chunk: Callable[[bytes], None] | None,
        on_close: Callable[[], None] | None,
    ) -> None:
        self._inner = inner
        self._on_chunk = on_chunk
        self._on_close = on_close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        on_chunk = self._on_chunk
        async for chunk in self._inner:
            if on_chunk is not None:
                on_chunk(chunk)
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()


def watch_stream(
    response: httpx.Response,
    *,
    on_chunk: Callable[[bytes], None] | None = None,
    on_close: Callable[[], None] | None = None,
) -> bool:
    """Have ``on_chunk`` see each raw chunk of ``response``'s body and ``on_close`` run once
    when it closes; False (nothing watched) when the body is not an unread stream."""
    inner = response.stream
    if response.is_closed or response.is_stream_consumed:
        return False
    if isinstance(inner, httpx.AsyncByteStream):
        response.stream = _WatchedAsync(inner, on_chunk, on_close)
    elif isinstance(inner, httpx.SyncByteStream):
        response.stream = _WatchedSync(inner, on_chunk, on_close)
    else:
        return False
    return True
