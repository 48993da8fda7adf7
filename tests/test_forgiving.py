"""Forgiving decoding (the default) and strict decoding, seen from a caller's side."""

from __future__ import annotations

import json
import logging
import pickle
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RequestOptions, spec_problems
from openrouter_core._codec.readers import read as structure
from openrouter_core._codec.writer import write as unstructure
from openrouter_core.accumulate import accumulate_chat, accumulate_responses
from openrouter_core.errors import (
    ResponseValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.chat_result import ChatResult
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.responses_send import responses_send

from .conftest import make_core

REQUEST: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
STRICT = RequestOptions(strict=True)

#: A chat completion as the live API sends it, with three things the spec does not expect:
#: a required ``id`` missing, a required ``created`` null, a count that is a string.
BODY: dict[str, Any] = {
    "object": "chat.completion",
    "created": None,
    "model": "openai/gpt-4o",
    "provider": "OpenAI",
    "a_key_added_later": 1,
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Hello"},
        }
    ],
    "usage": {"prompt_tokens": "12", "completion_tokens": 3, "total_tokens": 15},
}
PROBLEMS = (
    ("created", "null where the spec requires a value"),
    ("id", "required field missing"),
    ("usage.prompt_tokens", "expected int, got str; kept as received"),
)


def answering(status: int, body: Any, content_type: str = "application/json") -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        text = body if isinstance(body, str) else json.dumps(body)
        return httpx.Response(status, content=text.encode(), headers={"content-type": content_type})

    return handler


def test_a_body_that_does_not_fit_is_a_success_that_says_where() -> None:
    result = chat_send(make_core(answering(200, BODY)), REQUEST)
    assert isinstance(result, Success)
    chat = result.unwrap()
    assert chat.choices[0].message.content == "Hello"
    assert chat.id is None and chat.created is None
    assert chat.usage.prompt_tokens == "12"  # kept as received, not coerced
    assert chat.provider == "OpenAI"  # typed since the overlay added it
    assert chat.extra_fields == {"a_key_added_later": 1}
    assert sorted(spec_problems(chat)) == sorted(PROBLEMS)


def test_what_did_not_fit_changes_neither_equality_nor_unstructuring_and_survives_pickle() -> None:
    chat = chat_send(make_core(answering(200, BODY)), REQUEST).unwrap()
    assert unstructure(chat) == {**BODY, "id": None}
    copy = pickle.loads(pickle.dumps(chat))
    assert copy == chat
    assert spec_problems(copy) == spec_problems(chat)
    fitting = {**BODY, "id": "gen-1", "created": 1, "usage": {**BODY["usage"], "prompt_tokens": 12}}
    assert spec_problems(structure(fitting, ChatResult)) == ()


def test_strict_mode_names_the_field_on_the_core_and_per_call() -> None:
    strict_core = make_core(answering(200, BODY), strict=True)
    for result in (
        chat_send(strict_core, REQUEST),
        chat_send(make_core(answering(200, BODY)), REQUEST, options=STRICT),
    ):
        error = result.failure()
        assert isinstance(error, ResponseValidationError)
        assert "ChatResult" in str(error) and "created" in str(error)
    # A per-call False overrides a strict core.
    relaxed = chat_send(strict_core, REQUEST, options=RequestOptions(strict=False))
    assert isinstance(relaxed, Success)


async def test_the_async_function_reads_forgivingly_too() -> None:
    result = await chat_send_async(make_core(answering(200, BODY)), REQUEST)
    assert sorted(spec_problems(result.unwrap())) == sorted(PROBLEMS)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def debug_logger() -> Any:
    logger = logging.getLogger("openrouter-forgiving-test")
    logger.setLevel(logging.DEBUG)
    records = Records()
    logger.addHandler(records)
    yield logger, records
    logger.removeHandler(records)


def test_the_debug_logger_hears_once_per_call_where_the_body_did_not_fit(debug_logger: Any) -> None:
    logger, records = debug_logger
    chat_send(make_core(answering(200, BODY), debug_logger=logger), REQUEST).unwrap()
    notes = [m for m in records.messages if "did not fit the spec" in m]
    assert len(notes) == 1
    assert "POST /chat/completions" in notes[0] and "usage.prompt_tokens" in notes[0]


def test_an_error_body_missing_a_required_field_keeps_its_class_and_message() -> None:
    body = {"error": {"message": "No auth credentials found"}}  # no "code"
    error = chat_send(make_core(answering(401, body)), REQUEST).failure()
    assert isinstance(error, UnauthorizedResponseError)
    assert error.data.error.message == "No auth credentials found"
    assert spec_problems(error.data) == (("error.code", "required field missing"),)
    # Strict: the status still names its class, but the body that does not fit is not data.
    strict = chat_send(make_core(answering(401, body)), REQUEST, options=STRICT).failure()
    assert isinstance(strict, UnauthorizedResponseError) and strict.data is None
    assert "No auth credentials found" in strict.body


@pytest.mark.parametrize(
    ("body", "content_type"),
    [("not json", "application/json"), ('["a list"]', "application/json"), ("<p>", "text/html")],
)
def test_only_a_body_that_is_not_the_documented_json_is_refused(
    body: str, content_type: str
) -> None:
    error = chat_send(make_core(answering(200, body, content_type)), REQUEST).failure()
    assert isinstance(error, ResponseValidationError)


def sse(*events: Any) -> str:
    lines = [f"data: {json.dumps(event)}\n\n" for event in events]
    return ": OPENROUTER PROCESSING\n\n" + "".join(lines) + "data: [DONE]\n\n"


