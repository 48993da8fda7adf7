"""Cancellation and Ctrl-C propagate through the functions themselves and leave the pool usable.

``asyncio.CancelledError`` (a task cancelled, an ``asyncio.timeout`` expiring) and
``KeyboardInterrupt`` are not failures of the call but orders to stop: the functions let them
through rather than turning them into a ``Failure``, and release the connection on the way out.
The cores here have one-connection pools, so "the next call succeeds" proves it was released.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import pytest
from returns.result import Success

from openrouter_core import Clock
from tests.faultserver import (
    SSE_DONE,
    EventStream,
    FaultServer,
    Respond,
    Stall,
    Trickle,
    error_status,
)

from .conftest import CREDITS_BODY, RETRY, Caller, CoreFactory, function_for
from .test_stream_faults import chunk, drain, stream_of, texts

FOREVER = 30.0


class InterruptedSleep(Clock):
    """A clock whose sleeps are where the user presses Ctrl-C (sync) or cancels (async)."""

    def __init__(self) -> None:
        self.sleeps = 0

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        raise KeyboardInterrupt

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps += 1
        await asyncio.sleep(FOREVER)  # cancelled by the test long before it ends


def cancel_once_requested(
    caller: Caller, server: FaultServer, work: Coroutine[Any, Any, Any], requests: int = 1
) -> None:
    """Run ``work`` as a task, cancel it once the server has seen ``requests`` requests, and
    check the cancellation came out of the task itself."""

    async def scenario() -> None:
        task = asyncio.ensure_future(work)
        while server.request_count < requests and not task.done():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # let the call reach its next await (read, sleep...)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    caller.run(scenario())


def credits_again(caller: Caller, core: Any, server: FaultServer) -> None:
    server.enqueue(Respond(200, CREDITS_BODY))
    assert isinstance(caller.call("credits_get_credits", core), Success)


@pytest.mark.parametrize("caller", ["async"], indirect=True)
def test_cancelled_while_waiting_for_the_answer(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=int(FOREVER * 1000))
    server.enqueue(Stall(FOREVER))
    work = function_for("credits_get_credits", asynchronous=True)(core)
    cancel_once_requested(caller, server, work)
    credits_again(caller, core, server)


@pytest.mark.parametrize("caller", ["async"], indirect=True)
def test_cancelled_while_reading_the_body(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=int(FOREVER * 1000))
    server.enqueue(Trickle(Respond(200, CREDITS_BODY), chunk_size=4, delay=0.5))
    work = function_for("credits_get_credits", asynchronous=True)(core)
    cancel_once_requested(caller, server, work)
    credits_again(caller, core, server)


@pytest.mark.parametrize("caller", ["async"], indirect=True)
def test_cancelled_during_a_retry_sleep(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    clock = InterruptedSleep()
    core = make_core(retry_config=RETRY, clock=clock)
    server.enqueue(error_status(503))
    work = function_for("credits_get_credits", asynchronous=True)(core)
    cancel_once_requested(caller, server, work)
    assert clock.sleeps == 1 and server.request_count == 1
    credits_again(caller, core, server)


@pytest.mark.parametrize("caller", ["async"], indirect=True)
def test_cancelled_while_reading_a_stream(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=int(FOREVER * 1000))
    server.enqueue(EventStream([chunk("a"), FOREVER, chunk("never"), SSE_DONE]))
    stream = stream_of(caller, core)
    seen: list[Any] = []

    async def read_all() -> None:
        async with stream:
            async for item in stream:
                seen.append(item)

    cancel_once_requested(caller, server, read_all())
    assert texts(seen) == ["a"]
    assert stream.response.is_closed
    server.enqueue(EventStream([chunk("again"), SSE_DONE]))
    assert texts(drain(caller, stream_of(caller, core))) == ["again"]


@pytest.mark.parametrize("caller", ["sync"], indirect=True)
def test_ctrl_c_during_a_sync_retry_sleep_propagates(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    clock = InterruptedSleep()
    core = make_core(retry_config=RETRY, clock=clock)
    server.enqueue(error_status(503))
    with pytest.raises(KeyboardInterrupt):
        caller.call("credits_get_credits", core)
    assert clock.sleeps == 1 and server.request_count == 1
    credits_again(caller, core, server)


@pytest.mark.parametrize("caller", ["sync"], indirect=True)
def test_ctrl_c_while_reading_a_sync_stream_propagates(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(EventStream([chunk("a"), chunk("b"), SSE_DONE]))
    stream = stream_of(caller, core)
    with pytest.raises(KeyboardInterrupt), stream:
        for _ in stream:
            raise KeyboardInterrupt
    assert stream.response.is_closed
    server.enqueue(EventStream([chunk("again"), SSE_DONE]))
    assert texts(drain(caller, stream_of(caller, core))) == ["again"]
