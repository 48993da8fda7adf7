"""Connections that a cancelled send left in httpcore's pool, found and closed.

httpcore (1.0.x) assigns a new connection to a request, connects it, then takes the
connection's state lock to mark it busy. A cancellation landing on that lock leaves the
connection connected but NEW and claimed by no request: never idle, never available, never
closed, it holds a slot of the pool for good, and a pool full of them times out every call.
httpcore's own objects are read defensively: a pool that does not look like this is left as
it is.
"""

from __future__ import annotations

from typing import Any

import httpx

from openrouter_core._async_runtime import aclose_shielded

__all__ = ["close_orphaned_connections"]


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
