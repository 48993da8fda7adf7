"""What ``generation_stats`` asks about and how long it waits between asks.

The generation id is found in whatever the caller passes; the waits double from
``first_wait``, capped at ``max_wait``, each jittered to between half and all of it, and stop
when the next would end past the timeout (see ``_generation_stats``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from returns.result import Failure

from openrouter_core.errors import OpenRouterBaseError, SDKValidationError

if TYPE_CHECKING:
    from openrouter_core._core import OpenRouterCore

__all__ = ["Waits", "generation_id_in", "no_id"]


def generation_id_in(source: Any) -> str | None:
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


def no_id(source: Any) -> Failure[OpenRouterBaseError]:
    return Failure(
        SDKValidationError(
            f"generation_stats needs a generation id, or a ChatResult, stream summary or "
            f"ModelRun with one, not {type(source).__name__} {source!r:.80}",
            field="generation_id",
        )
    )


class Waits:
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
