"""A step's tool calls: read from the model's message, planned, run (by the driver), answered.

:func:`run_calls` decides for each call whether it runs now, waits for the caller (a manual
tool, a call needing approval), or is answered at once (an unknown tool, arguments that do
not fit, a denied call); the calls that run go to the driver as one :class:`RunTools`, and
each call's ``tool`` message joins the conversation in call order.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core.errors import SDKValidationError, ToolExecutionError
from openrouter_funcs._loop_actions import Action, Decision, Emit, PlannedCall, RunTools
from openrouter_funcs.model_run import ModelRun, PendingToolCall, ToolCall, ToolResult
from openrouter_funcs.tools import ToolContext, tool_error_text

if TYPE_CHECKING:
    from openrouter_funcs._run_settings import Settings

__all__ = ["check_decisions", "read_tool_call", "run_calls", "tool_message"]

#: A step's results and the calls left waiting; or, under ``tool_errors="fail"``, the error
#: of the tool that raised, the results so far and every call of the step (all unsent).
CallsOutcome = Result[
    tuple[tuple[ToolResult, ...], tuple[PendingToolCall, ...]],
    tuple[ToolExecutionError, tuple[ToolResult, ...], tuple[PendingToolCall, ...]],
]


@attrs.define
class _Plan:
    """A step's calls sorted out: those to run, those answered already, those that wait."""

    # By position, not id: a model may (wrongly) give two calls one id; each still gets its own.
    run: list[tuple[int, PlannedCall]] = attrs.Factory(list)
    answers: dict[int, ToolResult] = attrs.Factory(dict)
    pending: list[PendingToolCall] = attrs.Factory(list)


def run_calls(
    settings: Settings,
    messages: list[Any],
    number: int,
    calls: Sequence[ToolCall],
    decisions: Mapping[str, Decision] | None = None,
) -> Generator[Action, Any, CallsOutcome]:
    """Run a step's calls: results in call order (appended to ``messages``), and the waiting.

    ``decisions`` (from ``resume_run``) settles every call instead of the tools' own rules.
    """
    plan = _plan(settings, tuple(messages), number, calls, decisions)
    ran: Sequence[Result[Any, Exception]] = (
        (yield RunTools(tuple(planned for _, planned in plan.run))) if plan.run else ()
    )
    for (position, planned), outcome in zip(plan.run, ran, strict=True):
        plan.answers[position] = _tool_result(planned, outcome)
    results = tuple(plan.answers[position] for position in sorted(plan.answers))
    if settings.tool_errors == "fail":
        for (_, planned), outcome in zip(plan.run, ran, strict=True):
            if isinstance(outcome, Failure):
                error = ToolExecutionError(planned.call.name, planned.call.id, outcome.failure())
                # Nothing of the failed step is sent back: its calls are all left pending.
                unrun = tuple(PendingToolCall(call=c, awaiting_approval=False) for c in calls)
                return Failure((error, results, unrun))
    for result in results:
        messages.append(tool_message(result))
        if settings.events:
            yield Emit(result)
    return Success((results, tuple(plan.pending)))


def _plan(
    settings: Settings,
    messages: tuple[Any, ...],
    number: int,
    calls: Sequence[ToolCall],
    decisions: Mapping[str, Decision] | None,
) -> _Plan:
    plan = _Plan()
    for position, call in enumerate(calls):
        tool = settings.tools.get(call.name)
        decision = None if decisions is None else decisions.get(call.id, False)
        if decision is not None and decision is not True:
            plan.answers[position] = _denied(call, decision)
            continue
        if tool is None and call.name in settings.manual_names:
            plan.pending.append(PendingToolCall(call=call, awaiting_approval=False))
            continue
        if tool is None:
            plan.answers[position] = _unknown_tool(call, settings)
            continue
        decoded = tool.decode_arguments(call.raw_arguments)
        if isinstance(decoded, Failure):
            plan.answers[position] = ToolResult(
                tool_call_id=call.id,
                name=call.name,
                content=decoded.failure(),
                problem="invalid_arguments",
            )
        elif tool.is_manual:
            plan.pending.append(PendingToolCall(call=call, awaiting_approval=False))
        elif decision is None and tool.needs_approval(decoded.unwrap()):
            plan.pending.append(PendingToolCall(call=call, awaiting_approval=True))
        else:
            context = ToolContext(
                step=number, messages=messages, core=settings.core, tool_call_id=call.id
            )
            plan.run.append((position, PlannedCall(tool, call, decoded.unwrap(), context)))
    return plan


