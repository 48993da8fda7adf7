"""Accumulators add up streamed chunks the same way for dicts, models and stream items."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable
from types import SimpleNamespace
from typing import Any

import attrs
import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core._sse import ServerSentEvent
from openrouter_core._unset import UNSET
from openrouter_core.accumulate import (
    ChatAccumulator,
    ToolCallSummary,
    accumulate_chat,
    accumulate_chat_async,
    accumulate_responses,
    accumulate_responses_async,
)
from openrouter_core.errors import ConnectionError
from openrouter_core.streams import EventStream


def as_objects(value: Any) -> Any:
    """The same data with attribute access, as the generated models will offer."""
    if isinstance(value, dict):
        return SimpleNamespace(**{k: as_objects(v) for k, v in value.items()})
    if isinstance(value, list):
        return [as_objects(v) for v in value]
    return value


def identity(value: Any) -> Any:
    return value


shapes = pytest.mark.parametrize("shape", [identity, as_objects], ids=["dicts", "objects"])


def chat_chunk(delta: dict[str, Any], finish_reason: str | None = None, **extra: Any) -> Any:
    return {
        "id": "gen-1",
        "model": "openai/gpt-4o",
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        **extra,
    }


USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}

CHAT_CHUNKS = [
    chat_chunk({"role": "assistant", "content": "", "reasoning": "Think"}),
    chat_chunk({"reasoning": "ing..."}),
    chat_chunk({"content": "Hello"}),
    chat_chunk({"content": ", world", "reasoning": None}),
    chat_chunk(
        {
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_a",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                },
                {
                    "index": 1,
                    "id": "call_b",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": '{"tz"'},
                },
            ]
        }
    ),
    chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
    chat_chunk({"tool_calls": [{"index": 1, "function": {"arguments": ': "UTC"}'}}]}),
    chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
    chat_chunk({}, finish_reason="tool_calls"),
    {"id": "gen-1", "model": "openai/gpt-4o", "choices": [], "usage": USAGE},
]


@shapes
def test_chat_chunks_add_up(shape: Callable[[Any], Any]) -> None:
    summary = accumulate_chat(shape(chunk) for chunk in CHAT_CHUNKS)
    assert summary.id == "gen-1"
    assert summary.model == "openai/gpt-4o"
    assert summary.content == "Hello, world"
    assert summary.reasoning == "Thinking..."
    assert summary.refusal is None
    assert summary.tool_calls == (
        ToolCallSummary(
            index=0, id="call_a", type="function", name="get_weather", arguments='{"city": "Paris"}'
        ),
        ToolCallSummary(
            index=1, id="call_b", type="function", name="get_time", arguments='{"tz": "UTC"}'
        ),
    )
    assert json.loads(summary.tool_calls[0].arguments) == {"city": "Paris"}
    assert summary.finish_reason == "tool_calls"
    assert shape(USAGE) == summary.usage
    assert summary.error is None


def test_plain_answer_has_no_reasoning_or_tool_calls() -> None:
    summary = accumulate_chat([chat_chunk({"content": "Hi"}), chat_chunk({}, "stop")])
    assert (summary.content, summary.reasoning, summary.tool_calls) == ("Hi", None, ())
    assert summary.finish_reason == "stop"
    assert summary.usage is None


def test_empty_stream() -> None:
    summary = accumulate_chat([])
    assert (summary.id, summary.content, summary.finish_reason) == (None, "", None)


def test_only_the_first_choice_is_followed() -> None:
    other = chat_chunk({"content": "other"})
    other["choices"][0]["index"] = 1
    assert accumulate_chat([chat_chunk({"content": "first"}), other]).content == "first"


def test_tool_calls_without_index_use_their_position() -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    summary = accumulate_chat([chat_chunk({"tool_calls": [call, {**call, "id": "d"}]})])
    assert [(t.index, t.id) for t in summary.tool_calls] == [(0, "c"), (1, "d")]


def test_model_fields_unset_or_in_extra_fields() -> None:
    @attrs.frozen
    class Delta:
        content: Any = UNSET
        extra_fields: dict[str, Any] = attrs.Factory(dict)

    chunk = as_objects(chat_chunk({}))
    chunk.choices[0].delta = Delta(extra_fields={"reasoning": "hidden"})
    chunk.usage = UNSET
    summary = accumulate_chat([chunk])
    assert (summary.content, summary.reasoning, summary.usage) == ("", "hidden", None)


def test_stream_items_are_unwrapped_and_failures_kept() -> None:
    error = ConnectionError("POST /chat/completions: the connection broke mid-stream")
    items = [
        Success(chat_chunk({"content": "a"})),
        {"data": chat_chunk({"content": "b"})},
        Failure(error),
    ]
    summary = accumulate_chat(items)
    assert summary.content == "ab"
    assert summary.error is error


def test_accumulator_shows_progress() -> None:
    accumulator = ChatAccumulator()
    accumulator.add(chat_chunk({"content": "Hel"}))
    assert accumulator.summary().content == "Hel"
    accumulator.add(chat_chunk({"content": "lo"}))
    assert accumulator.summary().content == "Hello"


def test_accumulate_an_event_stream_end_to_end() -> None:
    body = (
        b": OPENROUTER PROCESSING\n\n"
        + b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in CHAT_CHUNKS)
        + b"data: [DONE]\n\n"
    )
    response = httpx.Response(200, content=body)

    def parse(event: ServerSentEvent) -> Any:
        return json.loads(event.data)

    summary = accumulate_chat(EventStream(response, parse, method="POST", path="/chat/completions"))
    assert summary.content == "Hello, world"
    assert summary.usage == USAGE
    assert response.is_closed


async def test_accumulate_chat_async() -> None:
    async def chunks() -> AsyncIterator[Any]:
        for chunk in CHAT_CHUNKS:
            yield chunk

    assert await accumulate_chat_async(chunks()) == accumulate_chat(CHAT_CHUNKS)


# --- responses ----------------------------------------------------------------------------


def response_object(status: str, output_text: str = "") -> dict[str, Any]:
    return {
        "id": "resp-1",
        "object": "response",
        "model": "openai/gpt-4o",
        "status": status,
        "output": [],
        "output_text": output_text,
        "usage": {"input_tokens": 3, "output_tokens": 4, "total_tokens": 7},
    }


def text_delta(delta: str) -> dict[str, Any]:
    return {"type": "response.output_text.delta", "delta": delta, "item_id": "m", "output_index": 1}


RESPONSES_EVENTS: list[dict[str, Any]] = [
    {"type": "response.created", "sequence_number": 0, "response": response_object("in_progress")},
    {"type": "response.reasoning_summary_text.delta", "delta": "Plan", "summary_index": 0},
    {"type": "response.reasoning_summary_text.delta", "delta": "ning", "summary_index": 0},
    {"type": "response.reasoning_text.delta", "delta": "Step 1. ", "content_index": 0},
    {"type": "response.reasoning_text.delta", "delta": "Step 2.", "content_index": 0},
    {"type": "response.output_item.added", "output_index": 1, "item": {"type": "message"}},
    text_delta("Hello"),
    text_delta(" there"),
    {"type": "response.output_text.done", "text": "Hello there"},
    {"type": "response.completed", "sequence_number": 9, "response": response_object("completed")},
]


@shapes
def test_responses_events_add_up(shape: Callable[[Any], Any]) -> None:
    summary = accumulate_responses(shape(event) for event in RESPONSES_EVENTS)
    assert (summary.id, summary.model) == ("resp-1", "openai/gpt-4o")
    assert summary.text == "Hello there"
    assert summary.reasoning == "Step 1. Step 2."
    assert summary.reasoning_summary == "Planning"
    assert summary.status == "completed"
    assert summary.response == shape(response_object("completed"))
    assert summary.usage == shape(response_object("completed")["usage"])
    assert summary.error is None


def test_responses_without_deltas_use_the_final_output_text() -> None:
    summary = accumulate_responses(
        [{"type": "response.completed", "response": response_object("completed", "Whole")}]
    )
    assert (summary.text, summary.reasoning, summary.reasoning_summary) == ("Whole", None, None)


def test_responses_cut_short() -> None:
    error = ConnectionError("cut")
    summary = accumulate_responses([Success(RESPONSES_EVENTS[0]), text_delta("Hi"), Failure(error)])
    assert (summary.id, summary.text, summary.status, summary.response) == (
        "resp-1",
        "Hi",
        None,
        None,
    )
    assert summary.error is error


def test_responses_failed_and_incomplete_are_final() -> None:
    for status in ("failed", "incomplete"):
        event = {"type": f"response.{status}", "response": response_object(status)}
        assert accumulate_responses([text_delta("x"), event]).status == status


async def test_accumulate_responses_async() -> None:
    async def events(items: Iterable[Any]) -> AsyncIterator[Any]:
        for item in items:
            yield item

    summary = await accumulate_responses_async(events(RESPONSES_EVENTS))
    assert summary == accumulate_responses(RESPONSES_EVENTS)


def _models(chunks: Iterable[Any]) -> list[Any]:
    """The chunks as the generated models a stream yields, each in a ``Success``."""
    from openrouter_core._codec.readers import read as structure
    from openrouter_core.models.chat_stream_chunk import ChatStreamChunk

    return [Success(structure({"created": 1, **chunk}, ChatStreamChunk)) for chunk in chunks]


def test_add_returns_the_text_of_a_chunk_that_holds_only_text() -> None:
    accumulator = ChatAccumulator()
    returned = [accumulator.add(item) for item in _models(CHAT_CHUNKS)]
    # The first chunk is read in full (it names the stream); the text-only chunks after it
    # give their text back; a chunk with reasoning, tool calls, a finish or usage gives None.
    assert returned == [None, None, "Hello", ", world", None, None, None, None, None, None]


def test_model_items_add_up_as_dicts_do() -> None:
    chunks = [
        *CHAT_CHUNKS[:3],
        chat_chunk({"content": " there"}),
        chat_chunk({"content": ""}),
        chat_chunk({"refusal": "no"}),
        chat_chunk({"content": "!"}),
        *CHAT_CHUNKS[3:],
    ]
    from_models = accumulate_chat(_models(chunks))
    from_dicts = accumulate_chat(chunks)
    assert attrs.evolve(from_models, usage=None, created=None) == attrs.evolve(
        from_dicts, usage=None
    )
    assert from_models.content == "Hello there!, world" and from_models.refusal == "no"


def test_streamed_reasoning_details_are_joined_by_type_and_index() -> None:
    def detail(text: str, **more: Any) -> dict[str, Any]:
        return {"type": "reasoning.text", "text": text, "index": 0, **more}

    encrypted = {"type": "reasoning.encrypted", "data": "opaque", "index": 1}
    chunks = [
        chat_chunk({"reasoning_details": [detail("We ")]}),
        chat_chunk({"reasoning_details": [detail("need")]}),
        chat_chunk({"reasoning_details": [detail("", signature="sig")]}),
        chat_chunk({"reasoning_details": [encrypted]}),
    ]
    summary = accumulate_chat(chunks)
    assert summary.reasoning_details == (detail("We need", signature="sig"), encrypted)
    from_models = accumulate_chat(_models(chunks))
    assert [getattr(d, "text", None) for d in from_models.reasoning_details] == ["We need", None]
    assert from_models.reasoning_details[0].signature == "sig"
