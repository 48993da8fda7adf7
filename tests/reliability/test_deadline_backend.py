"""On the clients the core makes, every network step of an attempt ends by its deadline.

httpcore looks a step's timeout up once, so without a backend of our own a head dripped a byte
at a time was bounded per read only (it ran for as long as the server liked), and a body read
that began just before the deadline waited up to the whole budget past it. These run against
the real-socket fault server, sync and async, on cores that make their own clients (a client
passed in keeps httpx's per-read bounds: see ``_deadline_install``). Wall-clock bounds are
generous; the old behaviour overshoots them by seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._deadline_backend import AsyncDeadlineBackend, DeadlineBackend
from openrouter_core._deadline_install import with_deadline_backend
from openrouter_core.errors import RequestTimeoutError
from openrouter_funcs.credits_get_credits import credits_get_credits_async
from tests.faultserver import SSE_DONE, EventStream, Exchange, Fault, FaultServer, Respond, Trickle

from .conftest import CREDITS_BODY, NO_RETRY, SECRET, SLACK, Caller
from .test_stream_faults import chunk, drain, stream_of, texts

#: How long the server waits for its send to fail once the client has gone.
SEEN_WITHIN = 5.0


@pytest.fixture
def own_core(server: FaultServer, caller: Caller) -> Iterator[OpenRouterCore]:
    """A core pointed at ``server`` that makes its own clients (closed afterwards)."""
    core = OpenRouterCore(
        api_key=SECRET,
        server_url=server.url + "/api/v1",
        retry_config=NO_RETRY,
        timeout_ms=300,
        stream_idle_timeout_ms=10_000,
    )
    yield core
    if caller.asynchronous:
        caller.run(core.aclose())
    else:
        core.close()


@dataclass(frozen=True)
class Recorded(Fault):
    """``fault``, noting whether the client hung up on it before it was done."""

    fault: Fault
    cut: threading.Event = field(default_factory=threading.Event, compare=False)
    finished: threading.Event = field(default_factory=threading.Event, compare=False)

    def serve(self, ex: Exchange) -> bool:
        try:
            keep = self.fault.serve(ex)
        except OSError:
            self.cut.set()
            raise
        self.finished.set()
        return keep


@dataclass(frozen=True)
class DripThenStall(Fault):
    """The head at once, the body a byte every ``delay`` s for ``drip_for`` s, then silence."""

    drip_for: float
    delay: float = 0.1

    def serve(self, ex: Exchange) -> bool:
        response = Respond(200, CREDITS_BODY)
        ex.send(response.render_head())
        until = time.monotonic() + self.drip_for
        for byte in response.payload[:-1]:
            if time.monotonic() >= until:
                break
            ex.pause(self.delay)
            ex.send(bytes([byte]))
        ex.pause(30)  # the stop of the server cuts this short
        return False


def test_a_head_dripped_a_byte_at_a_time_ends_at_the_deadline(
    caller: Caller, server: FaultServer, own_core: OpenRouterCore
) -> None:
    """~70 bytes of head at 50 ms each: seconds of drip against a 300 ms budget."""
    drip = Recorded(Trickle(Respond(200, CREDITS_BODY), chunk_size=1, delay=0.05, head_too=True))
    server.enqueue(drip)
    result, elapsed = caller.timed("credits_get_credits", own_core)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, RequestTimeoutError), error
    assert "timeout_ms" in str(error)
    assert elapsed < 0.3 + SLACK
    assert drip.cut.wait(SEEN_WITHIN), "the client kept reading the dripping head"
    assert not drip.finished.is_set()
    assert isinstance(caller.call("credits_get_credits", own_core), Success)


def test_a_read_still_waiting_at_the_deadline_ends_there(
    caller: Caller, server: FaultServer, own_core: OpenRouterCore
) -> None:
    """The body drips until shortly before the deadline, then stalls: the read waiting then
    used to run on for the whole budget (about twice the budget in all)."""
    budget = 2.0
    server.enqueue(DripThenStall(drip_for=budget - 0.3))
    result, elapsed = caller.timed(
        "credits_get_credits", own_core, options=RequestOptions(timeout_ms=int(budget * 1000))
    )
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), RequestTimeoutError), result.failure()
    assert elapsed < budget * 1.5


@dataclass(frozen=True)
class ByRole(Fault):
    """A head dripped a byte every 50 ms (3.6 s in all), or, to a request marked patient, a
    good answer whose body takes 3.3 s: routed by header, whatever the arrival order."""

    def serve(self, ex: Exchange) -> bool:
        if ex.request.headers.get("x-role") == "patient":
            return Trickle(Respond(200, CREDITS_BODY), chunk_size=1, delay=0.06).serve(ex)
        with contextlib.suppress(OSError):  # the hasty caller hangs up part-way
            Trickle(Respond(200, CREDITS_BODY), chunk_size=1, delay=0.05, head_too=True).serve(ex)
        return False


def test_concurrent_calls_keep_their_own_deadlines(
    caller: Caller, server: FaultServer, own_core: OpenRouterCore
) -> None:
    """Two calls at once on one core, in two threads or two tasks: the one with a 300 ms
    budget ends by it while the other, with a minute, reads its slow body to the end. (A
    deadline shared between them would hold the first until the second's body was in.)"""
    server.default = ByRole()
    patient = RequestOptions(timeout_ms=60_000, http_headers={"X-Role": "patient"})
    hasty = RequestOptions(timeout_ms=300)
    if caller.asynchronous:

        async def timed(options: RequestOptions) -> tuple[Result[Any, Any], float]:
            started = time.monotonic()
            result = await credits_get_credits_async(own_core, options=options)
            return result, time.monotonic() - started

        async def both() -> list[tuple[Result[Any, Any], float]]:
            return list(await asyncio.gather(timed(hasty), timed(patient)))

        (hasty_result, hasty_took), (patient_result, _) = caller.run(both())
    else:
        with ThreadPoolExecutor(2) as pool:
            futures = [
                pool.submit(caller.timed, "credits_get_credits", own_core, None, options)
                for options in (hasty, patient)
            ]
            (hasty_result, hasty_took), (patient_result, _) = (f.result() for f in futures)
    assert isinstance(patient_result, Success), patient_result
    assert isinstance(hasty_result, Failure)
    assert isinstance(hasty_result.failure(), RequestTimeoutError)
    assert hasty_took < 0.3 + SLACK


def test_a_stream_on_the_cores_client_outlives_timeout_ms(
    caller: Caller, server: FaultServer, own_core: OpenRouterCore
) -> None:
    """The deadline ends with a stream's head: its later reads are not held to it."""
    words = [f"w{i}" for i in range(6)]
    server.enqueue(EventStream([*(chunk(word) for word in words), SSE_DONE], delay=0.1))
    items = drain(caller, stream_of(caller, own_core))
    assert texts(items) == words and len(items) == len(words)


def test_the_cores_clients_carry_the_deadline_backend(
    caller: Caller, own_core: OpenRouterCore
) -> None:
    """Fails loudly when httpx or httpcore rename what the installation relies on
    (``_transport``, ``_mounts``, ``_pool``, ``_network_backend``): the core would then fall
    back, silently, to bounding each read on its own."""
    if caller.asynchronous:

        async def backend() -> object:
            return own_core.async_client_for_loop()._transport._pool._network_backend  # type: ignore[attr-defined]

        assert isinstance(caller.run(backend()), AsyncDeadlineBackend)
    else:
        pool = own_core.sync_client()._transport._pool  # type: ignore[attr-defined]
        assert isinstance(pool._network_backend, DeadlineBackend)


def test_a_client_of_another_shape_is_left_alone(server: FaultServer) -> None:
    """A transport without an httpcore pool, or a pool with a connection open, is not touched."""
    mocked = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))
    transport = mocked._transport
    assert with_deadline_backend(mocked) is mocked and mocked._transport is transport
    assert mocked.get("http://example.test/").status_code == 204
    with httpx.Client() as used:
        assert used.get(server.url).status_code == 200  # its connection stays in the pool
        assert with_deadline_backend(used) is used
        assert isinstance(used._transport._pool._network_backend, httpcore.SyncBackend)  # type: ignore[attr-defined]
