"""chat_send and responses_send streaming end to end, through the offline stand-in."""

from __future__ import annotations

import json

import httpx
from returns.result import Failure, Success

from openrouter_core.accumulate import accumulate_chat, accumulate_chat_async
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.streams import AsyncEventStream, EventStream
from openrouter_core.testing import StandInTransport, standin_core
from openrouter_funcs.chat_send import chat_send, chat_send_async

from .conftest import make_core

MESSAGES = [{"role": "user", "content": "Hi"}]


def test_stream_true_in_the_dict_returns_a_stream_of_typed_chunks() -> None:
    transport = StandInTransport()
    core = standin_core(transport=transport)
    result = chat_send(core, {"model": "openai/gpt-4o", "messages": MESSAGES, "stream": True})
    match result:
        case Success(stream):
            assert isinstance(stream, EventStream)
            with stream:
                items = list(stream)
        case Failure(err):
            raise AssertionError(err)
    assert items and all(isinstance(item, Success) for item in items)
    assert all(isinstance(item.unwrap(), ChatStreamChunk) for item in items)
    sent = json.loads(transport.requests[-1].content)
    assert sent["stream"] is True


def test_the_stream_keyword_sets_the_body_field() -> None:
    transport = StandInTransport()
    core = standin_core(transport=transport)
    result = chat_send(core, {"model": "openai/gpt-4o", "messages": MESSAGES}, stream=True)
    assert isinstance(result.unwrap(), EventStream)
    result.unwrap().close()
    assert json.loads(transport.requests[-1].content)["stream"] is True
    assert transport.requests[-1].headers["accept"] == "text/event-stream"


def test_without_stream_the_body_is_the_chat_result() -> None:
    core = standin_core()
    result = chat_send(core, {"model": "openai/gpt-4o", "messages": MESSAGES})
    assert isinstance(result.unwrap(), ChatResult)


def test_stream_false_keyword_beats_the_requests_field() -> None:
    transport = StandInTransport()
    core = standin_core(transport=transport)
    result = chat_send(core, {"messages": MESSAGES, "stream": True}, stream=False)
    assert isinstance(result.unwrap(), ChatResult)
    assert json.loads(transport.requests[-1].content)["stream"] is False


def sse(*events: object) -> bytes:
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events)


def chunk(**delta: object) -> dict[str, object]:
    return {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "openai/gpt-4o",
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


STREAM = (
    b": OPENROUTER PROCESSING\n\n"
    + sse(
        chunk(role="assistant", content="Hel"),
        chunk(content="lo"),
        chunk(
            tool_calls=[
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"ci'},
                }
            ]
        ),
        chunk(tool_calls=[{"index": 0, "function": {"arguments": 'ty":"Paris"}'}}]),
        {
            **chunk(),
            "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
        },
    )
    + b"data: [DONE]\n\n"
)


def streaming_core():  # type: ignore[no-untyped-def]
    return make_core(
        lambda request: httpx.Response(
            200, content=STREAM, headers={"content-type": "text/event-stream"}
        )
    )


def test_a_chat_stream_accumulates_into_the_final_message() -> None:
    stream = chat_send(streaming_core(), {"messages": MESSAGES}, stream=True).unwrap()
    with stream:
        summary = accumulate_chat(stream)
    assert summary.content == "Hello"
    assert summary.finish_reason == "tool_calls"
    (call,) = summary.tool_calls
    assert (call.id, call.name, call.arguments) == ("call_1", "get_weather", '{"city":"Paris"}')
    assert summary.usage is not None


async def test_async_chat_stream_has_the_same_contract() -> None:
    result = await chat_send_async(streaming_core(), {"messages": MESSAGES, "stream": True})
    stream = result.unwrap()
    assert isinstance(stream, AsyncEventStream)
    async with stream:
        summary = await accumulate_chat_async(stream)
    assert summary.content == "Hello"
    assert summary.tool_calls[0].arguments == '{"city":"Paris"}'
