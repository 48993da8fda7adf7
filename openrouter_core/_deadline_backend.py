"""A network backend beneath httpcore that ends every network operation by the attempt's deadline.

httpcore looks a step's timeout up once, when the step starts, and hands it to each read of
that step: a head dripped a byte at a time is bounded per read only, and a read that starts
just before the deadline may wait a whole read timeout past it. The backend here wraps the one
a pool already holds and caps the timeout of every connect, TLS handshake, write and read at
the time left until the deadline of the attempt running in this thread or task; once the
deadline has passed, the operation raises httpcore's own timeout at once (httpx maps it to its
timeout exceptions, the pipeline to ``RequestTimeoutError``).

The deadline travels in a context variable that the pipeline's drivers set around an attempt's
send and read (:func:`attempt_deadline`): threads and tasks each have their own, so concurrent
calls never see each other's. With none set (a stream read by the caller, a client used
elsewhere) the backend passes every timeout through unchanged. The core's clients speak
HTTP/1.1, where a connection carries one request at a time, so every read a task makes is for
its own attempt.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore

from openrouter_core._deadlines import attempt_deadline

__all__ = ["AsyncDeadlineBackend", "DeadlineBackend"]

_PASSED = "the attempt's deadline (timeout_ms) passed"


def _capped(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` cut to the time left on the attempt's deadline; ``expired`` once it passed."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired(_PASSED)
    return left if timeout is None or left < timeout else timeout


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose reads and writes end by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, capped))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """``backend`` with each connection's operations ending by the attempt's deadline."""

    __slots__ = ("_backend",)

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(
            self._backend.connect_tcp(host, port, capped, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._backend.connect_unix_socket(path, capped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """An async connection whose reads and writes end by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._stream.start_tls(ssl_context, server_hostname, capped)
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async ``backend`` with each connection's operations ending by the attempt's deadline."""

    __slots__ = ("_backend",)

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._backend.connect_tcp(host, port, capped, local_address, socket_options)
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._backend.connect_unix_socket(path, capped, socket_options)
        )

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
