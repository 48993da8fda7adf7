"""The loop's two drivers, one for sync code and one for asyncio: they perform its actions.

A driver is told how to make a step's model call (``send``: the whole answer, as
``call_model`` wants it, or a stream whose events ``call_model_stream`` passes on) and how to
run a step's tools (in order, or concurrently), and yields the items a stream's reader sees,
then those ``finish`` makes of the outcome (a stream's last item; none for ``call_model``). The loop itself, and so everything a
run decides, is :mod:`openrouter_funcs._loop`: these are the only sync/async pair.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
)
from typing import Any, TypeAlias

import attrs
from returns.result import Result, Success

from openrouter_funcs._loop_actions import CallModelError, Loop, Outcome, RunTools, Send

__all__ = [
    "Item",
    "StepReply",
    "drive",
    "drive_async",
    "run_tools_concurrently",
    "run_tools_in_order",
]

#: What a stream's reader gets: an event, or the run's failure (the drivers yield events only).
Item: TypeAlias = Result[Any, CallModelError]


@attrs.define
class StepReply:
    """Where a step's ``send`` leaves the model call's ``Result`` for the loop."""

    value: Any = None


def drive(
    loop: Loop,
    send: Callable[[Send, StepReply], Iterable[Item]],
    run_tools: Callable[[RunTools], list[Any]],
    finish: Callable[[Outcome], Iterable[Item]],
) -> Generator[Item, None, None]:
    """Perform the loop's actions until it ends; yield its events, then its finish."""
    reply: Any = None
    while True:
        try:
            action = loop.send(reply)
        except StopIteration as stop:
            yield from finish(stop.value)
            return
        if isinstance(action, Send):
            got = StepReply()
            yield from send(action, got)
            reply = got.value
        elif isinstance(action, RunTools):
            reply = run_tools(action)
        else:
            reply = None
            yield Success(action.event)


async def drive_async(
    loop: Loop,
    send: Callable[[Send, StepReply], AsyncGenerator[Item, None]],
    run_tools: Callable[[RunTools], Awaitable[list[Any]]],
    finish: Callable[[Outcome], Iterable[Item]],
) -> AsyncGenerator[Item, None]:
    """``drive`` for asyncio: ``send`` streams asynchronously and ``run_tools`` is awaited."""
    reply: Any = None
    while True:
        try:
            action = loop.send(reply)
        except StopIteration as stop:
            for item in finish(stop.value):
                yield item
            return
        if isinstance(action, Send):
            got = StepReply()
            # Closed with this driver (async for would leave it to the garbage collector):
            # leaving a stream's async with block closes the step's HTTP stream at once.
            async with contextlib.aclosing(send(action, got)) as items:
                async for item in items:
                    yield item
            reply = got.value
        elif isinstance(action, RunTools):
            reply = await run_tools(action)
        else:
            reply = None
            yield Success(action.event)


def run_tools_in_order(action: RunTools) -> list[Any]:
    """Each call's ``Result``, run one after another."""
    return [planned.tool.run(planned.arguments, planned.context) for planned in action.calls]


async def run_tools_concurrently(action: RunTools, limit: int) -> list[Any]:
    """Each call's ``Result``, in call order, with at most ``limit`` running at once."""
    gate = asyncio.Semaphore(max(1, limit))

    async def run_one(index: int) -> Any:
        planned = action.calls[index]
        async with gate:
            return await planned.tool.run_async(planned.arguments, planned.context)

    return list(await asyncio.gather(*(run_one(index) for index in range(len(action.calls)))))
