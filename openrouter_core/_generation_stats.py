"""A generation's stats once OpenRouter has them: ``/generation`` answers 404 for a while.

:func:`generation_stats` asks again through that window, waiting longer each time (doubling
from ``first_wait``, capped at ``max_wait``, each wait jittered to between half and all of
it so that many callers spread out), on the core's clock, and gives up when the next wait
would end past ``timeout`` seconds: it then returns the last 404's ``Failure``. Any other
failure is returned at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from returns.result import Failure, Result

from openrouter_core.errors import NotFoundResponseError, OpenRouterBaseError, SDKValidationError

if TYPE_CHECKING:
    from openrouter_core._core import OpenRouterCore
    from openrouter_core.models.generation_response import GenerationResponse

__all__ = ["generation_stats", "generation_stats_async"]


def _generation_id(source: Any) -> str | None:
    """The id in ``source``: an id, a ``ChatResult``, a stream summary, a ``ModelRun`` (its
    last step's generation), or anything with a ``generation_id`` or ``id``."""
    if isinstance(source, str):
        return source or None
    steps = getattr(source, "steps", None)  # a ModelRun, known by shape: core never imports funcs
    if isinstance(steps, tuple) and steps:
        source = getattr(steps[-1], "result", None)
    for name in ("generation_id", "id"):
        value = getattr(source, name, None)
        if isinstance(value, str) and value:
            return value
    return None


def _no_id(source: Any) -> Failure[OpenRouterBaseError]:
    return Failure(
        SDKValidationError(
            f"generation_stats needs a generation id, or a ChatResult, stream summary or "
            f"ModelRun with one, not {type(source).__name__} {source!r:.80}",
            field="generation_id",
        )
    )


class _Waits:
    """The waits between asks, and when to stop."""

    def __init__(self, core: OpenRouterCore, timeout: float, first: float, cap: float) -> None:
        self.clock = core.clock
        self.deadline = self.clock.monotonic() + timeout
        self.next = first
        self.cap = cap

    def after_404(self) -> float | None:
        """The wait before asking again, or None when it would end past the timeout."""
        wait = min(self.next, self.cap) * (0.5 + 0.5 * self.clock.jitter())
        self.next = min(self.next * 2, self.cap)
        if self.clock.monotonic() + wait > self.deadline:
            return None
        return wait


def generation_stats(
    core: OpenRouterCore,
    generation_id: Any,
    *,
    timeout: float = 30.0,
    first_wait: float = 0.5,
    max_wait: float = 8.0,
) -> Result[GenerationResponse, OpenRouterBaseError]:
    """The stats of a generation (its cost, tokens, latency...), asking until they are ready.

    ``generation_id`` is the id, a ``ChatResult``, a ``ChatStreamSummary``, a ``ModelRun``
    (its last step) or anything with a ``generation_id`` or ``id``. Returns the first ``Success``, a failure other than 404 at
    once, or the last 404 once ``timeout`` seconds would pass.
    """
    from openrouter_funcs.generations_get_generation import generations_get_generation

    found = _generation_id(generation_id)
    if found is None:
        return _no_id(generation_id)
    waits = _Waits(core, timeout, first_wait, max_wait)
    while True:
        result = generations_get_generation(core, {"id": found})
        if not isinstance(result, Failure) or not isinstance(
            result.failure(), NotFoundResponseError
        ):
            return result
        wait = waits.after_404()
        if wait is None:
            return result
        core.clock.sleep(wait)


async def generation_stats_async(
    core: OpenRouterCore,
    generation_id: Any,
    *,
    timeout: float = 30.0,
    first_wait: float = 0.5,
    max_wait: float = 8.0,
) -> Result[GenerationResponse, OpenRouterBaseError]:
    """:func:`generation_stats` on the event loop."""
    from openrouter_funcs.generations_get_generation import generations_get_generation_async

    found = _generation_id(generation_id)
    if found is None:
        return _no_id(generation_id)
    waits = _Waits(core, timeout, first_wait, max_wait)
    while True:
        result = await generations_get_generation_async(core, {"id": found})
        if not isinstance(result, Failure) or not isinstance(
            result.failure(), NotFoundResponseError
        ):
            return result
        wait = waits.after_404()
        if wait is None:
            return result
        await core.clock.async_sleep(wait)
