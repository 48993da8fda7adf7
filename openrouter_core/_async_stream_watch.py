"""A response body stream that reports each chunk and its close (see ``_stream_watch``).

Written once, async; ``python -m codegen`` writes the sync twin ``_sync_stream_watch``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx

__all__ = ["AsyncWatchedStream"]


class AsyncWatchedStream(httpx.AsyncByteStream):
    """``inner`` read unchanged, each chunk handed to ``on_chunk``, ``on_close`` run once."""

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
