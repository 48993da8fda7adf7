"""``call_model``: let a model call your Python functions until it answers, as one ``Result``.

Each step sends the conversation with ``chat_send`` (the request you give: a ``str``, a dict
or a ``ChatSendRequest``, with the tools' schemas added and usage accounting asked for), runs
the tool calls the model asked for, appends the assistant message (its ``tool_calls`` and
``reasoning_details`` as received) and one ``tool`` message per call, in call order, and
goes again, until the model answers without tool calls or a stop condition holds (default:
ten steps, see :mod:`openrouter_funcs.stop_conditions`).

Nothing raises (``KeyboardInterrupt`` and cancellation propagate). A failed model call ends
the run with that call's ``Failure``, the steps before it attached as ``error.partial_run``.
A tool that raises, arguments that are not JSON or do not fit, or a tool name that does not
exist go back to the model as the ``tool`` message (models usually correct themselves) and
are recorded in the step; ``tool_errors="fail"`` ends the run with ``ToolExecutionError``
when a tool raises instead. A manual tool's call (no ``execute``) or one that needs approval
stops the run with it in ``pending_tool_calls``; ``resume_run`` decides approvals and goes on.

``call_model_async`` runs a step's tool calls concurrently (at most ``max_concurrent_tools``
at once; sync tools in worker threads); ``call_model`` runs them in order.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from functools import partial
from typing import Any, TypeVar, overload

from returns.result import Failure, Result

# Imported at run time, not only for type checkers: typing.get_type_hints(call_model) must
# resolve (the package's property tests read every function's request type that way), and
# chat_send and the tools module load them anyway.
from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.errors import SDKValidationError
from openrouter_funcs._loop import resume_loop, run_loop
from openrouter_funcs._loop_actions import CallModelError, Decision, Loop, Outcome, Send, ToolErrors
from openrouter_funcs._loop_drivers import (
    Item,
    StepReply,
    drive,
    drive_async,
    run_tools_concurrently,
    run_tools_in_order,
)
from openrouter_funcs._run_settings import prepare, with_messages
from openrouter_funcs._step_tools import check_decisions
from openrouter_funcs.chat_send import (
    ChatSendRequest,
    ChatSendRequestDict,
    ChatSendStreamingRequestDict,
    chat_send,
    chat_send_async,
)
from openrouter_funcs.model_run import ModelRun
from openrouter_funcs.stop_conditions import DEFAULT_STOP, StopWhen
from openrouter_funcs.tools import Tool

__all__ = [
    "CallModelError",
    "Decision",
    "call_model",
    "call_model_async",
    "resume_run",
    "resume_run_async",
]

T = TypeVar("T")

#: How many of a step's tool calls ``call_model_async`` runs at once by default.
MAX_CONCURRENT_TOOLS = 8


@overload
def call_model(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: None = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelRun[None], CallModelError]: ...


@overload
def call_model(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: type[T],
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelRun[T], CallModelError]: ...


def call_model(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: Any = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelRun[Any], CallModelError]:
    """Run the model with ``tools`` until it answers or ``stop_when`` holds.

    Args:
        core: The ``OpenRouterCore`` to send with.
        request: A user message (``str``), or what ``chat_send`` takes (``messages``,
            ``model``/``models``, ``provider``, ``reasoning``, ...).
        tools: Tools made with ``tool()``; their schemas are added to the request's ``tools``.
        stop_when: When to stop, checked after each step (default ``step_count_is(10)``);
            conditions compose with ``|``, and any function of the steps works.
        output: A type (attrs class, dataclass, ``TypedDict``, ``list[X]``, ...) the final
            answer is read into (``run.output``); the request asks for that JSON Schema.
        tool_errors: ``"return"`` (a tool that raises is told to the model) or ``"fail"``
            (the run ends with ``ToolExecutionError``).
        options: Per-call options for every model call of the run (retries, timeout, ...).

    Returns:
        ``Success(ModelRun)``, or ``Failure`` with ``chat_send``'s error of the step that
        failed, ``ToolExecutionError``, ``OutputValidationError`` or ``OutputRefusedError``;
        the run so far is the error's ``partial_run``.
    """
    prepared = prepare(
        core, request, tools=tools, stop_when=stop_when, output=output, tool_errors=tool_errors
    )
    if isinstance(prepared, Failure):
        return prepared
    settings, messages = prepared.unwrap()
    return _drive(core, run_loop(settings, messages), options)


@overload
async def call_model_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: None = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> Result[ModelRun[None], CallModelError]: ...


@overload
async def call_model_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: type[T],
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> Result[ModelRun[T], CallModelError]: ...


async def call_model_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: Any = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> Result[ModelRun[Any], CallModelError]:
    """``call_model`` for asyncio: a step's tool calls run concurrently, results in call order.

    ``max_concurrent_tools`` bounds how many run at once (sync tools run in worker threads).
    """
    prepared = prepare(
        core, request, tools=tools, stop_when=stop_when, output=output, tool_errors=tool_errors
    )
    if isinstance(prepared, Failure):
        return prepared
    settings, messages = prepared.unwrap()
    return await _drive_async(core, run_loop(settings, messages), options, max_concurrent_tools)


def resume_run(
    core: OpenRouterCore,
    run: ModelRun[T],
    approvals: Mapping[str, Decision],
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ModelRun[T], CallModelError]:
    """Continue a run that stopped with calls awaiting approval.

    ``approvals`` maps each pending call's ``tool_call_id`` to ``True`` (run it) or ``False``
    / a reason (deny it: the model is told, with the reason). Every call awaiting approval
    needs a decision. Pass the same ``tools`` as the run had; the request, ``output`` type and
    ``tool_errors`` mode are the run's own. The steps go on from where the run stopped.
    """
    ready = _resumed(core, run, approvals, tools, stop_when)
    if isinstance(ready, Failure):
        return ready
    return _drive(core, ready.unwrap(), options)


async def resume_run_async(
    core: OpenRouterCore,
    run: ModelRun[T],
    approvals: Mapping[str, Decision],
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> Result[ModelRun[T], CallModelError]:
    """``resume_run`` for asyncio (approved calls run concurrently)."""
    ready = _resumed(core, run, approvals, tools, stop_when)
    if isinstance(ready, Failure):
        return ready
    return await _drive_async(core, ready.unwrap(), options, max_concurrent_tools)


def _resumed(
    core: OpenRouterCore,
    run: ModelRun[Any],
    approvals: Mapping[str, Decision],
    tools: Sequence[Tool[Any, Any]],
    stop_when: StopWhen,
) -> Result[Loop, SDKValidationError]:
    if not isinstance(run, ModelRun):
        return Failure(SDKValidationError("run must be a ModelRun", field="run"))
    if not isinstance(approvals, Mapping):
        return Failure(
            SDKValidationError("approvals must map tool_call_id to a decision", field="approvals")
        )
    problem = check_decisions(run, approvals)
    if problem is not None:
        return Failure(problem)
    prepared = prepare(
        core,
        with_messages(run.request, run.messages),
        tools=tools,
        stop_when=stop_when,
        output=run.output_type,
        tool_errors=run.tool_errors,
    )
    return prepared.map(lambda ready: resume_loop(ready[0], run, approvals))


# --- the loop, driven for whole answers -------------------------------------------------


def _drive(
    core: OpenRouterCore, loop: Loop, options: RequestOptions | Mapping[str, Any] | None
) -> Outcome:
    def send(action: Send, reply: StepReply) -> tuple[Item, ...]:
        reply.value = chat_send(core, action.request, stream=False, options=options)
        return ()  # the answer comes whole: no events

    settled: list[Outcome] = []
    for _ in drive(loop, send, run_tools_in_order, partial(_kept, settled)):
        pass
    return settled[0]


async def _drive_async(
    core: OpenRouterCore,
    loop: Loop,
    options: RequestOptions | Mapping[str, Any] | None,
    max_concurrent_tools: int,
) -> Outcome:
    async def send(action: Send, reply: StepReply) -> AsyncGenerator[Item, None]:
        reply.value = await chat_send_async(core, action.request, stream=False, options=options)
        return  # the answer comes whole: no events
        yield  # (which makes this an async generator, as the driver iterates it)

    settled: list[Outcome] = []
    run_tools = partial(run_tools_concurrently, limit=max_concurrent_tools)
    async for _ in drive_async(loop, send, run_tools, partial(_kept, settled)):
        pass
    return settled[0]


def _kept(settled: list[Outcome], outcome: Outcome) -> tuple[Item, ...]:
    settled.append(outcome)
    return ()  # no last item: the outcome is what call_model returns
