"""A JSON body is declared once, by its model, and nested in the request class as ``body``;
the dict form stays flat. Both forms put the same request on the wire."""

from __future__ import annotations

import json

import httpx
from returns.result import Failure, Success

from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.errors import SDKValidationError
from openrouter_core.models.chat_request import ChatRequest
from openrouter_funcs.api_keys_create import (
    ApiKeysCreateBody,
    ApiKeysCreateRequest,
    api_keys_create,
)
from openrouter_funcs.chat_send import ChatSendRequest, chat_send

from .conftest import make_core

COMPLETION = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "system_fingerprint": None,
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Paris"},
        }
    ],
}
MESSAGES: list[ChatMessagesDict] = [{"role": "user", "content": "Capital of France?"}]


def capture(seen: list[httpx.Request], json_body: object = COMPLETION):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=json_body)

    return handler


def test_the_request_class_nests_the_body_model_and_sends_the_same_as_a_flat_dict() -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen))
    body = ChatRequest(model="openai/gpt-4o", messages=MESSAGES, temperature=0.5)  # type: ignore[arg-type]
    as_class = chat_send(core, ChatSendRequest(body=body, app_title="Mine"))
    as_dict = chat_send(
        core,
        {"model": "openai/gpt-4o", "messages": MESSAGES, "temperature": 0.5, "app_title": "Mine"},
    )
    assert isinstance(as_class, Success) and isinstance(as_dict, Success)
    first, second = seen
    assert json.loads(first.content) == json.loads(second.content)
    assert json.loads(first.content) == {
        "model": "openai/gpt-4o",
        "messages": MESSAGES,
        "temperature": 0.5,
    }
    assert first.headers["x-openrouter-title"] == second.headers["x-openrouter-title"] == "Mine"


def test_an_inline_body_gets_a_model_named_after_the_function() -> None:
    seen: list[httpx.Request] = []
    key = {"data": {"hash": "h"}, "key": "sk-or-v1-x"}
    core = make_core(capture(seen, key))
    request = ApiKeysCreateRequest(body=ApiKeysCreateBody(name="ci", limit=5.0))
    api_keys_create(core, request)
    assert json.loads(seen[0].content) == {"name": "ci", "limit": 5.0}


def test_a_misspelt_body_key_in_a_dict_is_a_validation_error_naming_it() -> None:
    core = make_core(capture([]))
    result = chat_send(core, {"mesages": MESSAGES, "model": "m"})  # type: ignore[call-overload]
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError)
    assert "'mesages'" in str(error)


def test_extra_fields_in_a_dict_reach_the_body() -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen))
    chat_send(core, {"messages": MESSAGES, "extra_fields": {"new_knob": 1}})
    assert json.loads(seen[0].content) == {"messages": MESSAGES, "new_knob": 1}


def test_a_class_asking_for_a_stream_without_the_keyword_is_refused_not_misread() -> None:
    # The request class's return type is the body unless stream=True is passed, so a body
    # with stream=True alone would give a stream where the type promises a completion.
    seen: list[httpx.Request] = []
    core = make_core(capture(seen))
    body = ChatRequest(messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    result = chat_send(core, ChatSendRequest(body=body))
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), SDKValidationError)
    assert "stream=True" in str(result.failure())
    assert seen == []


def test_a_dict_may_also_take_the_class_shape_with_the_body_under_body() -> None:
    seen: list[httpx.Request] = []
    core = make_core(capture(seen))
    chat_send(core, {"body": {"messages": MESSAGES}, "app_title": "Mine"})  # type: ignore[call-overload]
    chat_send(core, {"body": ChatRequest(messages=MESSAGES), "app_title": "Mine"})  # type: ignore[call-overload, arg-type]
    assert [json.loads(sent.content) for sent in seen] == [{"messages": MESSAGES}] * 2
    assert [sent.headers["x-openrouter-title"] for sent in seen] == ["Mine", "Mine"]