def _denied(call: ToolCall, decision: Decision) -> ToolResult:
    reason = f" Reason: {decision}" if isinstance(decision, str) and decision else ""
    return ToolResult(
        tool_call_id=call.id,
        name=call.name,
        content=f"The user denied this call to {call.name}; it was not run.{reason}",
        problem="denied",
    )


def check_decisions(
    run: ModelRun[Any], decisions: Mapping[str, Decision]
) -> SDKValidationError | None:
    """Why ``resume_run`` cannot go on with these decisions, or None."""
    if not run.pending_tool_calls:
        return SDKValidationError(
            f"the run has no pending tool calls to decide (it stopped by {run.stopped_by})",
            field="run",
        )
    waiting = {pending.call.id: pending for pending in run.pending_tool_calls}
    for call_id, decision in decisions.items():
        if call_id not in waiting:
            return SDKValidationError(
                f"{call_id!r} is not a pending tool call of the run; pending: {', '.join(waiting)}",
                field=f"approvals[{call_id}]",
            )
        if not isinstance(decision, (bool, str)):
            return SDKValidationError(
                "a decision is True (run it), False or a reason (deny it)",
                field=f"approvals[{call_id}]",
            )
    for call_id, pending in waiting.items():
        if not pending.awaiting_approval and decisions.get(call_id, False) is True:
            return SDKValidationError(
                f"{call_id!r} calls {pending.call.name!r}, which the caller runs: send its result"
                " as a tool message with the run's messages instead",
                field=f"approvals[{call_id}]",
            )
        if pending.awaiting_approval and call_id not in decisions:
            return SDKValidationError(
                f"no decision for {call_id!r} ({pending.call.name}): approve it (True) or deny it"
                " (False or a reason)",
                field=f"approvals[{call_id}]",
            )
    return None


def read_tool_call(raw: Any) -> ToolCall:
    """A model's tool call with its arguments decoded (None when they are not JSON)."""
    function = _get(raw, "function")
    text = _get(function, "arguments")
    if isinstance(text, str):
        raw_arguments = text
    else:
        try:  # forgiving decoding keeps arguments sent as an object as they came
            raw_arguments = "" if text is None else json.dumps(text)
        except (TypeError, ValueError):
            raw_arguments = str(text)
    try:
        arguments = json.loads(raw_arguments) if raw_arguments.strip() else {}
    except (ValueError, RecursionError):
        arguments = None
    name = _get(function, "name")
    call_id = _get(raw, "id")
    return ToolCall(
        id=call_id if isinstance(call_id, str) else "",
        name=name if isinstance(name, str) else "",
        arguments=arguments,
        raw_arguments=raw_arguments,
    )


def _get(obj: Any, name: str) -> Any:
    """A field of a model, or a key of a dict (what forgiving decoding keeps for a misfit)."""
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _unknown_tool(call: ToolCall, settings: Settings) -> ToolResult:
    names = ", ".join(sorted(settings.tools)) or "none"
    return ToolResult(
        tool_call_id=call.id,
        name=call.name,
        content=f"There is no tool named {call.name!r}. The tools you can call: {names}.",
        problem="unknown_tool",
    )


def _tool_result(plan: PlannedCall, outcome: Result[Any, Exception]) -> ToolResult:
    if isinstance(outcome, Failure):
        return ToolResult(
            tool_call_id=plan.call.id,
            name=plan.call.name,
            content=tool_error_text(outcome.failure()),
            problem="raised",
        )
    return ToolResult(tool_call_id=plan.call.id, name=plan.call.name, content=outcome.unwrap())


def tool_message(result: ToolResult) -> dict[str, Any]:
    """The ``tool`` message that carries a result back to the model."""
    return {"role": "tool", "tool_call_id": result.tool_call_id, "content": result.content}
