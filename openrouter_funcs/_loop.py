"""The tool-calling loop, written once as a generator of the I/O it needs, driven four ways.

:func:`run_loop` yields actions: :class:`Send` (one model call: a ``Result`` of a
``ChatResult`` comes back), :class:`RunTools` (run these calls: one ``Result`` per call comes
back, in call order) and :class:`Emit` (an event for a stream's reader; nothing comes back).
``call_model`` drives it with ``chat_send`` and runs tools in order; ``call_model_async`` with
``chat_send_async`` and runs a step's tools concurrently; the stream twins send with
``stream=True`` and hand every event to their reader. So the steps, the messages, the stop
rules and the failure handling are the same code in all four.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec.writer import write
from openrouter_core._text import content_text
from openrouter_core.errors import (
    OpenRouterBaseError,
    OutputRefusedError,
    OutputValidationError,
    SDKValidationError,
    ToolExecutionError,
)
from openrouter_funcs.chat_send import ChatSendError, ChatSendRequest
from openrouter_funcs.json_schema import type_name
from openrouter_funcs.model_run import (
    ModelRun,
    PendingToolCall,
    RunUsage,
    Step,
    ToolCall,
    ToolResult,
)
from openrouter_funcs.stop_conditions import DEFAULT_STOP, StopCondition, StopWhen, as_condition
from openrouter_funcs.structured_output import output_of, response_format_for
from openrouter_funcs.tools import Tool, ToolContext, tool_error_text

if TYPE_CHECKING:
    from openrouter_core import OpenRouterCore
    from openrouter_core.dicts.chat_messages import ChatMessagesDict
    from openrouter_core.models.chat_result import ChatResult

__all__ = ["CallModelError", "Emit", "RunTools", "Send", "Settings", "run_loop"]

#: What a run can fail with: ``chat_send``'s errors (for the step that failed), a tool that
#: raised under ``tool_errors="fail"``, and a final answer that does not fit ``output=``.
CallModelError: TypeAlias = (
    ChatSendError | ToolExecutionError | OutputValidationError | OutputRefusedError
)

#: ``"return"``: a tool that raises is told to the model; ``"fail"``: it ends the run.
ToolErrors: TypeAlias = Literal["return", "fail"]

#: The request key OpenRouter reads usage accounting from (cost in ``usage.cost``).
_USAGE = {"include": True}


# --- what the loop asks its driver for ----------------------------------------------------


@attrs.frozen
class Send:
    """Make one model call with ``request``; reply: ``Result[ChatResult, ChatSendError]``."""

    request: Any
    step: int


@attrs.frozen
class PlannedCall:
    """A call ready to run: its tool, decoded arguments and context."""

    tool: Tool[Any, Any]
    call: ToolCall
    arguments: Any
    context: ToolContext


@attrs.frozen
class RunTools:
    """Run these calls; reply: one ``Result[str, Exception]`` per call, in the same order."""

    calls: tuple[PlannedCall, ...]


@attrs.frozen
class Emit:
    """An event for a stream's reader (ignored by the non-streaming drivers); reply: None."""

    event: Any


Action: TypeAlias = Send | RunTools | Emit
Loop = Generator[Action, Any, Result[ModelRun[Any], CallModelError]]


# --- settings, checked once -------------------------------------------------------------


@attrs.frozen
class Settings:
    """Everything a run needs besides its conversation, checked before the first send."""

    core: OpenRouterCore
    #: The caller's request with its messages taken out (a dict, or a ``ChatSendRequest``).
    request: Any
    tools: Mapping[str, Tool[Any, Any]]
    #: The ``tools`` entries to send: the request's own, then ours.
    tool_entries: tuple[Any, ...]
    stop: StopCondition
    output_type: Any
    response_format: Any
    tool_errors: ToolErrors
    #: Function names the request's own ``tools`` entries declare: called, they wait for the
    #: caller like a manual tool's calls.
    manual_names: frozenset[str] = frozenset()
    #: The request as ``ModelRun.request`` keeps it: the caller's, without its messages.
    kept_request: Any = None
    #: Whether the driver wants ``Emit`` events (the stream twins); the others skip them.
    events: bool = False


