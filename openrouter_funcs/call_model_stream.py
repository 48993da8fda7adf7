"""``call_model_stream``: the ``call_model`` loop, streamed as typed events while it runs.

Each model call is a streamed ``chat_send`` (``stream=True``); its chunks are added up by
:class:`openrouter_core.accumulate.ChatAccumulator` (tool calls merged by index) into the
step's ``ChatResult``, and the loop goes on exactly as ``call_model``'s does. Iterating the
stream gives one ``Result`` per event::

    with call_model_stream(core, "Weather in Paris and Rome?", tools=[get_weather]) as stream:
        for item in stream:
            match item:
                case Success(TextDelta(text=text)):
                    print(text, end="", flush=True)
                case Success(RunFinished(run=run)):
                    print("\\ncost:", run.cost)
                case Failure(error):
                    print("failed:", error, error.partial_run)

In order, per step: ``ReasoningDelta``, ``TextDelta`` and ``ToolCallDelta`` (the pieces as
they arrive), then a ``ToolCall`` per call (arguments decoded), a ``ToolResult`` per call run,
and ``StepFinished``; the last item is ``Success(RunFinished)`` or a ``Failure`` whose error
carries the run so far as ``partial_run`` (an error event mid-stream is such a ``Failure``).
Leaving the ``with`` block (or ``close()``) closes the HTTP stream of the step in progress.

``text_deltas(stream)`` gives just the text pieces as ``str``; ``stream.result`` holds the
run's ``Result`` once the last item has been read. The text of every step streams: a model
that says something before calling tools streams that too, while ``run.text`` is the last
step's text, so the two are equal when the tool-calling steps carry no text (the usual case).
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from functools import partial
from typing import Any, Generic, TypeAlias, TypeVar, overload

import attrs
from returns.result import Failure, Result, Success

# Run-time imports (not only for type checkers) so typing.get_type_hints resolves every
# signature here; chat_send and the tools module load them anyway.
from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._unset import UNSET
from openrouter_core._with_blocks import AsyncClosesOnExit, ClosesOnExit
from openrouter_core.accumulate import ChatAccumulator, ChatStreamSummary
from openrouter_core.models.chat_assistant_message import ChatAssistantMessage
from openrouter_core.models.chat_choice import ChatChoice
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_tool_call import ChatToolCall, ChatToolCallFunction
from openrouter_funcs._loop import run_loop
from openrouter_funcs._loop_actions import (
    CallModelError,
    Loop,
    Outcome,
    Send,
    StepFinished,
    ToolErrors,
)
from openrouter_funcs._loop_drivers import (
    StepReply,
    drive,
    drive_async,
    run_tools_concurrently,
    run_tools_in_order,
)
from openrouter_funcs._run_settings import prepare
from openrouter_funcs.call_model import MAX_CONCURRENT_TOOLS
from openrouter_funcs.chat_send import (
    ChatSendRequest,
    ChatSendRequestDict,
    ChatSendStreamingRequestDict,
    chat_send,
    chat_send_async,
)
from openrouter_funcs.model_run import ModelRun, ToolCall, ToolResult
from openrouter_funcs.stop_conditions import DEFAULT_STOP, StopWhen
from openrouter_funcs.tools import Tool

__all__ = [
    "AsyncModelStream",
    "ModelStream",
    "ModelStreamEvent",
    "ReasoningDelta",
    "RunFinished",
    "StepFinished",
    "TextDelta",
    "ToolCall",
    "ToolCallDelta",
    "ToolResult",
    "call_model_stream",
    "call_model_stream_async",
    "text_deltas",
]

T = TypeVar("T")


# --- the events ---------------------------------------------------------------------------


@attrs.frozen
class TextDelta:
    """A piece of the assistant's text, as it arrived."""

    text: str
    step: int


@attrs.frozen
class ReasoningDelta:
    """A piece of the model's reasoning text, as it arrived."""

    text: str
    step: int


