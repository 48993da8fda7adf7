"""The ``_async`` functions run under trio, with the core's own clients.

httpx runs on trio through anyio; the core used to look up the asyncio loop (for its per-loop
client, and to sleep between retries), so every ``_async`` call under trio was an
``UnexpectedClientError (RuntimeError)``. Each test runs its own ``trio.run``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trio
from returns.result import Success

from openrouter_core import Clock, OpenRouterCore
from openrouter_funcs.chat_send import chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits_async
from tests.faultserver import SSE_DONE, EventStream, FaultServer, error_status

from .conftest import CHAT_REQUEST, RETRY, SECRET
from .test_stream_cancellation import checked_out
from .test_stream_faults import chunk, texts


class RecordedWaits(Clock):
    """The system clock, except that each wait is recorded and lasts no time at all."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await super().async_sleep(0)  # through the library's own sleep: trio's, here


@pytest.fixture
def trio_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server
    assert server.errors == []


def core_for(server: FaultServer, **settings: Any) -> OpenRouterCore:
    return OpenRouterCore(api_key=SECRET, server_url=server.url + "/api/v1", **settings)


def test_a_plain_call_runs_under_trio_on_the_cores_own_client(trio_server: FaultServer) -> None:
    core = core_for(trio_server)
    made: list[httpx.AsyncClient] = []

    async def main() -> Any:
        result = await credits_get_credits_async(core)
        made.append(core.async_client_for_loop())
        return result

    result = trio.run(main)
    assert isinstance(result, Success), result
    assert result.unwrap().data.total_credits == 100.5
    # The client made for that run was closed when the run ended, as with an asyncio loop.
    assert made[0].is_closed


def test_a_retry_waits_with_trios_sleep(trio_server: FaultServer) -> None:
    clock = RecordedWaits()
    core = core_for(trio_server, retry_config=RETRY, clock=clock)
    trio_server.enqueue(error_status(503, retry_after_ms=20))
    result = trio.run(credits_get_credits_async, core)
    assert isinstance(result, Success), result
    assert clock.waits == [0.02] and trio_server.request_count == 2


def test_a_stream_reads_to_the_end_under_trio(trio_server: FaultServer) -> None:
    core = core_for(trio_server)
    trio_server.enqueue(EventStream([chunk("Hel"), chunk("lo"), SSE_DONE]))

    async def main() -> list[Any]:
        async with core:
            result = await chat_send_async(core, {**CHAT_REQUEST, "stream": True})
            assert isinstance(result, Success), result
            async with result.unwrap() as stream:
                return [item async for item in stream]

    assert texts(trio.run(main)) == ["Hel", "lo"]


def test_a_cancelled_stream_gives_its_connection_back_under_trio(
    trio_server: FaultServer,
) -> None:
    core = core_for(trio_server, timeout_ms=10_000)
    trio_server.default = EventStream([chunk("a"), chunk("b"), SSE_DONE])
    request = {**CHAT_REQUEST, "stream": True}

    async def main() -> tuple[list[Any], list[Any]]:
        for _ in range(20):
            with trio.CancelScope() as scope:
                stream = (await chat_send_async(core, request)).unwrap()
                async with stream:
                    async for _item in stream:
                        scope.cancel()  # lands on the close at the block's exit
        held = checked_out(core.async_client_for_loop())
        async with (await chat_send_async(core, request)).unwrap() as stream:
            return held, [item async for item in stream]

    held, items = trio.run(main)
    assert held == [] and texts(items) == ["a", "b"]