def prepare(
    core: OpenRouterCore,
    request: Any,
    *,
    tools: Sequence[Tool[Any, Any]],
    stop_when: StopWhen | None,
    output: Any,
    tool_errors: str,
    events: bool = False,
) -> Result[tuple[Settings, list[Any]], SDKValidationError]:
    """The run's settings and its opening messages, or what is wrong with the arguments."""
    if tool_errors not in ("return", "fail"):
        return Failure(
            SDKValidationError(
                f'tool_errors must be "return" or "fail", not {tool_errors!r}', field="tool_errors"
            )
        )
    if stop_when is not None and not callable(stop_when):
        return Failure(
            SDKValidationError(
                "stop_when must be a stop condition or a function of the steps so far",
                field="stop_when",
            )
        )
    split = _split_request(request)
    if isinstance(split, Failure):
        return split
    base, messages, given_tools = split.unwrap()
    by_name: dict[str, Tool[Any, Any]] = {}
    entries: list[Any] = list(given_tools)
    for item in tools:
        if not isinstance(item, Tool):
            return Failure(
                SDKValidationError(
                    f"tools takes tools made with tool(), not {type(item).__name__}", field="tools"
                )
            )
        if item.name in by_name:
            return Failure(SDKValidationError(f"two tools are named {item.name!r}", field="tools"))
        definition = item.definition()
        if isinstance(definition, Failure):
            return definition
        by_name[item.name] = item
        entries.append(definition.unwrap())
    response_format = None
    if output is not None:
        found = response_format_for(output)
        if isinstance(found, Failure):
            return found
        response_format = found.unwrap()
    settings = Settings(
        core=core,
        request=base,
        tools=by_name,
        tool_entries=tuple(entries),
        stop=DEFAULT_STOP if stop_when is None else as_condition(stop_when),
        output_type=output,
        response_format=response_format,
        tool_errors=tool_errors,  # type: ignore[arg-type]  # checked above
        manual_names=frozenset(_function_names(given_tools)),
        kept_request=_kept(base, given_tools),
        events=events,
    )
    return Success((settings, messages))


def _split_request(request: Any) -> Result[tuple[Any, list[Any], list[Any]], SDKValidationError]:
    """The request without its messages and tools, its messages, and its own tools entries."""
    if isinstance(request, str):
        return Success(({}, [{"role": "user", "content": request}], []))
    if isinstance(request, ChatSendRequest):
        body = request.body
        if not isinstance(body.messages, (list, tuple)):
            return Failure(SDKValidationError("body.messages must be a list", field="messages"))
        if not isinstance(body.tools or [], (list, tuple)):
            return Failure(SDKValidationError("body.tools must be a list", field="tools"))
        kept = attrs.evolve(request, body=attrs.evolve(body, messages=[], tools=None))
        return Success(
            (kept, [_wire(message) for message in body.messages], list(body.tools or ()))
        )
    if isinstance(request, Mapping):
        base: dict[str, Any] = dict(request)
        # The loop asks for whole answers (or streams, in the stream twins) itself.
        base.pop("stream", None)
        if "body" in base and isinstance(base["body"], Mapping):
            base = {**{k: v for k, v in base.items() if k != "body"}, **base["body"]}
        messages = base.pop("messages", None)
        if not isinstance(messages, (list, tuple)):
            return Failure(
                SDKValidationError("the request needs messages (a list)", field="messages")
            )
        given_tools = base.pop("tools", None) or []
        if not isinstance(given_tools, (list, tuple)):
            return Failure(SDKValidationError("the request's tools must be a list", field="tools"))
        return Success((base, [_wire(message) for message in messages], list(given_tools)))
    return Failure(
        SDKValidationError(
            f"request must be a str, a dict or a ChatSendRequest, not {type(request).__name__}"
        )
    )


