"""add_openrouter_response: an OpenRouter-shaped answer for pytest-httpx's httpx_mock."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock
from returns.result import Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core.accumulate import accumulate_chat
from openrouter_core.errors import UnauthorizedResponseError
from openrouter_core.testing import add_openrouter_response
from openrouter_funcs.api_keys_get import api_keys_get
from openrouter_funcs.chat_send import chat_send
from openrouter_funcs.credits_get_credits import credits_get_credits

CHAT = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}


@pytest.fixture
def core() -> OpenRouterCore:
    return OpenRouterCore(api_key="sk-or-test", retry_config=RetryConfig(strategy="none"))


def test_an_operation_by_id_answers_its_documented_example(
    httpx_mock: HTTPXMock, core: OpenRouterCore
) -> None:
    add_openrouter_response(httpx_mock, "getCredits")
    credits = credits_get_credits(core).unwrap()
    assert (credits.data.total_credits, credits.data.total_usage) == (100.5, 25.75)


def test_a_function_with_a_body_and_a_status(httpx_mock: HTTPXMock, core: OpenRouterCore) -> None:
    body = {"data": {"total_credits": 7, "total_usage": 1}}
    add_openrouter_response(httpx_mock, credits_get_credits, body=body)
    add_openrouter_response(httpx_mock, credits_get_credits, status=401)
    assert credits_get_credits(core).unwrap().data.total_credits == 7
    failed = credits_get_credits(core).failure()
    assert isinstance(failed, UnauthorizedResponseError)
    assert failed.data is not None and failed.data.error.message == "Missing Authentication header"


def test_a_path_with_parameters(httpx_mock: HTTPXMock, core: OpenRouterCore) -> None:
    add_openrouter_response(httpx_mock, api_keys_get)
    assert isinstance(api_keys_get(core, {"hash": "abc123"}), Success)
    assert httpx_mock.get_requests()[0].url.path == "/api/v1/keys/abc123"


def test_a_streamed_answer(httpx_mock: HTTPXMock, core: OpenRouterCore) -> None:
    add_openrouter_response(httpx_mock, chat_send, stream=True)
    summary = accumulate_chat(chat_send(core, {**CHAT, "stream": True}).unwrap())
    assert summary.content == "Hello"


def test_a_streamed_answer_with_events_of_your_own(
    httpx_mock: HTTPXMock, core: OpenRouterCore
) -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    add_openrouter_response(
        httpx_mock,
        "sendChatCompletionRequest",
        events=[
            {**chunk, "choices": [{"index": 0, "delta": {"content": "Good"}}]},
            {
                **chunk,
                "choices": [{"index": 0, "delta": {"content": "bye"}, "finish_reason": "stop"}],
            },
        ],
        server_url="https://proxy.example/v1",
    )
    core = OpenRouterCore(api_key="k", server_url="https://proxy.example/v1")
    summary = accumulate_chat(chat_send(core, {**CHAT, "stream": True}).unwrap())
    assert (summary.content, summary.finish_reason) == ("Goodbye", "stop")
