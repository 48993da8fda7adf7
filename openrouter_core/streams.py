"""Streamed responses as iterators of ``Result`` values: every failure is an item, never a raise.

Two kinds of stream, both handed over as soon as the status and headers arrive.

**Event streams** (``EventStream``, ``AsyncEventStream``): a streaming operation returns
``Success(stream)``; iterating it yields ``Success(chunk)`` for each event and
``Failure(error)`` for what went wrong along the way:

- ``data: [DONE]`` (the sentinel) ends the stream without an item.
- An error event, which OpenRouter sends when a provider fails after the 200 status is out,
  becomes one ``Failure(StreamEventError)``, then the stream ends: nothing good follows it.
- An event that is not JSON or does not fit the model becomes
  ``Failure(ResponseValidationError)`` and the stream goes on: one odd event (a new event
  type the models do not know yet, say) should not cost the caller the rest of the answer.
- A broken connection, a read timeout or any other failure while reading becomes one
  ``Failure`` (``ConnectionError``, ``RequestTimeoutError``, ``UnexpectedClientError``), then
  the stream ends.
- A stream the caller closed just ends.

**Byte streams** (``ByteStream``, ``AsyncByteStream``): a large body (a file, audio, a video)
from ``files_download_stream(core, request)`` and its siblings, read in pieces as the caller
iterates; a failure part-way is one last ``Failure`` item (or the ``Failure`` of ``read()``).

The HTTP response is closed when the stream ends, on ``close()``/``aclose()`` and when a
``with``/``async with`` block exits, so breaking out of a loop inside one leaks nothing. A sync
stream dropped unclosed is closed at the start of the next sync call at the latest, never
inside the garbage collector (see ``_deferred_close``). How an event stream reads and closes
is written once, async (``_async_event_reading``; ``python -m codegen`` writes the sync twin).
Turning bytes into events and events into items is ``_sse``'s job; this module owns reading
the response and its lifetime.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Protocol, TypeVar

import httpx
from returns.result import Failure, Result, Success

from openrouter_core._async_event_reading import AsyncEventReading
from openrouter_core._causes import detached
from openrouter_core._deferred_close import ResponseHolder
from openrouter_core._sse import DONE, EventItems, RawEvent, ServerSentEvent, event_parser
from openrouter_core._sync_event_reading import EventReading
from openrouter_core._transport_errors import client_error
from openrouter_core._with_blocks import AsyncClosesOnExit, ClosesOnExit
from openrouter_core.errors import (
    HTTPClientError,
    OpenRouterBaseError,
    ResponseValidationError,
    StreamEventError,
)

if TYPE_CHECKING:
    from openrouter_core._call_context import Attempt
    from openrouter_core._operation import Operation, Outcome
    from openrouter_core._response_info import ResponseInfo

__all__ = [
    "DONE",
    "AsyncByteStream",
    "AsyncEventStream",
    "ByteStream",
    "EventStream",
    "StreamEventError",
]

T = TypeVar("T")

Item = Result[T, OpenRouterBaseError]


# --- event streams ------------------------------------------------------------------------


class _EventStreamBase(Generic[T]):
    """What the sync and async event streams share: decoding, and read failures as items."""

    #: The status, headers, attempts and time of the call that opened the stream (set by the
    #: pipeline; read it with ``openrouter_core.response_info``).
    response_info: ResponseInfo | None = None

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[ServerSentEvent], T],
        *,
        method: str,
        path: str,
        sentinel: str | None = DONE,
        attempt: Attempt | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        #: The streaming HTTP response (status, headers; its body is read by the stream).
        self.response = response
        self._context = f"{method} {path}"
        self._attempt = attempt
        self._decoder: EventItems[T] = EventItems(
            parse,
            response=response,
            context=self._context,
            sentinel=sentinel,
            attempt=attempt,
            max_event_bytes=max_event_bytes,
        )
        # The events of the chunks read so far, decoded one per ``next``.
        self._events: Iterator[RawEvent] = iter(())
        # Nothing more is read from the response (events may still be waiting).
        self._finished = False
        self._closed = False
        # The response and its chunks, closed the sync or the async way (the reading half's).
        self._holder = self._hold(response)

    if TYPE_CHECKING:

        def _hold(self, response: httpx.Response) -> Any: ...

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (rate limits, request id, provider...)."""
        return self.response.headers

    def _queue_events(self, chunk: bytes | None) -> None:
        """Queue the events of the next chunk (None: the body has ended)."""
        if chunk is None:
            self._finished = True
            self._events = iter(self._decoder.flush())
        else:
            self._events = iter(self._decoder.feed(chunk))

    def _read_failure(self, exc: Exception) -> Item[T] | None:
        """The item for a failure while reading the body; None when the caller closed it."""
        self._finished = True
        if self._closed or self.response.is_closed:
            return None
        detached(exc)
        error: OpenRouterBaseError
        if isinstance(exc, httpx.DecodingError):
            error = ResponseValidationError(
                f"{self._context}: the stream's content encoding could not be decoded "
                f"({type(exc).__name__}); the stream has ended.",
                self.response,
                "",
                exc,
            )
        else:
            error = client_error(exc, self._context, self._attempt, reading=True)
        return Failure(error)


class EventStream(EventReading[T], _EventStreamBase[T]):
    """A streamed response: iterate it for ``Result[T, OpenRouterBaseError]`` items.

    Use it as a context manager (``with stream:``) or call :meth:`close` to release the
    connection when not reading to the end. A stream dropped unclosed is closed at the start
    of the next sync call at the latest (see ``_deferred_close`` for why not at once).
    """


