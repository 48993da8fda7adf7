"""Streamed responses as iterators of ``Result`` values: every failure is an item, never a raise.

A streaming operation returns ``Success(stream)``; iterating the stream yields
``Success(chunk)`` for each event and ``Failure(error)`` for what went wrong along the way:

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

The HTTP response is closed when the stream ends, on ``close()``/``aclose()`` and when a
``with``/``async with`` block exits, so breaking out of a loop inside one leaks nothing.
Iteration state is kept by hand rather than in a generator so that closing never has to
finalise a suspended (async) generator, which may be running in another task.
"""

from __future__ import annotations

import contextlib
import json
import weakref
from collections import deque
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Generic, TypeVar

import httpx
from returns.result import Failure, Result, Success

from openrouter_core._causes import detached
from openrouter_core._deferred_close import ResponseHolder, defer_close
from openrouter_core._responses import redact, without_secret
from openrouter_core._sse import EventTooLarge, ServerSentEvent, SSEDecoder
from openrouter_core._transport_errors import client_error_class
from openrouter_core.errors import (
    ConnectionError,
    OpenRouterBaseError,
    RequestTimeoutError,
    ResponseValidationError,
    StreamEventError,
    UnexpectedClientError,
)

__all__ = ["DONE", "AsyncEventStream", "EventStream", "StreamEventError"]

T = TypeVar("T")

#: The ``data`` OpenRouter sends as the last event of a chat completion stream.
DONE = "[DONE]"
#: Queued after the events before an oversized one: its item ends the stream.
_TOO_LARGE = ServerSentEvent(event="", data="")


class _StreamState(Generic[T]):
    """What the sync and async streams share: turning events and read failures into items."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[ServerSentEvent], T],
        *,
        method: str,
        path: str,
        sentinel: str | None = DONE,
        secret: str | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        #: The streaming HTTP response (status, headers; its body is read by the stream).
        self.response = response
        self._parse = parse
        self._context = f"{method} {path}"
        self._sentinel = sentinel
        #: The API key, masked wherever an event that becomes an error echoes it.
        self._secret = secret
        self._decoder = SSEDecoder(max_event_bytes)
        self._pending: deque[ServerSentEvent] = deque()
        self._eof = False
        self._finished = False
        self._closed = False

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (rate limits, request id, provider...)."""
        return self.response.headers

    def _on_event(self, event: ServerSentEvent) -> Result[T, OpenRouterBaseError] | None:
        """The item for one event, or None for no item; marks the stream finished at its end.

        Never raises: whatever goes wrong reading an event (a ``RecursionError`` from JSON
        nested a thousand deep, say) is that event's ``Failure`` item.
        """
        try:
            return self._event_item(event)
        except Exception as exc:
            return Failure(self._unreadable(event, exc))

    def _event_item(self, event: ServerSentEvent) -> Result[T, OpenRouterBaseError] | None:
        if event is _TOO_LARGE:
            self._finished = True
            return Failure(
                ResponseValidationError(
                    f"{self._context}: an event grew past max_event_bytes "
                    f"({self._decoder.max_event_bytes} bytes); the stream has ended. Raise "
                    "the core's max_event_bytes if such events are expected.",
                    self.response,
                    "",
                    None,
                )
            )
        data = event.data
        if data == self._sentinel:
            self._finished = True
            return None
        # A substring test first, so only the rare event that mentions "error" is decoded
        # twice (here and by ``parse``).
        if event.event == "error" or '"error"' in data:
            error = self._error_event(event)
            if error is not None:
                self._finished = True
                return Failure(error)
        try:
            return Success(self._parse(event))
        except Exception as exc:
            return Failure(self._unreadable(event, exc))

    def _unreadable(self, event: ServerSentEvent, exc: Exception) -> ResponseValidationError:
        return ResponseValidationError(
            f"{self._context}: a streamed event could not be read "
            f"({type(exc).__name__}); its data is in .body and the stream goes on.",
            self.response,
            redact(event.data, self._secret),
            without_secret(detached(exc), event.data, self._secret),
        )

    def _error_event(self, event: ServerSentEvent) -> StreamEventError | None:
        """The error an event reports, or None when it is an ordinary event."""
        text = redact(event.data, self._secret)
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError):
            payload = None
        if isinstance(payload, dict) and payload.get("error") is not None:
            # Chat completions and Messages: {"error": {"code"?, "message", ...}, ...}.
            error = payload["error"]
            data = error if isinstance(error, dict) else payload
            message = error.get("message") if isinstance(error, dict) else error
        elif isinstance(payload, dict) and payload.get("type") == "error":
            # Responses API: {"type": "error", "code", "message", "param", ...}.
            data, message = payload, payload.get("message")
        elif event.event == "error":
            data = payload if isinstance(payload, dict) else {"message": text}
            message = data.get("message", text)
        else:
            return None
        code = data.get("code")
        if not isinstance(code, (int, str)) or isinstance(code, bool):
            code = None
        shown = f"error {code}" if code is not None else "an error"
        return StreamEventError(
            f"{self._context}: the stream reported {shown} and ended: {message}",
            code=code,
            data=data,
            response=self.response,
        )

    def _on_oversized_event(self, exc: EventTooLarge) -> None:
        """Queue the events before the oversized one, then the item that ends the stream."""
        self._pending.extend(exc.complete)
        self._pending.append(_TOO_LARGE)
        self._eof = True

    def _on_read_error(self, exc: Exception) -> Failure[OpenRouterBaseError] | None:
        """The item for a failure while reading the body, or None when the caller closed it."""
        self._finished = True
        if self._closed or self.response.is_closed:
            return None
        error: OpenRouterBaseError
        detached(exc)
        name = type(exc).__name__
        kind = client_error_class(exc)
        if isinstance(exc, httpx.DecodingError):
            error = ResponseValidationError(
                f"{self._context}: the stream's content encoding could not be decoded "
                f"({name}); the stream has ended.",
                self.response,
                "",
                exc,
            )
        elif kind is RequestTimeoutError:
            error = RequestTimeoutError(
                f"{self._context}: the stream stalled past the read timeout ({name}); "
                "retry, or allow a longer timeout.",
                exc,
            )
        elif kind is ConnectionError or isinstance(exc, httpx.ProtocolError):
            error = ConnectionError(
                f"{self._context}: the connection broke mid-stream ({name}); retry the request.",
                exc,
            )
        else:
            error = UnexpectedClientError(
                f"{self._context}: reading the stream failed ({name}); see .cause.", exc
            )
        return Failure(error)