CHUNKS = [
    {
        "id": "gen-2",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}}],
    },
    # A tool call whose arguments came as an object, and no finish_reason.
    {
        "id": "gen-2",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "delta": {
                    "content": " there",
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "f", "arguments": {"x": 1}},
                        }
                    ],
                },
            }
        ],
    },
    # The usage chunk without id, object or model, as OpenRouter sends it.
    {"choices": [], "usage": {"prompt_tokens": 4, "completion_tokens": 2, "total_tokens": 6}},
]


def test_every_stream_event_is_read_forgivingly_and_accumulates(debug_logger: Any) -> None:
    logger, records = debug_logger
    core = make_core(answering(200, sse(*CHUNKS), "text/event-stream"), debug_logger=logger)
    with chat_send(core, {**REQUEST, "stream": True}).unwrap() as stream:
        items = list(stream)
    assert all(isinstance(item, Success) for item in items)
    assert ("id", "required field missing") in spec_problems(items[2].unwrap())
    summary = accumulate_chat(items)
    assert summary.content == "Hi there"
    assert summary.tool_calls[0].arguments == '{"x": 1}'
    assert summary.usage.total_tokens == 6
    assert len([m for m in records.messages if "did not fit the spec" in m]) == 1


def test_a_strict_stream_gives_a_failure_item_for_each_event_that_does_not_fit() -> None:
    core = make_core(answering(200, sse(*CHUNKS), "text/event-stream"), strict=True)
    with chat_send(core, {**REQUEST, "stream": True}).unwrap() as stream:
        items = list(stream)
    assert [type(item) for item in items] == [Success, Failure, Failure]
    assert all(isinstance(item.failure(), ResponseValidationError) for item in items[1:])


def test_responses_events_without_the_fields_the_spec_requires_accumulate() -> None:
    response = {
        "object": "response",
        "id": "gen-3",
        "created_at": 1,
        "model": "m",
        "output": [],
        "error": None,
    }
    events = [
        {"type": "response.created", "response": response, "sequence_number": 0},
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": "Hello",
            "sequence_number": 1,
        },
        {
            "type": "response.completed",
            "sequence_number": 2,
            "response": {
                **response,
                "status": "completed",
                "usage": {"input_tokens": 9, "output_tokens": 9, "total_tokens": 18},
            },
        },
    ]
    core = make_core(answering(200, sse(*events), "text/event-stream"))
    with responses_send(core, {"model": "m", "input": "hi", "stream": True}).unwrap() as stream:
        items = list(stream)
    assert all(isinstance(item, Success) for item in items)
    summary = accumulate_responses(items)
    assert (summary.id, summary.text, summary.status) == ("gen-3", "Hello", "completed")
    assert summary.usage.total_tokens == 18
    assert spec_problems(items[0].unwrap())


def test_an_owned_core_is_strict_only_when_asked() -> None:
    assert OpenRouterCore(api_key="k").strict is False


#: Bodies of the shapes public OpenRouter clients parse (their tests' fixtures), each with
#: fewer fields than the spec requires: the values that are there must come through.
PARTIAL_BODIES = [
    (
        "api_keys_get_current_key_metadata",
        None,
        {
            "data": {
                "label": "sk-or-v1-abc...xyz",
                "limit": 20,
                "limit_remaining": 12.5,
                "limit_reset": "monthly",
                "usage": 7.5,
                "usage_daily": 0.25,
                "usage_weekly": 1.5,
                "usage_monthly": 7.5,
                "is_free_tier": False,
            }
        },
    ),
    (
        "generations_get_generation",
        {"id": "gen-abc"},
        {
            "data": {
                "id": "gen-abc",
                "model": "anthropic/claude-sonnet-4.6",
                "native_tokens_prompt": 18054,
                "native_tokens_cached": 18041,
                "native_tokens_completion": 120,
                "total_cost": 0.0055,
                "cache_discount": 0.0615,
            }
        },
    ),
    ("credits_get_credits", None, {"data": {"total_credits": 610}}),
    (
        "models_list",
        None,
        {
            "data": [
                {
                    "id": "openai/gpt-4o",
                    "name": "OpenAI: GPT-4o",
                    "context_length": 128000,
                    "pricing": {"prompt": "0.0000025", "completion": "0.00001"},
                }
            ]
        },
    ),
]


@pytest.mark.parametrize(
    ("operation", "request_", "body"), PARTIAL_BODIES, ids=lambda v: str(v)[:30]
)
def test_partial_bodies_of_other_endpoints_keep_every_value(
    operation: str, request_: Any, body: dict[str, Any]
) -> None:
    import importlib

    function = getattr(importlib.import_module(f"openrouter_funcs.{operation}"), operation)
    core = make_core(answering(200, body))
    result = function(core, request_) if request_ is not None else function(core)
    assert isinstance(result, Success), result
    value = result.unwrap()
    sent = unstructure(value)
    assert {k: v for k, v in _flatten(sent).items() if v is not None} == _flatten(body)
    assert spec_problems(value)


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, item in data.items():
            out.update(_flatten(item, f"{prefix}.{key}"))
        return out
    if isinstance(data, list):
        out = {}
        for index, item in enumerate(data):
            out.update(_flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: data}


def test_a_200_whose_body_is_an_error_object_is_not_passed_off_as_a_result() -> None:
    # OpenRouter commits to 200 and sends whitespace while it waits; a provider that fails
    # then leaves an error object as the body.
    body = '\n         \n\n{"error":{"message":"Provider returned error","code":502},"user_id":"u"}'
    for options in (None, STRICT):
        error = chat_send(make_core(answering(200, body)), REQUEST, options=options).failure()
        assert isinstance(error, ResponseValidationError)
        assert error.status_code == 200
    forgiving = chat_send(make_core(answering(200, body)), REQUEST).failure()
    assert "error 502: Provider returned error" in str(forgiving)
