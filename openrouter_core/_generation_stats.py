"""A generation's stats once OpenRouter has them: ``/generation`` answers 404 for a while.

:func:`generation_stats` asks again through that window, waiting longer each time (doubling
from ``first_wait``, capped at ``max_wait``, each wait jittered to between half and all of
it so that many callers spread out), on the core's clock, and gives up when the next wait
would end past ``timeout`` seconds: it then returns the last 404's ``Failure``. Any other
failure is returned at once.

Written once, async (``_async_generation_stats``); ``python -m codegen`` writes the sync
function (``_sync_generation_stats``).
"""

from __future__ import annotations

from openrouter_core._async_generation_stats import generation_stats_async
from openrouter_core._sync_generation_stats import generation_stats

__all__ = ["generation_stats", "generation_stats_async"]
