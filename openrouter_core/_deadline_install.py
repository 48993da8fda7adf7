"""Putting the deadline backend beneath the clients the core makes: the one place that reaches
into httpx's and httpcore's private attributes.

httpx offers no way to give its transport a network backend, so this swaps the backend a
client's connection pools were built with (``client._transport._pool._network_backend``, and
the same for each mounted transport, such as a proxy's) for one wrapping it. Only a client just
made, with no connection open yet, is changed, and only when every pool has exactly the shape
expected; otherwise the client is left as it is and ``timeout_ms`` bounds an attempt as it did
without the backend (see :mod:`openrouter_core._deadlines`). A test checks that the shape still
holds on the httpx installed, so a rename upstream fails loudly there and never silently here.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpcore
import httpx

from openrouter_core._deadline_backend import AsyncDeadlineBackend, DeadlineBackend

__all__ = ["with_deadline_backend"]

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


def with_deadline_backend(client: ClientT) -> ClientT:
    """``client``, its pools' network backend wrapped so each operation ends by the attempt's
    deadline; left unchanged when its internals are not the shape this knows."""
    pools = _pools(client)
    if pools is None:
        return client
    for pool in pools:
        backend = pool._network_backend
        pool._network_backend = (
            AsyncDeadlineBackend(backend)
            if isinstance(backend, httpcore.AsyncNetworkBackend)
            else DeadlineBackend(backend)
        )
    return client


def _pools(client: httpx.Client | httpx.AsyncClient) -> list[Any] | None:
    """The connection pools of ``client``'s transports, or None unless every one is a fresh
    httpcore pool holding a backend of the client's kind."""
    if isinstance(client, httpx.AsyncClient):
        pool_type: type = httpcore.AsyncConnectionPool
        backend_type: type = httpcore.AsyncNetworkBackend
    else:
        pool_type, backend_type = httpcore.ConnectionPool, httpcore.NetworkBackend
    transports = [getattr(client, "_transport", None)]
    mounts = getattr(client, "_mounts", None)
    if not isinstance(mounts, dict):
        return None
    transports += [transport for transport in mounts.values() if transport is not None]
    pools = []
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        opened = getattr(pool, "connections", None)
        if not (isinstance(pool, pool_type) and isinstance(backend, backend_type)):
            return None
        if not isinstance(opened, list) or opened:  # a backend is taken at connect time
            return None
        pools.append(pool)
    return pools
