"""Watching a streamed response's body from a hook, without taking it from its reader.

An after-success hook sees a stream's response before a byte of its body is read. To learn
what the body carries (a ledger wants the usage event) or when it ends (a limiter frees the
call's slot), :func:`watch_stream` puts a thin wrapper around ``response.stream``: the stream
object that the function returned reads through it unchanged, and the wrapper hands each raw
chunk to ``on_chunk`` and calls ``on_close`` once, whenever the response closes (read to the
end, closed early, or broken). The wrappers are written once, async
(``_async_stream_watch``); ``python -m codegen`` writes the sync one.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from openrouter_core._async_stream_watch import AsyncWatchedStream
from openrouter_core._sync_stream_watch import WatchedStream


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
        response.stream = AsyncWatchedStream(inner, on_chunk, on_close)
    elif isinstance(inner, httpx.SyncByteStream):
        response.stream = WatchedStream(inner, on_chunk, on_close)
    else:
        return False
    return True
