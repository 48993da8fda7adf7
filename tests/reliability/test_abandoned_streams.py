"""Streams the caller drops without closing never hang a later call.

The scenario from the outside review: read one item, a ``Failure``, never close the stream,
repeat a hundred times; a later call hung forever, ignoring ``timeout_ms``. A hang here is a
deadlock on httpcore's pool lock, which the garbage collector may then hit from *any* thread,
the test's own included; so each scenario runs in a child process killed after a deadline,
and a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RetryConfig
from tests.faultserver import EventStream, FaultServer

ROUNDS = 100
#: Seconds a scenario may take (it needs about one on an idle machine); a hang fails it.
DEADLINE = 90.0
#: An event that is not JSON (forgiving decoding reads any JSON): a Failure item after which
#: the stream would go on, so reading it leaves the stream (and its connection) open.
MISFIT = b"data: {not json\n\n"
STREAM = EventStream([MISFIT, b'data: {"id": "x"}\n\n' * 10, 2.0])
CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}
ROOT = Path(__file__).resolve().parents[2]


def _core(server: FaultServer) -> OpenRouterCore:
    # The core's own clients (a pool of 100): the shape a user gets by default.
    return OpenRouterCore(
        api_key="sk-or-v1-abandoned",
        server_url=server.url + "/api/v1",
        timeout_ms=2_000,
        retry_config=RetryConfig(strategy="none"),
    )


def sync_scenario() -> None:
    from openrouter_funcs.chat_send import chat_send
    from openrouter_funcs.credits_get_credits import credits_get_credits

    with FaultServer() as server, _core(server) as core:
        for _ in range(ROUNDS):
            server.enqueue(STREAM)
            stream = chat_send(core, CHAT).unwrap()
            assert isinstance(next(stream), Failure)
        assert isinstance(credits_get_credits(core), Success)
        gc.collect()
        assert isinstance(credits_get_credits(core), Success)


def sync_cyclic_scenario() -> None:
    """As sync_scenario, but each stream is kept in a reference cycle of the caller's making."""
    from openrouter_funcs.chat_send import chat_send
    from openrouter_funcs.credits_get_credits import credits_get_credits

    with FaultServer() as server, _core(server) as core:
        for _ in range(3 * ROUNDS):  # more streams than the pool has connections
            server.enqueue(STREAM)
            stream = chat_send(core, CHAT).unwrap()
            assert isinstance(next(stream), Failure)
            holder: list[Any] = [stream]
            holder.append(holder)
        assert isinstance(credits_get_credits(core), Success)
        gc.collect()
        assert isinstance(credits_get_credits(core), Success)


def sync_byte_stream_cyclic_scenario() -> None:
    """A download's ``iter_bytes()`` read for one piece, then dropped inside a cycle."""
    from openrouter_funcs.credits_get_credits import credits_get_credits
    from openrouter_funcs.files_download import files_download_stream

    body = EventStream([b"x" * 1000, b"y" * 1000, 2.0], headers={"Content-Type": "video/mp4"})
    with FaultServer() as server, _core(server) as core:
        for _ in range(3 * ROUNDS):
            server.enqueue(body)
            pieces = files_download_stream(core, {"file_id": "f"}).unwrap().iter_bytes()
            assert isinstance(next(pieces), Success)
            holder: list[Any] = [pieces]
            holder.append(holder)
        assert isinstance(credits_get_credits(core), Success)
        gc.collect()
        assert isinstance(credits_get_credits(core), Success)


def async_scenario() -> None:
    from openrouter_funcs.chat_send import chat_send_async
    from openrouter_funcs.credits_get_credits import credits_get_credits_async

    async def scenario(server: FaultServer) -> Any:
        async with _core(server) as core:
            for _ in range(ROUNDS):
                server.enqueue(STREAM)
                result = await chat_send_async(core, CHAT)
                assert isinstance(await anext(result.unwrap()), Failure)
            assert isinstance(await credits_get_credits_async(core), Success)
            gc.collect()
            assert isinstance(await credits_get_credits_async(core), Success)

    with FaultServer() as server:
        asyncio.run(scenario(server))


@pytest.mark.parametrize(
    "scenario",
    ["sync_scenario", "sync_cyclic_scenario", "sync_byte_stream_cyclic_scenario", "async_scenario"],
)
def test_streams_dropped_after_a_failure_item_never_hang_a_later_call(scenario: str) -> None:
    code = f"from tests.reliability.test_abandoned_streams import {scenario}; {scenario}()"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=DEADLINE
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{scenario} hung: a dropped stream blocked a later call")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
