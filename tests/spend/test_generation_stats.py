"""generation_stats asks /generation again through its 404 window, on the core's clock."""

from __future__ import annotations

import asyncio
import pickle

import pytest
from returns.result import Failure, Success

from openrouter_core import generation_stats, generation_stats_async
from openrouter_core.accumulate import accumulate_chat
from openrouter_core.errors import NotFoundResponseError, UnauthorizedResponseError
from openrouter_funcs.chat_send import chat_send

from ..conftest import FakeClock
from ..faultserver import FaultServer, Respond, error_status
from .helpers import chat_answer, chat_stream, core_for, request

STATS = {
    "data": {"id": "gen-1", "model": "openai/gpt-4o", "total_cost": 0.0042, "tokens_prompt": 10}
}


class Jittery(FakeClock):
    """Jitter at its top: each wait is its whole cap."""

    def jitter(self) -> float:
        return 0.999999


def test_three_404s_then_the_stats() -> None:
    clock = FakeClock()
    with FaultServer() as server:
        server.enqueue(*[error_status(404) for _ in range(3)], Respond(200, STATS))
        core = core_for(server.url, clock=clock)
        result = generation_stats(core, "gen-1", first_wait=0.5, max_wait=1.5)
        assert isinstance(result, Success)
        assert result.unwrap().data.total_cost == 0.0042
        assert [r.query for r in server.requests] == ["id=gen-1"] * 4
    # Doubling from 0.5, capped at 1.5, each jittered into [half, all] (FakeClock: half).
    assert clock.sleeps == [0.25, 0.5, 0.75]


def test_it_gives_up_with_the_last_404_before_passing_the_timeout() -> None:
    clock = Jittery()
    with FaultServer(default=error_status(404)) as server:
        core = core_for(server.url, clock=clock)
        result = generation_stats(core, "gen-1", timeout=10, first_wait=1, max_wait=4)
        assert isinstance(result.failure(), NotFoundResponseError)
        # Waits of 1, 2, 4 (7 s); the next 4 s would end past 10 s.
        assert server.request_count == 4
    assert sum(clock.sleeps) < 10 and len(clock.sleeps) == 3
    assert clock.sleeps == pytest.approx([1, 2, 4], rel=1e-5)


def test_another_failure_comes_back_at_once() -> None:
    clock = FakeClock()
    with FaultServer(default=error_status(401)) as server:
        core = core_for(server.url, clock=clock)
        assert isinstance(generation_stats(core, "gen-1").failure(), UnauthorizedResponseError)
        assert server.request_count == 1 and clock.sleeps == []


def test_the_id_comes_from_a_chat_result_or_a_stream_summary() -> None:
    with FaultServer(default=Respond(200, STATS)) as server:
        core = core_for(server.url, clock=FakeClock())
        server.enqueue(chat_answer("m", 0.1, 1, 1), chat_stream("m", 0.1, 1, 1))
        answer = chat_send(core, request()).unwrap()
        with chat_send(core, request(stream=True)).unwrap() as stream:
            summary = accumulate_chat(stream)
        assert isinstance(generation_stats(core, answer), Success)
        assert isinstance(generation_stats(core, summary), Success)
        assert [r.query for r in server.requests[2:]] == ["id=gen-1"] * 2
    refused = generation_stats(core, 42)
    assert isinstance(refused, Failure) and "generation id" in str(refused.failure())


def test_the_id_comes_from_a_model_run_s_last_step() -> None:
    from openrouter_funcs import call_model

    with FaultServer(default=Respond(200, STATS)) as server:
        core = core_for(server.url, clock=FakeClock())
        server.enqueue(chat_answer("m", 0.1, 1, 1))
        run = call_model(core, "Hi").unwrap()
        assert isinstance(generation_stats(core, run), Success)
        assert server.requests[-1].query == "id=" + run.steps[-1].result.id


def test_the_async_twin_waits_on_the_clock_too() -> None:
    clock = FakeClock()
    with FaultServer() as server:
        server.enqueue(*[error_status(404) for _ in range(3)], Respond(200, STATS))
        core = core_for(server.url, clock=clock)
        result = asyncio.run(generation_stats_async(core, "gen-1", first_wait=0.5, max_wait=1.5))
        assert isinstance(result, Success)
        assert server.request_count == 4
    assert clock.sleeps == [0.25, 0.5, 0.75]
    assert pickle.loads(pickle.dumps(result.unwrap())) == result.unwrap()
