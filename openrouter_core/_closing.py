"""Ending the calls in flight when their core is closed, promptly and with the right error.

``close()`` from one thread while others wait for an answer used to leave them waiting: closing
a socket does not wake a thread blocked reading it, so each sat until its read timeout (ten
minutes by default) and then reported "could not reach ...". Now closing a core marks it
closed, shuts down the sockets of the connections its own clients hold (which wakes every
reader at once, in any thread or event loop), and each call that sees the core closed ends
with ``RequestAbortedError`` saying so. A call that is about to connect or send checks the
mark through httpcore's ``trace`` extension, so none slips past it onto a fresh connection.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx

from openrouter_core.errors import RequestAbortedError

__all__ = ["CoreClosed", "closed_error", "shut_down_connections", "watch_for_close"]

#: httpcore steps after which a request may wait on the network: refused once the core is closed.
_BEFORE_WAITING = (
    "connect_tcp.started",
    "connect_unix_socket.started",
    "send_request_headers.started",
    "receive_response_headers.started",
)


class CoreClosed(Exception):
    """Raised inside httpcore (through ``trace``) to stop a request of a closed core."""


def closed_error(method: str, path: str) -> RequestAbortedError:
    """The error of a call its core was closed under (or before)."""
    return RequestAbortedError(
        f"{method} {path} was aborted: its OpenRouterCore was closed (close()/aclose()); "
        "make calls before closing the core, or with a new one."
    )


def _sockets(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The sockets of the connections in ``client``'s pool (httpcore's, read defensively):
    ``socket.socket`` objects, or asyncio's ``TransportSocket`` wrappers of them."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    found = []
    for connection in getattr(pool, "connections", ()):
        stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
        with contextlib.suppress(Exception):
            sock = stream.get_extra_info("socket") if stream is not None else None
            if hasattr(sock, "shutdown"):
                found.append(sock)
    return found


def shut_down_connections(clients: Iterable[httpx.Client | httpx.AsyncClient]) -> None:
    """Shut down every pooled socket of ``clients``: a read blocked on one returns at once.

    Shutting down (not closing) keeps the descriptor valid for whoever still holds it, and
    works across threads and event loops; each client's own close then tidies its pool.
    """
    for client in clients:
        for sock in _sockets(client):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def watch_for_close(request: httpx.Request, is_closed: Callable[[], bool]) -> None:
    """Make ``request`` stop with CoreClosed at its next connect or send once the core closed."""
    chained = request.extensions.get("trace")

    def trace(event: str, info: dict[str, Any]) -> Any:
        if event.endswith(_BEFORE_WAITING) and is_closed():
            raise CoreClosed
        return chained(event, info) if chained is not None else None

    request.extensions["trace"] = trace


def watch_for_close_async(request: httpx.Request, is_closed: Callable[[], bool]) -> None:
    """:func:`watch_for_close` for an async client, whose ``trace`` is awaited."""
    chained: Callable[..., Awaitable[Any]] | None = request.extensions.get("trace")

    async def trace(event: str, info: dict[str, Any]) -> Any:
        if event.endswith(_BEFORE_WAITING) and is_closed():
            raise CoreClosed
        return await chained(event, info) if chained is not None else None

    request.extensions["trace"] = trace