def _kept(base: Any, given_tools: list[Any]) -> Any:
    if isinstance(base, ChatSendRequest):
        return attrs.evolve(base, body=attrs.evolve(base.body, tools=given_tools or None))
    return {**base, "tools": given_tools} if given_tools else base


def with_messages(request: Any, messages: Sequence[Any]) -> Any:
    """A run's kept request with ``messages`` as its conversation (to continue the run)."""
    if isinstance(request, ChatSendRequest):
        return attrs.evolve(request, body=attrs.evolve(request.body, messages=list(messages)))
    return {**(request or {}), "messages": list(messages)}


def _function_names(entries: Sequence[Any]) -> list[str]:
    names = []
    for entry in entries:
        function = (
            entry.get("function")
            if isinstance(entry, Mapping)
            else getattr(entry, "function", None)
        )
        name = (
            function.get("name")
            if isinstance(function, Mapping)
            else getattr(function, "name", None)
        )
        if isinstance(name, str):
            names.append(name)
    return names


def _wire(message: Any) -> Any:
    """A message in wire form: a dict as it is, a model as the dict ``chat_send`` would send."""
    return message if isinstance(message, Mapping) else write(message)


def step_request(settings: Settings, messages: Sequence[Any]) -> Any:
    """The request for the next model call: the caller's, with the conversation so far."""
    base = settings.request
    tools = list(settings.tool_entries) or None
    if isinstance(base, ChatSendRequest):
        body = base.body
        extra = (
            body.extra_fields
            if "usage" in body.extra_fields
            else {**body.extra_fields, "usage": _USAGE}
        )
        changes: dict[str, Any] = {
            "messages": list(messages),
            "tools": tools,
            "extra_fields": extra,
        }
        if settings.response_format is not None:
            changes["response_format"] = settings.response_format
        return attrs.evolve(base, body=attrs.evolve(body, **changes))
    request = dict(base)
    request["messages"] = list(messages)
    if tools:
        request["tools"] = tools
    if settings.response_format is not None:
        request["response_format"] = settings.response_format
    extra = request.get("extra_fields") or {}
    if isinstance(extra, Mapping) and "usage" not in extra:
        # (extra_fields that is not a dict is left for chat_send to refuse by name.)
        request["extra_fields"] = {**extra, "usage": _USAGE}
    return request


# --- the loop -----------------------------------------------------------------------------


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
        calls = tuple(_tool_call(raw) for raw in _listed(raw_calls))
        if settings.events:
            for call in calls:
                yield Emit(call)
        outcome = yield from _run_calls(settings, state, number, calls)
        if isinstance(outcome, Failure):
            step = _step(number, result, calls, outcome.failure()[1], clock.monotonic() - started)
            state.steps.append(step)
            return _failed(outcome.failure()[0], settings, state, pending=outcome.failure()[2])
        results, pending = outcome.unwrap()
        step = _step(number, result, calls, results, clock.monotonic() - started)
        state.steps.append(step)
        if settings.events:
            yield Emit(StepDone(step))
        if not calls:
            return _finished(settings, state, result)
        if pending:
            return Success(_run(settings, state, "pending_tool_calls", pending))
        stopped = _stop_check(settings, state)
        if stopped is not None:
            return stopped


def _stop_check(settings: Settings, state: _State) -> Result[ModelRun[Any], CallModelError] | None:
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


@attrs.frozen
class StepDone:
    """Emitted once a step's tool results are in (the stream's ``StepFinished``)."""

    step: Step


_CallsOutcome = Result[
    tuple[tuple[ToolResult, ...], tuple[PendingToolCall, ...]],
    tuple[ToolExecutionError, tuple[ToolResult, ...], tuple[PendingToolCall, ...]],
]


#: A person's decision on a call awaiting approval: run it (True), or not (False, or the
#: reason as text, which the model is told).
Decision: TypeAlias = bool | str


