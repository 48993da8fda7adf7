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
inside the garbage collector (see ``_deferred_close``). Event streams keep their iteration
state by hand rather than in a generator so that closing never has to finalise a suspended
(async) generator, which may be running in another task. Turning bytes into events and events
into items is ``_sse``'s job; this module owns reading the response and its lifetime.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Protocol, TypeVar

import httpx
from returns.result import Failure, Result, Success

from openrouter_core._causes import detached
from openrouter_core._deferred_close import ResponseHolder, defer_close
from openrouter_core._inflate import aiter_decoded, iter_decoded
from openrouter_core._secret import Secret
from openrouter_core._sse import DONE, EventItems, RawEvent, ServerSentEvent, event_parser
from openrouter_core._transport_errors import client_error
from openrouter_core.errors import (
    HTTPClientError,
    OpenRouterBaseError,
    ResponseValidationError,
    StreamEventError,
)

if TYPE_CHECKING:
    from openrouter_core._codec.decoding import Decoding
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
        secret: Secret | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        #: The streaming HTTP response (status, headers; its body is read by the stream).
        self.response = response
        self._context = f"{method} {path}"
        self._secret = secret
        self._decoder: EventItems[T] = EventItems(
            parse,
            response=response,
            context=self._context,
            sentinel=sentinel,
            secret=secret,
            max_event_bytes=max_event_bytes,
        )
        # The events of the chunks read so far, decoded one per ``next``.
        self._events: Iterator[RawEvent] = iter(())
        # Nothing more is read from the response (events may still be waiting).
        self._finished = False
        self._closed = False

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
            error = client_error(exc, self._context, self._secret, reading=True)
        return Failure(error)


class EventStream(_EventStreamBase[T]):
    """A streamed response: iterate it for ``Result[T, OpenRouterBaseError]`` items.

    Use it as a context manager (``with stream:``) or call :meth:`close` to release the
    connection when not reading to the end. A stream dropped unclosed is closed at the start
    of the next sync call at the latest (see ``_deferred_close`` for why not at once).
    """

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[ServerSentEvent], T],
        *,
        method: str,
        path: str,
        sentinel: str | None = DONE,
        secret: Secret | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        super().__init__(
            response,
            parse,
            method=method,
            path=path,
            sentinel=sentinel,
            secret=secret,
            max_event_bytes=max_event_bytes,
        )
        self._holder = ResponseHolder(response)
        self._finalizer = weakref.finalize(self, defer_close, self._holder)

    def __iter__(self) -> EventStream[T]:
        return self

    def __next__(self) -> Item[T]:
        event = next(self._events, None)
        while event is None:
            failure = self._read()
            if failure is not None:
                return failure
            event = next(self._events, None)
        decoder = self._decoder
        item = decoder.item(event)
        if item is None or decoder.finished:
            self._finished = True
            self._events = iter(())
            self._close_response()
            if item is None:
                raise StopIteration
        return item

    def _read(self) -> Item[T] | None:
        """Queue the next chunk's events; a read failure is an item; raises at the end."""
        holder = self._holder
        if not self._finished:
            try:
                if holder.chunks is None:
                    # Content-Encoding undone in bounded steps, so max_event_bytes holds.
                    holder.chunks = iter_decoded(self.response)
                self._queue_events(next(holder.chunks, None))
                return None
            except Exception as exc:
                failure = self._read_failure(exc)
                self._close_response()
                if failure is not None:
                    return failure
        self._close_response()
        raise StopIteration

    def close(self) -> None:
        """Stop the stream and close the HTTP response; later iteration yields nothing."""
        self._closed = self._finished = True
        self._events = iter(())
        self._close_response()

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _close_response(self) -> None:
        # The stream is over either way; a failure to tear down the connection is httpx's
        # to handle, not something the caller can act on.
        self._finalizer.detach()
        self._holder.close()


class AsyncEventStream(_EventStreamBase[T]):
    """An asynchronous streamed response: ``async for`` it for ``Result`` items.

    Use it as an async context manager (``async with stream:``) or await :meth:`aclose` to
    release the connection when not reading to the end.
    """

    _chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncEventStream[T]:
        return self

    async def __anext__(self) -> Item[T]:
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

    async def _read(self) -> Item[T] | None:
        """Queue the next chunk's events; a read failure is an item; raises at the end."""
        if not self._finished:
            try:
                if self._chunks is None:
                    # Content-Encoding undone in bounded steps, so max_event_bytes holds.
                    self._chunks = aiter_decoded(self.response)
                self._queue_events(await anext(self._chunks, None))
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

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _close_response(self) -> None:
        # As in EventStream._close_response: nothing for the caller to act on.
        with contextlib.suppress(Exception):
            await self.response.aclose()


# --- byte streams -------------------------------------------------------------------------


class _ByteStreamBase:
    #: As on event streams: what ``openrouter_core.response_info`` reads.
    response_info: ResponseInfo | None = None

    def __init__(
        self, response: httpx.Response, *, method: str, path: str, secret: Secret | None = None
    ) -> None:
        #: The HTTP response (status, headers); its body is read through this stream.
        self.response = response
        self._context = f"{method} {path}"
        self._secret = secret
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
        return Failure(client_error(detached(exc), self._context, self._secret, reading=True))


class ByteStream(_ByteStreamBase):
    """A response body read in pieces; use it in a ``with`` block so it is always closed.

    A stream (or its ``iter_bytes()`` iterator) dropped part-way is closed at the start of the
    next sync call at the latest, never inside the garbage collector (see ``_deferred_close``).
    """

    def __init__(
        self, response: httpx.Response, *, method: str, path: str, secret: Secret | None = None
    ) -> None:
        super().__init__(response, method=method, path=path, secret=secret)
        self._holder = ResponseHolder(response)
        self._finalizer = weakref.finalize(self, defer_close, self._holder)

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
            self._finalizer.detach()
            defer_close(holder)
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
        self._finalizer.detach()
        self._holder.close()

    def __enter__(self) -> ByteStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncByteStream(_ByteStreamBase):
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

    async def __aenter__(self) -> AsyncByteStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


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
    def secret(self) -> Secret | None: ...
    @property
    def max_event_bytes(self) -> int | None: ...
    @property
    def decoding(self) -> Decoding: ...


def open_stream(
    opened: OpenedStream, *, asynchronous: bool
) -> EventStream[Any] | AsyncEventStream[Any] | ByteStream | AsyncByteStream:
    """Wrap the open response in the sync or async stream its table row calls for."""
    method, path = opened.operation.method, opened.operation.path
    if opened.outcome.kind == "byte_stream":
        byte_stream = AsyncByteStream if asynchronous else ByteStream
        return byte_stream(opened.response, method=method, path=path, secret=opened.secret)
    event_stream = AsyncEventStream if asynchronous else EventStream
    return event_stream(
        opened.response,
        event_parser(opened.outcome.model, opened.decoding, f"{method} {path} (stream event)"),
        method=method,
        path=path,
        secret=opened.secret,
        max_event_bytes=opened.max_event_bytes,
    )
