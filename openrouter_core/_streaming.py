"""Turning an open event-stream response into the stream object a function returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openrouter_core._converter import structure
from openrouter_core._json import loads

if TYPE_CHECKING:
    from openrouter_core._pipeline import StreamReady
    from openrouter_core._sse import ServerSentEvent
    from openrouter_core.streams import AsyncEventStream, EventStream


def event_parser(model: Any) -> Callable[[ServerSentEvent], Any]:
    """Parse each event's ``data`` as JSON into ``model`` (``None``/``Any`` keeps the JSON)."""
    if model is None or model is Any:
        return lambda event: loads(event.data)
    return lambda event: structure(loads(event.data), model)


def open_stream(
    ready: StreamReady, *, asynchronous: bool
) -> EventStream[Any] | AsyncEventStream[Any]:
    """Wrap the open response in a sync or async stream of ``Result`` items."""
    # Imported here so that non-streaming calls never load the SSE machinery.
    from openrouter_core.streams import AsyncEventStream, EventStream

    stream_class = AsyncEventStream if asynchronous else EventStream
    return stream_class(
        ready.response,
        event_parser(ready.outcome.model),
        method=ready.operation.method,
        path=ready.operation.path,
        secret=ready.secret,
        max_event_bytes=ready.max_event_bytes,
    )