@attrs.frozen
class ToolCallDelta:
    """A piece of a tool call: the first carries its id and name, the rest argument text."""

    #: The call's position in the step (pieces of one call share it).
    index: int
    id: str | None
    name: str | None
    #: The next piece of the arguments' JSON text ("" when the piece carried none).
    arguments: str
    step: int


@attrs.frozen
class RunFinished(Generic[T]):
    """The run is over; the last item of the stream."""

    run: ModelRun[T]


#: Told the run's outcome just before its last item goes out.
_Settled = Callable[[Result[ModelRun[Any], CallModelError]], None]

#: What a stream's items hold: the events above, and the loop's ``ToolCall``/``ToolResult``.
ModelStreamEvent: TypeAlias = (
    TextDelta
    | ReasoningDelta
    | ToolCallDelta
    | ToolCall
    | ToolResult
    | StepFinished
    | RunFinished[Any]
)
Item: TypeAlias = Result[ModelStreamEvent, CallModelError]


# --- one streamed step --------------------------------------------------------------------


class _StepAssembly:
    """A streamed step's chunks: the events each gives, and the ``ChatResult`` they add to."""

    def __init__(self, step: int) -> None:
        self.step = step
        self.accumulator = ChatAccumulator()

    def events(self, item: Result[Any, Any]) -> list[Item]:
        """The events of a chunk (a stream's ``Success`` item) that the accumulator has added
        up and that held more than text, as a stream's items."""
        chunk = item.unwrap()
        found: list[Item] = []
        choices = getattr(chunk, "choices", None)
        for choice in choices if isinstance(choices, (list, tuple)) else ():
            if getattr(choice, "index", 0) not in (0, None):
                continue
            delta = getattr(choice, "delta", None)
            if delta is None:
                continue
            reasoning = getattr(delta, "reasoning", None)
            if type(reasoning) is str and reasoning:
                found.append(Success(ReasoningDelta(reasoning, self.step)))
            content = getattr(delta, "content", None)
            if type(content) is str and content:
                found.append(Success(TextDelta(content, self.step)))
            calls = getattr(delta, "tool_calls", None)
            if isinstance(calls, (list, tuple)):
                found.extend(
                    Success(_call_delta(call, n, self.step)) for n, call in enumerate(calls)
                )
        return found

    def result(self) -> ChatResult:
        return chat_result(self.accumulator.summary())


def _call_delta(call: Any, position: int, step: int) -> ToolCallDelta:
    index = getattr(call, "index", None)
    function = getattr(call, "function", None)
    arguments = getattr(function, "arguments", None)
    call_id = getattr(call, "id", None)
    name = getattr(function, "name", None)
    return ToolCallDelta(
        index=index if isinstance(index, int) else position,
        id=call_id if isinstance(call_id, str) else None,
        name=name if isinstance(name, str) else None,
        arguments=arguments if isinstance(arguments, str) else "",
        step=step,
    )


def chat_result(summary: ChatStreamSummary) -> ChatResult:
    """A streamed answer as the ``ChatResult`` the same answer unstreamed would be."""
    tool_calls = [
        ChatToolCall(
            id=call.id or "",
            type=call.type or "function",
            function=ChatToolCallFunction(name=call.name or "", arguments=call.arguments),
        )
        for call in summary.tool_calls
    ]
    message = ChatAssistantMessage(
        content=summary.content if summary.content or not tool_calls else None,
        reasoning=UNSET if summary.reasoning is None else summary.reasoning,
        reasoning_details=list(summary.reasoning_details) or None,
        refusal=UNSET if summary.refusal is None else summary.refusal,
        tool_calls=tool_calls or None,
    )
    return ChatResult(
        choices=[ChatChoice(finish_reason=summary.finish_reason, index=0, message=message)],
        created=summary.created or 0,
        id=summary.id or "",
        model=summary.model or "",
        usage=summary.usage,
    )


# --- the streams --------------------------------------------------------------------------


