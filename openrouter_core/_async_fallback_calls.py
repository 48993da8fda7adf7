"""A function that tries other models, and the stream it hands over (see ``_fallbacks``).

Written once, async; ``python -m codegen`` writes the sync twin ``_sync_fallback_calls``.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from returns.result import Failure, Result, Success

from openrouter_core._fallback_run import Replayed, Run, has_content, matches, with_model
from openrouter_core._with_blocks import AsyncClosesOnExit
from openrouter_core.errors import ResponseValidationError, SDKValidationError

__all__ = ["AsyncReplayedStream", "calling_with_fallbacks_async"]


def calling_with_fallbacks_async(
    fn: Callable[..., Any], models: tuple[str, ...], on: tuple[str, ...]
) -> Callable[..., Any]:
    """``fn`` sending its request with each of ``models`` in turn (``with_fallbacks``)."""

    @functools.wraps(fn)
    async def call_async(core: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        run = Run(core, models)
        last: Result[Any, Any] | None = None
        for model in models:
            try:
                changed = with_model(request, model)
            except SDKValidationError as error:
                return Failure(error)
            result = await fn(core, changed, *args, **kwargs)
            last, go_on = await settle_async(run, model, result, on)
            if not go_on:
                break
        assert last is not None
        return run.finish(last)

    return call_async


async def settle_async(
    run: Run, model: str, result: Result[Any, Any], on: Sequence[str]
) -> tuple[Result[Any, Any], bool]:
    """The attempt's outcome, and whether to try the next model: a stream is read up to its
    first content (then handed over, those items first) or its first failure (then closed)."""
    from openrouter_core.streams import AsyncEventStream

    if not isinstance(result, Success):
        return run.failed(model, result, on)
    value = result.unwrap()
    if not isinstance(value, AsyncEventStream):
        run.record(model, None)
        return result, False
    read: list[Any] = []
    async for item in value:
        read.append(item)
        if isinstance(item, Success) and has_content(item.unwrap()):
            break
        if isinstance(item, Failure) and not isinstance(item.failure(), ResponseValidationError):
            await value.aclose()
            run.record(model, item.failure())
            return Failure(item.failure()), matches(item.failure(), on, in_stream=True)
    run.record(model, None)
    return Success(AsyncReplayedStream(value, read)), False


class AsyncReplayedStream(AsyncClosesOnExit, Replayed):
    """An event stream whose first items were read to see content arrive: it yields them
    again, then the rest. Close it, or use it in a ``with`` block, like the stream itself."""

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        if self._read:
            return self._read.pop(0)
        return await anext(self.stream)

    async def aclose(self) -> None:
        """Close the stream and its response."""
        await self.stream.aclose()
