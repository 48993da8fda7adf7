"""Async responses and connections given back to httpcore's pool whatever is cancelled when.

Closing an httpx response takes httpcore's connection lock; a cancellation landing on that lock
leaves the connection checked out of the pool for good (httpcore shields the close with anyio,
which a plain ``task.cancel()`` goes through), and httpx closes a response itself, unshielded,
when its body has been read to the end. So every response the async driver opens has its
stream wrapped in :class:`ShieldedClose`, which makes each of those closes (ours, httpx's)
finish before a cancellation goes on.

A send cancelled at the wrong moment strands a connection too: httpcore assigns a new
connection to a request, connects it, then takes the connection's state lock to mark it busy;
cancelled there, the connection stays connected but NEW and claimed by no request (never idle,
never available, never closed). :func:`close_orphaned_connections` closes such connections.
httpcore's objects are read defensively: a pool that does not look like this is left alone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from openrouter_core._async_runtime import aclose_shielded

__all__ = ["ShieldedClose", "close_orphaned_connections", "shield_close"]


class ShieldedClose(httpx.AsyncByteStream):
    """A response's byte stream whose ``aclose()`` runs to its end even when cancelled."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        await aclose_shielded(self._stream)


def shield_close(response: httpx.Response) -> None:
    """Make every later close of ``response`` (whoever starts it) cancellation-safe."""
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream) and not isinstance(stream, ShieldedClose):
        response.stream = ShieldedClose(stream)


def _connected_but_unused(connection: Any) -> bool:
    protocol = getattr(connection, "_connection", None)  # the HTTP/1.1 or HTTP/2 connection
    state = getattr(protocol, "_state", None)
    return getattr(state, "name", None) == "NEW"


async def close_orphaned_connections(client: httpx.AsyncClient) -> None:
    """Close the pool's connections that no request claims and none ever will use."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    requests = getattr(pool, "_requests", None)
    connections = getattr(pool, "connections", None)
    if requests is None or connections is None:
        return
    claimed = {id(getattr(request, "connection", None)) for request in requests}
    for connection in connections:
        if id(connection) not in claimed and _connected_but_unused(connection):
            await aclose_shielded(connection)