class EventStream(_StreamState[T]):
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
        secret: str | None = None,
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

    def __next__(self) -> Result[T, OpenRouterBaseError]:
        holder = self._holder
        while not self._finished:
            if self._pending:
                item = self._on_event(self._pending.popleft())
                if item is None:
                    continue
                if self._finished:
                    self._close_response()
                return item
            if self._eof:
                break
            try:
                if holder.chunks is None:
                    # iter_bytes, not iter_raw: it undoes any Content-Encoding.
                    holder.chunks = self.response.iter_bytes()
                chunk = next(holder.chunks, None)
                if chunk is None:
                    self._eof = True
                    self._pending.extend(self._decoder.flush())
                else:
                    self._pending.extend(self._decoder.feed(chunk))
            except EventTooLarge as exc:
                self._on_oversized_event(exc)
            except Exception as exc:
                failure = self._on_read_error(exc)
                self._close_response()
                if failure is not None:
                    return failure
        self._finished = True
        self._close_response()
        raise StopIteration

    def close(self) -> None:
        """Stop the stream and close the HTTP response; later iteration yields nothing."""
        self._closed = self._finished = True
        self._pending.clear()
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


class AsyncEventStream(_StreamState[T]):
    """An asynchronous streamed response: ``async for`` it for ``Result`` items.

    Use it as an async context manager (``async with stream:``) or await :meth:`aclose` to
    release the connection when not reading to the end.
    """

    _chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncEventStream[T]:
        return self

    async def __anext__(self) -> Result[T, OpenRouterBaseError]:
        while not self._finished:
            if self._pending:
                item = self._on_event(self._pending.popleft())
                if item is None:
                    continue
                if self._finished:
                    await self._close_response()
                return item
            if self._eof:
                break
            try:
                if self._chunks is None:
                    # aiter_bytes, not aiter_raw: it undoes any Content-Encoding.
                    self._chunks = self.response.aiter_bytes()
                chunk = await anext(self._chunks, None)
                if chunk is None:
                    self._eof = True
                    self._pending.extend(self._decoder.flush())
                else:
                    self._pending.extend(self._decoder.feed(chunk))
            except EventTooLarge as exc:
                self._on_oversized_event(exc)
            except Exception as exc:
                failure = self._on_read_error(exc)
                await self._close_response()
                if failure is not None:
                    return failure
        self._finished = True
        await self._close_response()
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Stop the stream and close the HTTP response; later iteration yields nothing."""
        self._closed = self._finished = True
        self._pending.clear()
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
