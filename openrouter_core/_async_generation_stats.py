"""Asking for a generation's stats until OpenRouter has them (see ``_generation_stats``).

Written once, async; ``python -m codegen`` writes the sync twin ``_sync_generation_stats``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from returns.result import Failure, Result

from openrouter_core._generation_waits import Waits, generation_id_in, no_id
from openrouter_core.errors import NotFoundResponseError, OpenRouterBaseError

if TYPE_CHECKING:
    from openrouter_core._core import OpenRouterCore
    from openrouter_core.models.generation_response import GenerationResponse

__all__ = ["generation_stats_async"]


async def generation_stats_async(
    core: OpenRouterCore,
    generation_id: Any,
    *,
    timeout: float = 30.0,
    first_wait: float = 0.5,
    max_wait: float = 8.0,
) -> Result[GenerationResponse, OpenRouterBaseError]:
    """The stats of a generation (its cost, tokens, latency...), asking until they are ready.

    ``generation_id`` is the id, a ``ChatResult``, a ``ChatStreamSummary``, a ``ModelRun``
    (its last step) or anything with a ``generation_id`` or ``id``. Returns the first
    ``Success``, a failure other than 404 at once, or the last 404 once ``timeout`` seconds
    would pass.
    """
    from openrouter_funcs.generations_get_generation import generations_get_generation_async

    found = generation_id_in(generation_id)
    if found is None:
        return no_id(generation_id)
    waits = Waits(core, timeout, first_wait, max_wait)
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
