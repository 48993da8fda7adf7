"""The network backend that ends every network operation by the attempt's deadline.

Written once, async, in ``_async_deadline_backend``; ``python -m codegen`` writes the sync
twin ``_sync_deadline_backend`` from it. :mod:`openrouter_core._deadline_backend` says what
the backend is for and exports both.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

from openrouter_core._deadlines import capped_timeout

__all__ = ["AsyncDeadlineBackend", "AsyncDeadlineStream"]


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """A connection whose reads and writes end by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, capped_timeout(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, capped_timeout(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        capped = capped_timeout(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._stream.start_tls(ssl_context, server_hostname, capped)
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """``backend`` with each connection's operations ending by the attempt's deadline."""

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
        capped = capped_timeout(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._backend.connect_tcp(host, port, capped, local_address, socket_options)
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        capped = capped_timeout(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(
            await self._backend.connect_unix_socket(path, capped, socket_options)
        )

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
