"""A cancelled async stream gives its pooled connection back, wherever the cancellation lands.

An SSE proxy whose clients disconnect, or a timeout around a stream, cancels the task that is
opening, reading or closing a stream. Closing an httpx response takes httpcore's connection
lock, and a cancellation landing there used to leave the connection checked out for good:
about a hundred of them and every call on that loop failed with a pool timeout.

The fuzz below places each cancellation with an event (set by the scenario when it reaches the
phase) and a seeded random number of event-loop turns after it, never with a timed sleep, at
six phases of a stream: sending, a hook holding the opened response, waiting for the next
event, reading to ``[DONE]``, leaving ``async with`` and ``aclose()``; and anywhere in a plain
call, whose body httpx closes itself once read to the end. After every one the pool must hold no
checked-out connection; the pool has one connection, so the next round proves it too.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from returns.result import Success

from openrouter_core import HookContext, Hooks, OpenRouterCore
from openrouter_funcs.credits_get_credits import credits_get_credits_async
from tests.faultserver import SSE_DONE, EventStream, Exchange, Fault, FaultServer

from .conftest import CHAT_REQUEST, NO_RETRY, SECRET
from .test_stream_faults import chunk, texts

chat_send = pytest.importorskip("openrouter_funcs.chat_send")

SEED = 19
ROUNDS = 1_000
#: Event-loop turns between reaching a phase and the cancellation: enough to walk through
#: every await of a close or a read, and sometimes past the end of the scenario.
MOST_TURNS = 24
PHASES = ("sending", "hook", "waiting", "done", "exit", "aclose", "plain")
STREAM_REQUEST = {**CHAT_REQUEST, "stream": True}


class FirstChunkThenHold(Fault):
    """One event, then nothing until the client hangs up (an event it must wait for)."""

    def serve(self, ex: Exchange) -> bool:
        data = chunk("a")
        ex.send(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + f"{len(data):x}\r\n".encode() + data + b"\r\n"
        )
        # The hang-up is the event: recv returns b"" when the client closes (or the server
        # stops, which shuts the socket down).
        with contextlib.suppress(OSError):
            ex._sock.recv(1)
        return False


def checked_out(client: httpx.AsyncClient) -> list[Any]:
    """The pool's connections that are neither idle nor closed: held by some response."""
    pool = client._transport._pool  # type: ignore[attr-defined]
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]


class Placement:
    """Where this round's cancellation goes: the phase, and the event set on reaching it."""

    def __init__(self) -> None:
        self.phase = ""
        self.reached = asyncio.Event()

    def arrive(self, phase: str) -> None:
        if self.phase == phase:
            self.reached.set()


@pytest.fixture
def stream_server() -> Iterator[FaultServer]:
    with FaultServer(EventStream([chunk("a"), chunk("b"), SSE_DONE])) as server:
        yield server
    assert server.errors == []


async def scenario(core: OpenRouterCore, place: Placement) -> None:
    """Open a stream, read it and close it, announcing each phase as it is reached (or, for
    "plain", make a call whose body is read whole)."""
    if place.phase == "plain":
        await credits_get_credits_async(core)
        return
    result = await chat_send.chat_send_async(core, STREAM_REQUEST)
    stream = result.unwrap()
    if place.phase == "aclose":
        async for _item in stream:
            break
        place.arrive("aclose")
        await stream.aclose()
        return
    async with stream:
        async for _item in stream:
            place.arrive("exit")
            if place.phase == "exit":
                break
            place.arrive("waiting")
            place.arrive("done")


async def test_a_thousand_cancellations_leave_no_connection_checked_out(
    stream_server: FaultServer,
) -> None:
    place = Placement()

    def before_request(context: HookContext, request: httpx.Request) -> None:
        place.arrive("sending")
        place.arrive("plain")

    async def after_success(context: HookContext, response: httpx.Response) -> None:
        if place.phase == "hook":
            place.arrive("hook")
            await asyncio.Event().wait()  # holds the opened response until cancelled

    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(limits=limits) as client:
        core = OpenRouterCore(
            api_key=SECRET,
            server_url=stream_server.url + "/api/v1",
            async_client=client,
            retry_config=NO_RETRY,
            timeout_ms=10_000,
            hooks=Hooks(before_request=[before_request], after_success=[after_success]),
        )
        rng = random.Random(SEED)
        for round_number in range(ROUNDS):
            place.phase, turns = rng.choice(PHASES), rng.randrange(MOST_TURNS)
            place.reached = asyncio.Event()
            if place.phase == "waiting":
                stream_server.enqueue(FirstChunkThenHold())
            repeatedly = rng.random() < 0.5
            task = asyncio.ensure_future(scenario(core, place))
            await place.reached.wait()
            for _ in range(turns):
                await asyncio.sleep(0)  # one turn of the loop, not a wait for time
            task.cancel()
            # anyio's cancel scopes (FastAPI, Starlette, anyio task groups and timeouts)
            # cancel the task again on every turn of the loop until it has left the scope.
            while repeatedly and not task.done():
                await asyncio.sleep(0)
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            held = checked_out(client)
            assert held == [], (
                f"round {round_number} (seed {SEED}): cancelled {turns} turns into "
                f"{place.phase!r} ({'again on every turn' if repeatedly else 'once'}), "
                f"the pool still lends {held}"
            )
        place.phase = ""
        final = await chat_send.chat_send_async(core, STREAM_REQUEST)
        assert isinstance(final, Success)
        async with final.unwrap() as stream:
            assert texts([item async for item in stream]) == ["a", "b"]
