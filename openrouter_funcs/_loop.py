"""The tool-calling loop, written once as a generator of the I/O it needs, driven four ways.

:func:`run_loop` yields the actions of :mod:`openrouter_funcs._loop_actions`: ``Send`` (one
model call), ``RunTools`` (a step's tool calls) and ``Emit`` (an event for a stream's reader).
``call_model`` drives it with ``chat_send`` and runs tools in order; ``call_model_async`` with
``chat_send_async`` and runs a step's tools concurrently; the stream twins send with
``stream=True`` and hand every event to their reader (the drivers are in
:mod:`openrouter_funcs._loop_drivers`). So the steps, the messages, the stop rules and the
failure handling are the same code in all four.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec.writer import write
from openrouter_core._text import content_text
from openrouter_core.errors import (
    OpenRouterBaseError,
    OutputValidationError,
    SDKValidationError,
)
from openrouter_funcs._loop_actions import (
    Decision,
    Emit,
    Loop,
    Outcome,
    Send,
    StepFinished,
)
from openrouter_funcs._run_settings import Settings, step_request
from openrouter_funcs._step_tools import read_tool_call, run_calls
from openrouter_funcs.chat_send import ChatSendError
from openrouter_funcs.json_schema import type_name
from openrouter_funcs.model_run import (
    ModelRun,
    PendingToolCall,
    RunUsage,
    Step,
    ToolCall,
    ToolResult,
)
from openrouter_funcs.structured_output import output_of

if TYPE_CHECKING:
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.models.chat_result import ChatResult

__all__ = ["resume_loop", "run_loop"]


@attrs.define
class _State:
    """A run in progress (the loop's own, never shared)."""

    messages: list[Any]
    steps: list[Step] = attrs.Factory(list)
    usage: RunUsage = attrs.Factory(RunUsage)


def run_loop(
    settings: Settings,
    messages: list[Any],
    *,
    steps: Sequence[Step] = (),
    usage: RunUsage | None = None,
) -> Loop:
    """Steps until the model answers, a stop condition holds, or a call must wait."""
    state = _State(messages=list(messages), steps=list(steps), usage=usage or RunUsage())
    clock = settings.core.clock
    while True:
        number = len(state.steps) + 1
        started = clock.monotonic()
        sent: Result[ChatResult, ChatSendError] = yield Send(
            step_request(settings, state.messages), number
        )
        if isinstance(sent, Failure):
            return _failed(sent.failure(), settings, state)
        result = sent.unwrap()
        state.usage = state.usage.plus(result.usage)
        message = _first_message(result)
        if message is not None:
            state.messages.append(write(message))
        raw_calls = getattr(message, "tool_calls", None)
        calls = tuple(read_tool_call(raw) for raw in _listed(raw_calls))
        if settings.events:
            for call in calls:
                yield Emit(call)
        outcome = yield from run_calls(settings, state.messages, number, calls)
        if isinstance(outcome, Failure):
            step = _step(number, result, calls, outcome.failure()[1], clock.monotonic() - started)
            state.steps.append(step)
            return _failed(outcome.failure()[0], settings, state, pending=outcome.failure()[2])
        results, pending = outcome.unwrap()
        step = _step(number, result, calls, results, clock.monotonic() - started)
        state.steps.append(step)
        if settings.events:
            yield Emit(StepFinished(step))
        if not calls:
            return _finished(settings, state, result)
        if pending:
            return Success(_run(settings, state, "pending_tool_calls", pending))
        stopped = _stop_check(settings, state)
        if stopped is not None:
            return stopped


def _stop_check(settings: Settings, state: _State) -> Outcome | None:
    """The run's end if a stop condition holds (or raised), else None."""
    try:
        held = settings.stop.holding(state.steps)
    except Exception as exc:  # the caller's own condition; its error is theirs to see
        problem = SDKValidationError(
            f"stop_when raised {type(exc).__name__}: {exc}", field="stop_when", cause=exc
        )
        return _failed(problem, settings, state)
    return None if held is None else Success(_run(settings, state, held))


def _first_message(result: ChatResult) -> Any:
    """The first choice's message, or None (no choices, or a body of another shape)."""
    choices = result.choices
    if not isinstance(choices, list) or not choices:
        return None
    return getattr(choices[0], "message", None)


def _listed(value: Any) -> Sequence[Any]:
    return value if isinstance(value, (list, tuple)) else ()


def resume_loop(settings: Settings, run: ModelRun[Any], decisions: Mapping[str, Decision]) -> Loop:
    """Settle a stopped run's pending calls as decided, then go on stepping."""
    state = _State(messages=list(run.messages), steps=list(run.steps), usage=run.usage)
    last = state.steps[-1]
    calls = tuple(pending.call for pending in run.pending_tool_calls)
    started = settings.core.clock.monotonic()
    outcome = yield from run_calls(settings, state.messages, last.number, calls, decisions)
    if isinstance(outcome, Failure):
        error, _, unrun = outcome.failure()
        return _failed(error, settings, state, pending=unrun)
    results, _ = outcome.unwrap()
    order = {call.id: position for position, call in enumerate(last.tool_calls)}
    step = attrs.evolve(
        last,
        tool_results=tuple(
            sorted((*last.tool_results, *results), key=lambda r: order.get(r.tool_call_id, 0))
        ),
        duration_s=last.duration_s + settings.core.clock.monotonic() - started,
    )
    state.steps[-1] = step
    if settings.events:
        yield Emit(StepFinished(step))
    stopped = _stop_check(settings, state)
    if stopped is not None:
        return stopped
    return (yield from run_loop(settings, state.messages, steps=state.steps, usage=state.usage))


def _step(
    number: int,
    result: ChatResult,
    calls: tuple[ToolCall, ...],
    results: tuple[ToolResult, ...],
    duration: float,
) -> Step:
    return Step(
        number=number,
        result=result,
        tool_calls=calls,
        tool_results=results,
        usage=result.usage,
        duration_s=duration,
    )


def _run(
    settings: Settings,
    state: _State,
    stopped_by: str,
    pending: Sequence[PendingToolCall] = (),
    output: Any = None,
) -> ModelRun[Any]:
    return ModelRun(
        text=_last_text(state.steps),
        messages=cast("tuple[ChatMessagesDict, ...]", tuple(state.messages)),
        steps=tuple(state.steps),
        usage=state.usage,
        stopped_by=stopped_by,
        pending_tool_calls=tuple(pending),
        output=output,
        request=settings.kept_request,
        output_type=settings.output_type,
        tool_errors=settings.tool_errors,
    )


def _last_text(steps: Sequence[Step]) -> str:
    message = _first_message(steps[-1].result) if steps else None
    return content_text(getattr(message, "content", None))


def _finished(settings: Settings, state: _State, result: ChatResult) -> Outcome:
    if settings.output_type is None:
        return Success(_run(settings, state, "finished"))
    if _first_message(result) is None:
        missing = OutputValidationError(
            "", "$", "the response has no message", output_name=type_name(settings.output_type)
        )
        return _failed(missing, settings, state)
    parsed = output_of(result, settings.output_type)
    if isinstance(parsed, Failure):
        return _failed(parsed.failure(), settings, state)
    return Success(_run(settings, state, "finished", output=parsed.unwrap()))


def _failed(
    error: Any,
    settings: Settings,
    state: _State,
    *,
    pending: Sequence[PendingToolCall] = (),
) -> Outcome:
    """``Failure(error)`` with the run so far attached as ``error.partial_run``."""
    if isinstance(error, OpenRouterBaseError):
        error.partial_run = _run(settings, state, "failed", pending)
    return Failure(error)