class AsyncEventStream(AsyncEventReading[T], _EventStreamBase[T]):
    """An asynchronous streamed response: ``async for`` it for ``Result`` items.

    Use it as an async context manager (``async with stream:``) or await :meth:`aclose` to
    release the connection when not reading to the end.
    """


# --- byte streams -------------------------------------------------------------------------


class _ByteStreamBase:
    #: As on event streams: what ``openrouter_core.response_info`` reads.
    response_info: ResponseInfo | None = None

    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str,
        path: str,
        attempt: Attempt | None = None,
    ) -> None:
        #: The HTTP response (status, headers); its body is read through this stream.
        self.response = response
        self._context = f"{method} {path}"
        self._attempt = attempt
        self._closed = False

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.response.headers

    @property
    def content_type(self) -> str:
        """The body's media type as the server sent it (``audio/mpeg``, say)."""
        value: str = self.response.headers.get("content-type", "")
        return value

    def _failure(self, exc: Exception) -> Failure[HTTPClientError]:
        return Failure(client_error(detached(exc), self._context, self._attempt, reading=True))


class ByteStream(ClosesOnExit, _ByteStreamBase):
    """A response body read in pieces; use it in a ``with`` block so it is always closed.

    A stream (or its ``iter_bytes()`` iterator) dropped part-way is closed at the start of the
    next sync call at the latest, never inside the garbage collector (see ``_deferred_close``).
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str,
        path: str,
        attempt: Attempt | None = None,
    ) -> None:
        super().__init__(response, method=method, path=path, attempt=attempt)
        self._holder = ResponseHolder.of(self, response)

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[Result[bytes, HTTPClientError]]:
        """Yield ``Success(chunk)`` per piece; a failure is one last ``Failure`` item."""
        if self._closed:
            return
        holder = self._holder
        holder.chunks = chunks = self.response.iter_bytes(chunk_size)
        failure: Failure[HTTPClientError] | None = None
        try:
            for chunk in chunks:
                yield Success(chunk)
        except GeneratorExit:
            # Dropped (or closed) part-way, possibly by the garbage collector while this
            # thread holds httpcore's pool lock: close the response later, where it is safe.
            self._closed = True
            holder.defer()
            raise
        except Exception as exc:
            failure = self._failure(exc)
        self.close()
        if failure is not None:
            yield failure

    def read(self) -> Result[bytes, HTTPClientError]:
        """The whole (remaining) body, for when it fits in memory after all."""
        parts: list[bytes] = []
        for item in self.iter_bytes():
            if isinstance(item, Failure):
                return item
            parts.append(item.unwrap())
        return Success(b"".join(parts))

    def write_to(self, file: BinaryIO) -> Result[int, HTTPClientError]:
        """Copy the body into ``file`` piece by piece; ``Success`` holds the bytes written."""
        written = 0
        for item in self.iter_bytes():
            if isinstance(item, Failure):
                return item
            chunk = item.unwrap()
            file.write(chunk)
            written += len(chunk)
        return Success(written)

    def close(self) -> None:
        """Close the response (idempotent)."""
        self._closed = True
        self._holder.close()


class AsyncByteStream(AsyncClosesOnExit, _ByteStreamBase):
    """A response body read in pieces on the event loop; use it in an ``async with`` block."""

    async def aiter_bytes(
        self, chunk_size: int | None = None
    ) -> AsyncIterator[Result[bytes, HTTPClientError]]:
        """Yield ``Success(chunk)`` per piece; a failure is one last ``Failure`` item."""
        if self._closed:
            return
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield Success(chunk)
        except Exception as exc:
            yield self._failure(exc)
        finally:
            await self.aclose()

    async def aread(self) -> Result[bytes, HTTPClientError]:
        """The whole (remaining) body, for when it fits in memory after all."""
        parts: list[bytes] = []
        async for item in self.aiter_bytes():
            if isinstance(item, Failure):
                return item
            parts.append(item.unwrap())
        return Success(b"".join(parts))

    async def aclose(self) -> None:
        """Close the response (idempotent)."""
        if not self._closed:
            self._closed = True
            await self.response.aclose()


# --- opening a stream ---------------------------------------------------------------------


class OpenedStream(Protocol):
    """What the pipeline hands over for a streamed body (its ``StreamReady``)."""

    @property
    def response(self) -> httpx.Response: ...
    @property
    def outcome(self) -> Outcome: ...
    @property
    def operation(self) -> Operation[Any, Any]: ...
    @property
    def attempt(self) -> Attempt: ...


def open_stream(
    opened: OpenedStream, *, asynchronous: bool
) -> EventStream[Any] | AsyncEventStream[Any] | ByteStream | AsyncByteStream:
    """Wrap the open response in the sync or async stream its table row calls for."""
    method, path = opened.operation.method, opened.operation.path
    attempt = opened.attempt
    if opened.outcome.kind == "byte_stream":
        byte_stream = AsyncByteStream if asynchronous else ByteStream
        return byte_stream(opened.response, method=method, path=path, attempt=attempt)
    event_stream = AsyncEventStream if asynchronous else EventStream
    return event_stream(
        opened.response,
        event_parser(
            opened.outcome.model, attempt.context.decoding, f"{method} {path} (stream event)"
        ),
        method=method,
        path=path,
        attempt=attempt,
        max_event_bytes=attempt.context.max_event_bytes,
    )
