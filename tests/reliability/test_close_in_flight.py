"""Closing a core while other threads or tasks have calls in flight ends those calls at once.

The calls wait for a server that never answers, with a one-minute timeout; the test waits (on
the server's condition, not a clock) until every request has arrived, closes the core, and
gives the calls ten seconds to end: far more than "at once", far less than the read timeout
they used to sit out (ten minutes by default) before failing with "could not reach ...".
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from returns.result import Failure, Result

from openrouter_core import BackoffStrategy, Hooks, OpenRouterCore, RetryConfig
from openrouter_core.errors import RequestAbortedError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.faultserver import FaultServer, Stall, error_status

from .conftest import NO_RETRY, SECRET

CALLS = 50
#: How long the ended calls may take to come back: a bound, not a measurement.
PATIENCE_S = 10.0
FOREVER = 600.0


@pytest.fixture
def silent_server() -> Iterator[FaultServer]:
    with FaultServer(Stall(FOREVER)) as server:
        yield server
    assert server.errors == []


def core_for(server: FaultServer) -> OpenRouterCore:
    """A core with its own clients; its timeout bounds what a regression costs the suite."""
    return OpenRouterCore(
        api_key=SECRET, server_url=server.url + "/api/v1", retry_config=NO_RETRY, timeout_ms=60_000
    )


def assert_aborted_by_close(result: Result[Any, Any]) -> None:
    assert isinstance(result, Failure), result
    error = result.failure()
    assert isinstance(error, RequestAbortedError), error
    assert "was closed" in str(error)


def test_close_ends_the_calls_of_fifty_threads_and_refuses_new_ones(
    silent_server: FaultServer,
) -> None:
    core = core_for(silent_server)
    results: list[Result[Any, Any]] = []
    threads = [
        threading.Thread(target=lambda: results.append(credits_get_credits(core)), daemon=True)
        for _ in range(CALLS)
    ]
    for thread in threads:
        thread.start()
    assert silent_server.wait_for_requests(CALLS, timeout=60)

    core.close()
    for thread in threads:
        thread.join(PATIENCE_S)
    assert not any(thread.is_alive() for thread in threads), "calls still wait after close()"
    assert len(results) == CALLS
    for result in results:
        assert_aborted_by_close(result)

    assert_aborted_by_close(credits_get_credits(core))
    assert silent_server.request_count == CALLS  # the refused call sent nothing


async def test_aclose_ends_the_calls_of_fifty_tasks_and_refuses_new_ones(
    silent_server: FaultServer,
) -> None:
    core = core_for(silent_server)
    calls = [asyncio.ensure_future(credits_get_credits_async(core)) for _ in range(CALLS)]
    arrived = asyncio.get_running_loop().run_in_executor(
        None, silent_server.wait_for_requests, CALLS, 60
    )
    assert await arrived

    await core.aclose()
    done, waiting = await asyncio.wait(calls, timeout=PATIENCE_S)
    assert not waiting, "calls still wait after aclose()"
    for call in done:
        assert_aborted_by_close(call.result())

    assert_aborted_by_close(await credits_get_credits_async(core))
    assert silent_server.request_count == CALLS


def test_close_from_another_thread_ends_calls_on_an_event_loop(
    silent_server: FaultServer,
) -> None:
    core = core_for(silent_server)

    async def calls() -> list[Result[Any, Any]]:
        return list(await asyncio.gather(*(credits_get_credits_async(core) for _ in range(5))))

    results: list[list[Result[Any, Any]]] = []
    loop_thread = threading.Thread(target=lambda: results.append(asyncio.run(calls())), daemon=True)
    loop_thread.start()
    assert silent_server.wait_for_requests(5, timeout=60)
    core.close()
    loop_thread.join(PATIENCE_S)
    assert not loop_thread.is_alive(), "the loop's calls still wait after close()"
    for result in results[0]:
        assert_aborted_by_close(result)


def test_close_cuts_short_a_sync_call_waiting_to_retry(silent_server: FaultServer) -> None:
    waits_long = RetryConfig(
        backoff=BackoffStrategy(initial_interval=60_000, max_interval=60_000, exponent=1.0)
    )
    about_to_wait = threading.Event()
    core = OpenRouterCore(
        api_key=SECRET,
        server_url=silent_server.url + "/api/v1",
        retry_config=waits_long,
        # The after-error hooks run just before the wait for the next attempt.
        hooks=Hooks(after_error=[lambda context, response, error: about_to_wait.set()]),
    )
    silent_server.enqueue(error_status(503))
    results: list[Result[Any, Any]] = []
    thread = threading.Thread(target=lambda: results.append(credits_get_credits(core)), daemon=True)
    thread.start()
    assert about_to_wait.wait(60)
    core.close()
    thread.join(PATIENCE_S)
    assert not thread.is_alive(), "the call still waits to retry after close()"
    assert_aborted_by_close(results[0])
    assert silent_server.request_count == 1
