"""Async responses and connections given back to httpcore's pool whatever is cancelled when.

Closing an httpx response takes httpcore's connection lock; a cancellation landing on that lock
leaves the connection checked out of the pool for good (httpcore shields the close with anyio,
which a plain ``task.cancel()`` goes through), and httpx closes a response itself, unshielded,
when its body has been read to the end. So every response the async driver opens has its
stream wrapped in :class:`ShieldedClose`, which makes each of those closes (ours, httpx's)
finish before a cancellation goes on.

httpcore also closes on its own, inside its reads and sends, when they fail or are cancelled;
a second cancellation landing there (anyio's cancel scopes cancel again on every turn of the
loop) strands the connection: ACTIVE, or NEW when it came while a fresh connection was being
marked busy, and claimed by no request, so never idle, never available, never closed. After a
send or a read ends in a cancellation, :func:`close_stranded_connections` closes such
connections. httpcore's objects are read defensively: a pool that does not look like this is
left alone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from openrouter_core._async_runtime import aclose_shielded

__all__ = ["ShieldedClose", "close_stranded_connections", "shield_close"]


class ShieldedClose(httpx.AsyncByteStream):
    """A response's byte stream whose ``aclose()`` runs to its end even when cancelled, and
    whose read, if cancelled, leaves no connection of ``client`` stranded."""

    def __init__(self, stream: httpx.AsyncByteStream, client: httpx.AsyncClient) -> None:
        self._stream = stream
        self._client = client

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except GeneratorExit:  # dropped part-way: closed by whoever dropped it
            raise
        except BaseException:
            await close_stranded_connections(self._client)
            raise

    async def aclose(self) -> None:
        await aclose_shielded(self._stream)


def shield_close(response: httpx.Response, client: httpx.AsyncClient) -> None:
    """Make every later close of ``response`` (whoever starts it) cancellation-safe."""
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream) and not isinstance(stream, ShieldedClose):
        response.stream = ShieldedClose(stream, client)


def _stranded_state(connection: Any) -> bool:
    protocol = getattr(connection, "_connection", None)  # the HTTP/1.1 or HTTP/2 connection
    state = getattr(protocol, "_state", None)
    return getattr(state, "name", None) in ("NEW", "ACTIVE")


async def close_stranded_connections(client: httpx.AsyncClient) -> None:
    """Close the pool's connections in use that no request claims: none ever will use them.

    A connection is claimed from the moment it is assigned to a request until that request's
    response has been closed, so one that is NEW or ACTIVE without a claim was abandoned.
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    requests = getattr(pool, "_requests", None)
    connections = getattr(pool, "connections", None)
    if requests is None or connections is None:
        return
    claimed = {id(getattr(request, "connection", None)) for request in requests}
    for connection in connections:
        if id(connection) not in claimed and _stranded_state(connection):
            await aclose_shielded(connection)
