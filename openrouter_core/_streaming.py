"""Turning an open event-stream response into the stream object a function returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openrouter_core._converter import structure
from openrouter_core._forgiving import FORGIVING, Decoding, decode_forgiving
from openrouter_core._json import loads

if TYPE_CHECKING:
    from openrouter_core._pipeline import StreamReady
    from openrouter_core._sse import ServerSentEvent
    from openrouter_core.streams import AsyncEventStream, EventStream


def event_parser(
    model: Any, decoding: Decoding = FORGIVING, call: str = "stream"
) -> Callable[[ServerSentEvent], Any]:
    """Parse each event's ``data`` as JSON into ``model`` (``None``/``Any`` keeps the JSON).

    The debug logger hears of the first event that does not fit the spec, once per stream.
    """
    if model is None or model is Any:
        return lambda event: loads(event.data)
    strict = decoding.strict
    reported = False

    def parse(event: ServerSentEvent) -> Any:
        nonlocal reported
        data = loads(event.data)
        try:
            # The fast strict structuring first: most events fit, and pay nothing more.
            return structure(data, model)
        except Exception:
            if strict:
                raise
        value, problems = decode_forgiving(data, model)
        if problems and not reported:
            reported = True
            decoding.report(call, problems)
        return value

    return parse


def open_stream(
    ready: StreamReady, *, asynchronous: bool
) -> EventStream[Any] | AsyncEventStream[Any]:
    """Wrap the open response in a sync or async stream of ``Result`` items."""
    # Imported here so that non-streaming calls never load the SSE machinery.
    from openrouter_core.streams import AsyncEventStream, EventStream

    stream_class = AsyncEventStream if asynchronous else EventStream
    return stream_class(
        ready.response,
        event_parser(
            ready.outcome.model,
            ready.decoding,
            f"{ready.operation.method} {ready.operation.path} (stream event)",
        ),
        method=ready.operation.method,
        path=ready.operation.path,
        secret=ready.secret,
        max_event_bytes=ready.max_event_bytes,
    )