def _run_calls(
    settings: Settings,
    state: _State,
    number: int,
    calls: Sequence[ToolCall],
    decisions: Mapping[str, Decision] | None = None,
) -> Generator[Action, Any, _CallsOutcome]:
    """Run a step's calls: results in call order (appended to the messages), and the waiting.

    ``decisions`` (from ``resume_run``) settles every call instead of the tools' own rules.
    """
    planned: list[tuple[int, PlannedCall]] = []
    # By position, not id: a model may (wrongly) give two calls one id; each still gets its own.
    answers: dict[int, ToolResult] = {}
    pending: list[PendingToolCall] = []
    context_messages = tuple(state.messages)
    for position, call in enumerate(calls):
        tool = settings.tools.get(call.name)
        decision = None if decisions is None else decisions.get(call.id, False)
        if decision is not None and decision is not True:
            answers[position] = _denied(call, decision)
            continue
        if tool is None and call.name in settings.manual_names:
            pending.append(PendingToolCall(call=call, awaiting_approval=False))
            continue
        if tool is None:
            answers[position] = _unknown_tool(call, settings)
            continue
        decoded = tool.decode_arguments(call.raw_arguments)
        if isinstance(decoded, Failure):
            answers[position] = ToolResult(
                tool_call_id=call.id,
                name=call.name,
                content=decoded.failure(),
                problem="invalid_arguments",
            )
        elif tool.is_manual:
            pending.append(PendingToolCall(call=call, awaiting_approval=False))
        elif decision is None and tool.needs_approval(decoded.unwrap()):
            pending.append(PendingToolCall(call=call, awaiting_approval=True))
        else:
            context = ToolContext(
                step=number, messages=context_messages, core=settings.core, tool_call_id=call.id
            )
            planned.append((position, PlannedCall(tool, call, decoded.unwrap(), context)))
    ran: Sequence[Result[Any, Exception]] = (
        (yield RunTools(tuple(plan for _, plan in planned))) if planned else ()
    )
    for (position, plan), outcome in zip(planned, ran, strict=True):
        answers[position] = _tool_result(plan, outcome)
    results = tuple(answers[position] for position in sorted(answers))
    if settings.tool_errors == "fail":
        for (_, plan), outcome in zip(planned, ran, strict=True):
            if isinstance(outcome, Failure):
                error = ToolExecutionError(plan.call.name, plan.call.id, outcome.failure())
                # Nothing of the failed step is sent back: its calls are all left pending.
                unrun = tuple(PendingToolCall(call=c, awaiting_approval=False) for c in calls)
                return Failure((error, results, unrun))
    for result in results:
        state.messages.append(tool_message(result))
        if settings.events:
            yield Emit(result)
    return Success((results, tuple(pending)))


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


def resume_loop(settings: Settings, run: ModelRun[Any], decisions: Mapping[str, Decision]) -> Loop:
    """Settle a stopped run's pending calls as decided, then go on stepping."""
    state = _State(messages=list(run.messages), steps=list(run.steps), usage=run.usage)
    last = state.steps[-1]
    calls = tuple(pending.call for pending in run.pending_tool_calls)
    started = settings.core.clock.monotonic()
    outcome = yield from _run_calls(settings, state, last.number, calls, decisions)
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
        yield Emit(StepDone(step))
    stopped = _stop_check(settings, state)
    if stopped is not None:
        return stopped
    return (yield from run_loop(settings, state.messages, steps=state.steps, usage=state.usage))


def _tool_call(raw: Any) -> ToolCall:
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


def _finished(
    settings: Settings, state: _State, result: ChatResult
) -> Result[ModelRun[Any], CallModelError]:
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
) -> Result[ModelRun[Any], CallModelError]:
    """``Failure(error)`` with the run so far attached as ``error.partial_run``."""
    if isinstance(error, OpenRouterBaseError):
        error.partial_run = _run(settings, state, "failed", pending)
    return Failure(error)
