"""call_model_stream and its async twin against a scripted streaming model on a loopback socket.

Step one streams reasoning in pieces (the ``reasoning.text`` deltas of a recorded Minimax
stream, tests/traffic/payloads/chat_stream_minimax_token_limit_error.yaml) and two parallel
tool calls whose ids, names and arguments arrive as interleaved deltas (no recorded chat
stream with tool calls exists in tests/traffic, so these follow the OpenAI delta shape
OpenRouter forwards); step two streams the answer. The mid-stream error is that recording's
own error event.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore
from openrouter_core.errors import StreamEventError
from openrouter_funcs import (
    ModelRun,
    ReasoningDelta,
    RunFinished,
    StepFinished,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolResult,
    call_model_stream,
    call_model_stream_async,
    text_deltas,
    tool,
)

from .faultserver import EventStream
from .scriptserver import (
    USAGE,
    ScriptServer,
    Turn,
    assistant_calls,
    call,
    chunk,
    streamed,
    tool_result,
    user,
)
from .traffic.corpus import load_cases


@tool
def get_weather(city: str) -> str:
    """The weather in a city."""
    return {"Paris": "sunny, 21 C", "Rome": "cloudy, 18 C"}[city]


def _detail(text: str) -> dict[str, Any]:
    return {"type": "reasoning.text", "text": text, "index": 0, "format": None}


STEP_ONE = streamed(
    chunk({"role": "assistant", "content": ""}),
    chunk({"reasoning": "We need", "reasoning_details": [_detail("We need")]}),
    chunk({"reasoning": " two cities.", "reasoning_details": [_detail(" two cities.")]}),
    chunk(
        {
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_r",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                }
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
    chunk(
        {
            "tool_calls": [
                {
                    "index": 1,
                    "id": "call_p",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city"'},
                }
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Rome"}'}}]}),
    chunk({"tool_calls": [{"index": 1, "function": {"arguments": ': "Paris"}'}}]}),
    chunk({}, "tool_calls"),
    chunk({}, None, usage=USAGE) | {"choices": []},
)
STEP_TWO = streamed(
    chunk({"role": "assistant", "content": "Rome is cloudy"}),
    chunk({"content": ", Paris sunny."}),
    chunk({}, "stop", usage=USAGE),
)
CALLS = [
    call("call_r", "get_weather", '{"city": "Rome"}'),
    call("call_p", "get_weather", '{"city": "Paris"}'),
]
ECHOED = assistant_calls(
    CALLS, reasoning="We need two cities.", reasoning_details=[_detail("We need two cities.")]
)

EXPECTED_EVENTS = [
    ReasoningDelta("We need", 1),
    ReasoningDelta(" two cities.", 1),
    ToolCallDelta(0, "call_r", "get_weather", "", 1),
    ToolCallDelta(0, None, None, '{"city": ', 1),
    ToolCallDelta(1, "call_p", "get_weather", '{"city"', 1),
    ToolCallDelta(0, None, None, '"Rome"}', 1),
    ToolCallDelta(1, None, None, ': "Paris"}', 1),
    ToolCall(
        id="call_r",
        name="get_weather",
        arguments={"city": "Rome"},
        raw_arguments='{"city": "Rome"}',
    ),
    ToolCall(
        id="call_p",
        name="get_weather",
        arguments={"city": "Paris"},
        raw_arguments='{"city": "Paris"}',
    ),
    ToolResult(tool_call_id="call_r", name="get_weather", content="cloudy, 18 C"),
    ToolResult(tool_call_id="call_p", name="get_weather", content="sunny, 21 C"),
    StepFinished,
    TextDelta("Rome is cloudy", 2),
    TextDelta(", Paris sunny.", 2),
    StepFinished,
    RunFinished,
]


def two_step_script(server: ScriptServer) -> None:
    server.script(
        Turn(
            expect=[user("Rome and Paris?")],
            reply=STEP_ONE,
            tools=["get_weather"],
            body={"stream": True},
        ),
        Turn(
            expect=[
                user("Rome and Paris?"),
                ECHOED,
                tool_result("call_r", "cloudy, 18 C"),
                tool_result("call_p", "sunny, 21 C"),
            ],
            reply=STEP_TWO,
            body={"stream": True},
        ),
    )


def _shape(events: list[Any]) -> list[Any]:
    """The events, with StepFinished and RunFinished compared by class."""
    return [type(e) if isinstance(e, (StepFinished, RunFinished)) else e for e in events]


@pytest.fixture
def server() -> Iterator[ScriptServer]:
    with ScriptServer() as running:
        yield running
        assert running.errors == []


def test_events_arrive_in_order_for_a_two_step_run(server: ScriptServer) -> None:
    two_step_script(server)
    with call_model_stream(server.core(), "Rome and Paris?", tools=[get_weather]) as stream:
        items = list(stream)
    assert all(isinstance(item, Success) for item in items)
    events = [item.unwrap() for item in items]
    assert _shape(events) == EXPECTED_EVENTS
    run = events[-1].run
    assert isinstance(run, ModelRun) and run.text == "Rome is cloudy, Paris sunny."
    assert [e.step.number for e in events if isinstance(e, StepFinished)] == [1, 2]
    assert run.steps == tuple(e.step for e in events if isinstance(e, StepFinished))
    assert run.usage.total_tokens == 30 and run.stopped_by == "finished"
    assert stream.result == Success(run)


async def test_the_async_twin_streams_the_same_events_and_run(server: ScriptServer) -> None:
    two_step_script(server)
    with call_model_stream(server.core(), "Rome and Paris?", tools=[get_weather]) as stream:
        sync_events = [item.unwrap() for item in stream]
    two_step_script(server)
    async with call_model_stream_async(
        server.core(), "Rome and Paris?", tools=[get_weather]
    ) as astream:
        async_events = [item.unwrap() async for item in astream]
    assert async_events == sync_events


def test_text_deltas_join_to_the_run_text(server: ScriptServer) -> None:
    two_step_script(server)
    with call_model_stream(server.core(), "Rome and Paris?", tools=[get_weather]) as stream:
        text = "".join(text_deltas(stream))
    assert stream.result is not None
    assert text == stream.result.unwrap().text == "Rome is cloudy, Paris sunny."


async def test_async_text_deltas_join_to_the_run_text(server: ScriptServer) -> None:
    two_step_script(server)
    async with call_model_stream_async(
        server.core(), "Rome and Paris?", tools=[get_weather]
    ) as stream:
        text = "".join([piece async for piece in text_deltas(stream)])
    assert stream.result is not None and text == stream.result.unwrap().text


def _recorded_error_stream() -> EventStream:
    [case] = [c for c in load_cases() if c.name == "chat_stream_minimax_token_limit_error"]
    return EventStream([case.body])


@pytest.mark.parametrize("asynchronous", [False, True])
def test_an_error_event_mid_stream_ends_the_run_with_the_partial_run(
    server: ScriptServer, asynchronous: bool
) -> None:
    calls = [call("call_p", "get_weather", city="Paris")]
    server.script(
        Turn(
            expect=None,
            reply=streamed(
                chunk({"tool_calls": [{"index": 0, **calls[0]}]}), chunk({}, "tool_calls")
            ),
        ),
        Turn(
            expect=[user("Paris?"), assistant_calls(calls), tool_result("call_p", "sunny, 21 C")],
            reply=_recorded_error_stream(),
        ),
    )
    core = server.core()
    if asynchronous:

        async def read() -> list[Any]:
            async with call_model_stream_async(core, "Paris?", tools=[get_weather]) as stream:
                return [item async for item in stream]

        items = asyncio.run(read())
    else:
        with call_model_stream(core, "Paris?", tools=[get_weather]) as stream:
            items = list(stream)
    last = items[-1]
    assert isinstance(last, Failure) and isinstance(last.failure(), StreamEventError)
    assert "Token limit reached" in str(last.failure())
    assert [i.unwrap() for i in items[-3:-1]] == [
        ReasoningDelta("We need", 2),
        ReasoningDelta(" to respond to a greeting. The user", 2),
    ]
    run = last.failure().partial_run
    assert isinstance(run, ModelRun) and run.stopped_by == "failed"
    assert len(run.steps) == 1 and run.messages[-1] == tool_result("call_p", "sunny, 21 C")
    assert all(isinstance(item, Success) for item in items[:-1])


def test_arguments_that_do_not_fit_are_one_failure_item(server: ScriptServer) -> None:
    with call_model_stream(server.core(), "go", tool_errors="sometimes") as stream:
        items = list(stream)
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert server.request_count == 0


def test_leaving_the_with_block_mid_step_closes_the_http_stream(server: ScriptServer) -> None:
    two_step_script(server)
    with call_model_stream(server.core(), "Rome and Paris?", tools=[get_weather]) as stream:
        first = next(stream)
    assert first == Success(ReasoningDelta("We need", 1))
    assert list(stream) == []
    server.clear()


class _WatchedBody(httpx.AsyncByteStream):
    """A streamed answer that never ends by itself, and knows when it was closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        first = {"choices": [{"index": 0, "delta": {"content": "Hel"}}]}
        yield f"data: {json.dumps(first)}\n\n".encode()
        await asyncio.Event().wait()  # the rest of the answer never comes
        yield b""  # pragma: no cover

    async def aclose(self) -> None:
        self.closed = True


async def test_leaving_the_async_with_block_mid_step_closes_the_http_stream() -> None:
    body = _WatchedBody()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    core = OpenRouterCore(api_key="k", server_url="http://model.test", async_client=client)
    async with call_model_stream_async(core, "Hello?") as stream:
        first = await stream.__anext__()
        assert first == Success(TextDelta("Hel", 1))
        assert not body.closed
    # Closed by the time the block is left, not later when the stream is collected.
    assert body.closed
    await client.aclose()