class ModelStream(ClosesOnExit, Generic[T]):
    """A streamed run: iterate it for ``Result`` items; use it in a ``with`` block."""

    def __init__(self, start: Callable[[_Settled], Generator[Item, None, None]]) -> None:
        #: The run's ``Result`` once its last item was read (None before).
        self.result: Result[ModelRun[T], CallModelError] | None = None
        self._items = start(self._settle)

    def _settle(self, outcome: Result[ModelRun[Any], CallModelError]) -> None:
        self.result = outcome

    def __iter__(self) -> Iterator[Item]:
        # The generator itself: a ``for`` loop then costs no call of ours per item.
        return self._items

    def __next__(self) -> Item:
        return next(self._items)

    def close(self) -> None:
        """Stop the run and close the HTTP stream of the step in progress."""
        self._items.close()


class AsyncModelStream(AsyncClosesOnExit, Generic[T]):
    """A streamed run for asyncio: ``async for`` it; use it in an ``async with`` block."""

    def __init__(self, start: Callable[[_Settled], AsyncGenerator[Item, None]]) -> None:
        #: The run's ``Result`` once its last item was read (None before).
        self.result: Result[ModelRun[T], CallModelError] | None = None
        self._items = start(self._settle)

    def _settle(self, outcome: Result[ModelRun[Any], CallModelError]) -> None:
        self.result = outcome

    def __aiter__(self) -> AsyncIterator[Item]:
        return self._items

    async def __anext__(self) -> Item:
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """Stop the run and close the HTTP stream of the step in progress."""
        await self._items.aclose()


# --- driving the loop ---------------------------------------------------------------------


def _items(
    core: OpenRouterCore,
    loop: Loop,
    options: RequestOptions | Mapping[str, Any] | None,
    settle: _Settled,
) -> Generator[Item, None, None]:
    send = partial(_streamed, core, options)
    return drive(loop, send, run_tools_in_order, partial(_finished, settle))


def _items_async(
    core: OpenRouterCore,
    loop: Loop,
    options: RequestOptions | Mapping[str, Any] | None,
    max_concurrent_tools: int,
    settle: _Settled,
) -> AsyncGenerator[Item, None]:
    send = partial(_streamed_async, core, options)
    run_tools = partial(run_tools_concurrently, limit=max_concurrent_tools)
    return drive_async(loop, send, run_tools, partial(_finished, settle))


def _finished(settle: _Settled, outcome: Outcome) -> tuple[Item]:
    """The stream's last item (``RunFinished``, or the run's failure), its outcome settled."""
    settle(outcome)
    return (outcome.map(RunFinished),)


def _streamed(
    core: OpenRouterCore,
    options: RequestOptions | Mapping[str, Any] | None,
    action: Send,
    reply: StepReply,
) -> Generator[Item, None, None]:
    """One step's model call, streamed: its events, then its ``ChatResult`` as the reply."""
    reply.value = opened = chat_send(core, action.request, stream=True, options=options)
    if isinstance(opened, Failure):
        return
    assembly = _StepAssembly(action.step)
    add, step = assembly.accumulator.add, action.step
    with opened.unwrap() as chunks:
        for chunk in chunks:
            if isinstance(chunk, Failure):
                reply.value = chunk
                return
            text = add(chunk)  # a chunk of text only (the usual one): its text
            if text is None:
                yield from assembly.events(chunk)
            elif text:
                yield Success(TextDelta(text, step))
    reply.value = Success(assembly.result())


async def _streamed_async(
    core: OpenRouterCore,
    options: RequestOptions | Mapping[str, Any] | None,
    action: Send,
    reply: StepReply,
) -> AsyncGenerator[Item, None]:
    """``_streamed`` for asyncio."""
    reply.value = opened = await chat_send_async(core, action.request, stream=True, options=options)
    if isinstance(opened, Failure):
        return
    assembly = _StepAssembly(action.step)
    add, step = assembly.accumulator.add, action.step
    async with opened.unwrap() as chunks:
        async for chunk in chunks:
            if isinstance(chunk, Failure):
                reply.value = chunk
                return
            text = add(chunk)
            if text is None:
                for event in assembly.events(chunk):
                    yield event
            elif text:
                yield Success(TextDelta(text, step))
    reply.value = Success(assembly.result())


