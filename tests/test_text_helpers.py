"""``message_text`` and ``as_message_param``: the answer as text, and as the next request's message."""

from __future__ import annotations

import json

import httpx
import pytest

from openrouter_core import as_message_param, from_dict, message_text
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.open_responses_result import OpenResponsesResult
from openrouter_funcs.chat_send import chat_send
from tests.conftest import make_core
from tests.traffic.corpus import load_cases


def _chat(message: dict[str, object]) -> ChatResult:
    body = {
        "id": "gen-1",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
    }
    return from_dict(body, ChatResult)


def test_a_string_content_is_the_text_of_the_result_the_choice_and_the_message() -> None:
    chat = _chat({"role": "assistant", "content": "Hello"})
    assert message_text(chat) == "Hello"
    assert message_text(chat.choices[0]) == "Hello"
    assert message_text(chat.choices[0].message) == "Hello"


def test_text_parts_are_joined_and_other_parts_skipped() -> None:
    content = [
        {"type": "text", "text": "Hello, "},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
        {"type": "text", "text": "world"},
        {"type": "a_part_not_known_yet", "text": "ignored"},
    ]
    assert message_text(_chat({"role": "assistant", "content": content})) == "Hello, world"


@pytest.mark.parametrize(
    "message",
    [
        {"role": "assistant"},  # absent: UNSET
        {"role": "assistant", "content": None},
        {"role": "assistant", "content": []},
        {"role": "assistant", "content": None, "tool_calls": []},
    ],
)
def test_no_text_is_the_empty_string(message: dict[str, object]) -> None:
    assert message_text(_chat(message)) == ""


def test_a_result_without_choices_has_no_text() -> None:
    chat = from_dict({"id": "g", "created": 1, "model": "m", "choices": []}, ChatResult)
    assert message_text(chat) == ""


def test_a_responses_result_joins_the_output_text_of_its_messages() -> None:
    for case in load_cases():
        if case.operation != "responses_send" or case.is_stream or case.status != 200:
            continue
        body = case.json()
        result = from_dict(body, OpenResponsesResult)
        expected = "".join(
            part["text"]
            for item in body["output"]
            if item.get("type") == "message"
            for part in item.get("content") or []
            if part.get("type") == "output_text"
        )
        assert message_text(result) == expected, case.name
        assert expected or case.name == "responses_claude_sms_function_call_incomplete"


def test_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="message_text takes"):
        message_text(42)  # type: ignore[arg-type]


TOOL_TURN = {
    "role": "assistant",
    "content": "",
    "refusal": None,
    "reasoning": "Need the weather.",
    "reasoning_details": [
        {
            "type": "reasoning.encrypted",
            "data": "gAAAAB...",
            "id": "rs_1",
            "format": "openai-responses-v1",
            "index": 0,
        }
    ],
    "tool_calls": [
        {
            "id": "call_1",
            "type": "function",
            "index": 0,
            "function": {"name": "weather", "arguments": '{"city":"Paris"}'},
        }
    ],
    "a_response_only_key": {"kept": "in extra_fields, not sent back"},
}


def test_the_returned_assistant_message_goes_back_as_a_request_message() -> None:
    message = _chat(TOOL_TURN).choices[0].message
    param = as_message_param(message)
    assert param["role"] == "assistant"
    assert param.get("tool_calls") == [
        {
            "id": "call_1",
            "type": "function",
            "index": 0,
            "function": {"name": "weather", "arguments": '{"city":"Paris"}'},
        }
    ]
    assert param.get("reasoning_details") == TOOL_TURN["reasoning_details"]
    assert "a_response_only_key" not in param
    json.dumps(param)  # JSON-ready: no UNSET, no models


def test_a_tool_round_trip_sends_the_message_back_as_received() -> None:
    sent: list[dict[str, object]] = []
    answer = {
        "id": "gen-1",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": TOOL_TURN}],
    }

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=answer)

    core = make_core(server)
    first = chat_send(core, {"model": "m", "messages": [{"role": "user", "content": "Weather?"}]})
    message = first.unwrap().choices[0].message
    chat_send(
        core,
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": "Weather?"},
                as_message_param(message),
                {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
            ],
        },
    ).unwrap()
    echoed = sent[1]["messages"][1]
    assert echoed["tool_calls"][0]["function"] == TOOL_TURN["tool_calls"][0]["function"]
    assert echoed["reasoning_details"] == TOOL_TURN["reasoning_details"]
    assert echoed["role"] == "assistant"
