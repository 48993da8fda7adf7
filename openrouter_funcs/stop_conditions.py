"""When a ``call_model`` run stops: conditions checked after each step, composable with ``|``.

A condition looks at the steps done so far (after the step's tool calls ran) and says whether
the run should end there. ``step_count_is(3) | max_cost(0.10)`` ends at whichever holds first;
any function of the steps (``Callable[[Sequence[Step]], bool]``) works as a condition too and
composes the same way. ``ModelRun.stopped_by`` names the condition that held.

The loop's default is ``step_count_is(10)``, so a model that keeps calling tools cannot loop
forever. A ``stop_when`` you pass replaces it: keep a step cap in it
(``has_tool_call("done") | step_count_is(20)``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeAlias

import attrs

from openrouter_funcs.model_run import Step

__all__ = [
    "DEFAULT_STOP",
    "StopCondition",
    "StopWhen",
    "has_tool_call",
    "max_cost",
    "max_tokens",
    "step_count_is",
]


@attrs.frozen
class StopCondition:
    """A named test of the steps so far; ``a | b`` holds when either holds."""

    #: How ``ModelRun.stopped_by`` names it (``"step_count_is(3)"``).
    name: str
    test: Callable[[Sequence[Step]], bool] = attrs.field(repr=False)
    #: The conditions a ``|`` joined, checked in order (empty for a plain condition).
    parts: tuple[StopCondition, ...] = attrs.field(default=(), repr=False)

    def __call__(self, steps: Sequence[Step]) -> bool:
        return self.holding(steps) is not None

    def __or__(self, other: StopWhen) -> StopCondition:
        return _any_of(self, as_condition(other))

    def __ror__(self, other: StopWhen) -> StopCondition:
        return _any_of(as_condition(other), self)

    def holding(self, steps: Sequence[Step]) -> str | None:
        """The name of the (first) condition that holds for ``steps``, or None."""
        if not self.parts:
            return self.name if self.test(steps) else None
        for part in self.parts:
            found = part.holding(steps)
            if found is not None:
                return found
        return None


def _any_of(first: StopCondition, second: StopCondition) -> StopCondition:
    parts = (*(first.parts or (first,)), *(second.parts or (second,)))
    return StopCondition(
        " | ".join(part.name for part in parts),
        lambda steps: any(part.test(steps) for part in parts),
        parts,
    )


#: What ``stop_when=`` takes: a condition, or any function of the steps so far.
StopWhen: TypeAlias = StopCondition | Callable[[Sequence[Step]], bool]


def as_condition(stop_when: StopWhen) -> StopCondition:
    """``stop_when`` as a condition; a plain function is named after itself."""
    if isinstance(stop_when, StopCondition):
        return stop_when
    name = getattr(stop_when, "__qualname__", None) or repr(stop_when)
    return StopCondition(name, stop_when)


def step_count_is(count: int) -> StopCondition:
    """Stop once the run has made ``count`` model calls."""
    return StopCondition(f"step_count_is({count})", lambda steps: len(steps) >= count)


def has_tool_call(name: str) -> StopCondition:
    """Stop after a step in which the model called the tool ``name`` (its result is sent)."""

    def called(steps: Sequence[Step]) -> bool:
        return bool(steps) and any(call.name == name for call in steps[-1].tool_calls)

    return StopCondition(f"has_tool_call({name!r})", called)


def max_cost(usd: float) -> StopCondition:
    """Stop once the run's steps have cost ``usd`` or more (from each step's ``usage.cost``).

    The check follows each step, so the step that crosses the limit is paid for: pick a limit
    one step's cost below what you can afford.
    """
    return StopCondition(f"max_cost({usd})", lambda steps: sum(step.cost for step in steps) >= usd)


def max_tokens(count: int) -> StopCondition:
    """Stop once the run's steps have used ``count`` tokens or more (``usage.total_tokens``)."""

    def used(steps: Sequence[Step]) -> bool:
        total = 0
        for step in steps:
            tokens = getattr(step.usage, "total_tokens", 0)
            total += tokens if isinstance(tokens, int) else 0
        return total >= count

    return StopCondition(f"max_tokens({count})", used)


#: The loop's default: at most ten model calls.
DEFAULT_STOP = step_count_is(10)