def _failed_at_start(error: Any, settle: _Settled) -> Generator[Item, None, None]:
    settle(Failure(error))
    yield Failure(error)


async def _failed_at_start_async(error: Any, settle: _Settled) -> AsyncGenerator[Item, None]:
    settle(Failure(error))
    yield Failure(error)


# --- the functions ------------------------------------------------------------------------


@overload
def call_model_stream(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: None = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> ModelStream[None]: ...


@overload
def call_model_stream(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: type[T],
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> ModelStream[T]: ...


def call_model_stream(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: Any = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> ModelStream[Any]:
    """``call_model``, streamed: a ``ModelStream`` of ``Result`` items, one per event.

    Takes the same arguments as ``call_model``. Nothing is sent until the first item is
    read; arguments that do not fit give one ``Failure(SDKValidationError)`` item.
    """
    prepared = prepare(
        core,
        request,
        tools=tools,
        stop_when=stop_when,
        output=output,
        tool_errors=tool_errors,
        events=True,
    )
    if isinstance(prepared, Failure):
        return ModelStream(partial(_failed_at_start, prepared.failure()))
    settings, messages = prepared.unwrap()
    return ModelStream(partial(_items, core, run_loop(settings, messages), options))


@overload
def call_model_stream_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: None = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> AsyncModelStream[None]: ...


@overload
def call_model_stream_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: type[T],
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> AsyncModelStream[T]: ...


def call_model_stream_async(
    core: OpenRouterCore,
    request: str | ChatSendRequest | ChatSendRequestDict | ChatSendStreamingRequestDict,
    *,
    tools: Sequence[Tool[Any, Any]] = (),
    stop_when: StopWhen = DEFAULT_STOP,
    output: Any = None,
    tool_errors: ToolErrors = "return",
    options: RequestOptions | Mapping[str, Any] | None = None,
    max_concurrent_tools: int = MAX_CONCURRENT_TOOLS,
) -> AsyncModelStream[Any]:
    """``call_model_async``, streamed: use it with ``async with`` and ``async for``.

    Not a coroutine: it returns the stream at once, and nothing is sent until the first item
    is awaited.
    """
    prepared = prepare(
        core,
        request,
        tools=tools,
        stop_when=stop_when,
        output=output,
        tool_errors=tool_errors,
        events=True,
    )
    if isinstance(prepared, Failure):
        return AsyncModelStream(partial(_failed_at_start_async, prepared.failure()))
    settings, messages = prepared.unwrap()
    return AsyncModelStream(
        partial(_items_async, core, run_loop(settings, messages), options, max_concurrent_tools)
    )


@overload
def text_deltas(stream: ModelStream[Any]) -> Iterator[str]: ...


@overload
def text_deltas(stream: AsyncModelStream[Any]) -> AsyncIterator[str]: ...


def text_deltas(
    stream: ModelStream[Any] | AsyncModelStream[Any],
) -> Iterator[str] | AsyncIterator[str]:
    """Just the text pieces of a run's stream (``async for`` them from an async stream).

    Other events are passed over; once it ends, ``stream.result`` holds the run or its error.
    """
    if isinstance(stream, AsyncModelStream):
        return _text_async(stream)
    return _text(stream)


def _text(stream: ModelStream[Any]) -> Iterator[str]:
    for item in stream:
        if isinstance(item, Success) and isinstance(item.unwrap(), TextDelta):
            yield item.unwrap().text


async def _text_async(stream: AsyncModelStream[Any]) -> AsyncIterator[str]:
    async for item in stream:
        if isinstance(item, Success) and isinstance(item.unwrap(), TextDelta):
            yield item.unwrap().text
