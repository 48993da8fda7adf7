"""One core used from many event loops (``asyncio.run`` per serverless invocation) stays bounded.

The core makes an ``AsyncClient`` per loop, because pooled connections belong to one loop. The
outside review found those clients were never released: each loop stayed alive with its open
socket, so 400 ``asyncio.run`` calls left 400 sockets and hundreds of MiB behind.
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from returns.result import Success

from openrouter_core import OpenRouterCore
from openrouter_funcs.credits_get_credits import credits_get_credits_async
from tests.faultserver import FaultServer

from .conftest import SECRET

LOOPS = 100
#: Descriptors a run may add (the server's listener and wake pipe, a pooled connection...).
FD_SLACK = 10


@pytest.fixture
def loop_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def fd_growth_once_settled(before: int, *, patience_s: float = 5.0) -> int:
    """Descriptors added since ``before``, once the loopback server's threads caught up.

    The server runs in this process: its end of each closed connection closes a moment later,
    in its own thread, and on a loaded machine that moment can come after the last call. A real
    leak (one socket per loop) does not go away with waiting, so the bound stays meaningful.
    """
    deadline = time.monotonic() + patience_s
    while True:
        gc.collect()
        growth = open_fds() - before
        if growth < FD_SLACK or time.monotonic() > deadline:
            return growth
        time.sleep(0.05)


def core_for(server: FaultServer) -> OpenRouterCore:
    return OpenRouterCore(api_key=SECRET, server_url=server.url + "/api/v1", timeout_ms=5_000)


async def call_and_note_loop(core: OpenRouterCore, loops: list[Any]) -> Any:
    loops.append(weakref.ref(asyncio.get_running_loop()))
    return await credits_get_credits_async(core)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts fds through /proc")
def test_asyncio_run_per_call_leaves_no_sockets_or_loops_behind(
    loop_server: FaultServer,
) -> None:
    core = core_for(loop_server)
    loops: list[Any] = []
    asyncio.run(call_and_note_loop(core, loops))  # warm up: imports, the server's threads
    before = open_fds()
    for _ in range(LOOPS):
        assert isinstance(asyncio.run(call_and_note_loop(core, loops)), Success)
    gc.collect()
    assert fd_growth_once_settled(before) < FD_SLACK
    assert loop_server.active_connections < FD_SLACK
    assert sum(ref() is not None for ref in loops) == 0, "closed loops are still alive"


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts fds through /proc")
def test_loops_closed_without_asyncio_run_are_released_too(loop_server: FaultServer) -> None:
    # A loop closed by hand skips shutdown_asyncgens; the core notices on its next new loop.
    core = core_for(loop_server)
    loops: list[Any] = []
    before = open_fds()
    for _ in range(LOOPS):
        loop = asyncio.new_event_loop()
        assert isinstance(loop.run_until_complete(call_and_note_loop(core, loops)), Success)
        loop.close()
    gc.collect()
    assert fd_growth_once_settled(before) < FD_SLACK
    assert sum(ref() is not None for ref in loops) <= 1


def test_calls_on_one_loop_share_one_connection(loop_server: FaultServer) -> None:
    core = core_for(loop_server)

    async def five_calls() -> list[Any]:
        return [await credits_get_credits_async(core) for _ in range(5)]

    assert all(isinstance(result, Success) for result in asyncio.run(five_calls()))
    assert loop_server.connection_count == 1
    # The next loop gets a client (and a connection) of its own.
    assert all(isinstance(result, Success) for result in asyncio.run(five_calls()))
    assert loop_server.connection_count == 2
