"""call_model and its stream as mypy --strict sees them (checked in CI by .ci/run, never run).

Each ``# type: ignore[code]`` marks an error mypy MUST report (unused ignores are errors), so
a misspelt keyword, an untyped ``run.output`` or a wrongly typed event fails the check.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import ToolExecutionError, UnauthorizedResponseError
from openrouter_funcs import (
    AsyncModelStream,
    CallModelError,
    ModelRun,
    ModelStream,
    RunFinished,
    Step,
    TextDelta,
    ToolCall,
    call_model,
    call_model_async,
    call_model_stream,
    call_model_stream_async,
    has_tool_call,
    max_cost,
    resume_run,
    step_count_is,
    text_deltas,
    tool,
)
from openrouter_funcs.chat_send import ChatSendRequestDict


@attrs.frozen
class Answer:
    city: str
    celsius: float


@tool
def get_weather(city: str) -> str:
    """The weather in a city."""
    return "sunny"


def long_enough(steps: Sequence[Step]) -> bool:
    return len(steps) > 3


def program(core: OpenRouterCore) -> None:
    # The decorated tool keeps its signature.
    assert_type(get_weather("Paris"), str)
    get_weather(42)  # type: ignore[arg-type]

    plain = call_model(core, "Weather in Paris?", tools=[get_weather])
    assert_type(plain, Result[ModelRun[None], CallModelError])

    typed = call_model(
        core,
        "Weather in Paris?",
        tools=[get_weather],
        output=Answer,
        stop_when=step_count_is(4) | max_cost(0.10) | has_tool_call("x") | long_enough,
    )
    run = typed.unwrap()  # (a class pattern would give ModelRun[Any]: mypy's Success[Any])
    assert_type(run.output, Answer | None)
    match typed:
        case Success(ModelRun()):
            assert_type(run.text, str)
            assert_type(run.cost, float)
            for pending in run.pending_tool_calls:
                resumed = resume_run(core, run, {pending.call.id: True}, tools=[get_weather])
                assert_type(resumed, Result[ModelRun[Answer], CallModelError])
            request: ChatSendRequestDict = {
                "model": "openai/gpt-4o",
                "messages": [*run.messages, {"role": "user", "content": "And tomorrow?"}],
            }
            call_model(core, request, tools=[get_weather])
        case Failure(ToolExecutionError() as error):
            print(error.tool_name, error.partial_run)
        case Failure(UnauthorizedResponseError()):
            pass
        case Failure(_):
            pass

    call_model(core, "Hi", stop_whn=step_count_is(2))  # type: ignore[call-overload]
    call_model(core, 42)  # type: ignore[call-overload]
    call_model(core, "Hi", tool_errors="report")  # type: ignore[call-overload]

    with call_model_stream(core, "Hi", tools=[get_weather]) as stream:
        assert_type(stream, ModelStream[None])
        for item in stream:
            match item:
                case Success(TextDelta(text=text)):
                    assert_type(text, str)
                case Success(ToolCall(name=name)):
                    assert_type(name, str)
                case Success(RunFinished(run=finished)):
                    print(finished.text)
                case Failure(error):
                    print(error.partial_run)
    with call_model_stream(core, "Hi") as again:
        for piece in text_deltas(again):
            assert_type(piece, str)


async def async_program(core: OpenRouterCore) -> None:
    result = await call_model_async(core, "Hi", output=Answer)
    assert_type(result, Result[ModelRun[Answer], CallModelError])
    async with call_model_stream_async(core, "Hi") as stream:
        assert_type(stream, AsyncModelStream[None])
        async for piece in text_deltas(stream):
            assert_type(piece, str)
