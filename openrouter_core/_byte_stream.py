"""A large response body (a file, audio, a video) handed over unread, to consume in pieces.

``files_download_stream(core, request)`` and its siblings return ``Success(ByteStream)`` as
soon as the status and headers arrive; the body is read as the caller iterates. Like the
event streams, reading never raises: a failure part-way becomes one ``Failure`` item (or the
``Failure`` of :meth:`ByteStream.read`), after which the stream is over. The HTTP response is
closed when the body has been read, on ``close()``/``aclose()``, and when a ``with`` or
``async with`` block exits.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any, BinaryIO

import httpx
from returns.result import Failure, Result, Success

from openrouter_core._causes import detached
from openrouter_core._deferred_close import ResponseHolder, defer_close
from openrouter_core._transport_errors import client_error_class
from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    RequestAbortedError,
    RequestTimeoutError,
)

__all__ = ["AsyncByteStream", "ByteStream"]


class _ByteStreamBase:
    def __init__(self, response: httpx.Response, *, method: str, path: str) -> None:
        #: The HTTP response (status, headers); its body is read through this stream.
        self.response = response
        self._context = f"{method} {path}"
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

    def _failure(self, exc: BaseException) -> HTTPClientError:
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        kind = client_error_class(exc)
        if kind is RequestTimeoutError:
            message = f"{self._context}: reading the body timed out ({detail})."
        elif kind is RequestAbortedError:
            message = f"{self._context}: the stream was closed."
        elif kind is ConnectionError:
            message = f"{self._context}: the body broke off ({detail})."
        else:
            message = f"{self._context}: reading the body failed ({detail})."
        return kind(message, exc)


class ByteStream(_ByteStreamBase):
    """A response body read in pieces; use it in a ``with`` block so it is always closed.

    A stream (or its ``iter_bytes()`` iterator) dropped part-way is closed at the start of the
    next sync call at the latest, never inside the garbage collector (see ``_deferred_close``).
    """

    def __init__(self, response: httpx.Response, *, method: str, path: str) -> None:
        super().__init__(response, method=method, path=path)
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
            failure = Failure(self._failure(detached(exc)))
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
            yield Failure(self._failure(detached(exc)))
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


def open_byte_stream(ready: Any, *, asynchronous: bool) -> ByteStream | AsyncByteStream:
    """The stream object for a pipeline ``StreamReady`` whose row is a byte stream."""
    kind = AsyncByteStream if asynchronous else ByteStream
    return kind(ready.response, method=ready.operation.method, path=ready.operation.path)
