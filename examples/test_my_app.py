"""Testing code that calls OpenRouter, three ways: a file to copy next to your own tests.

Run it with ``pytest examples/test_my_app.py``. The fixtures come from the pytest plugin
that installing openrouter-funcs registers; ``httpx_mock`` comes from pytest-httpx.

1. ``openrouter_standin``: a core on the offline stand-in, every operation answering its
   documented example; faults make chosen calls fail.
2. ``openrouter_cassette``: a core that records real calls into
   ``cassettes/test_my_app/<test>.yaml`` on the first run (with ``OPENROUTER_API_KEY``
   set) and replays them offline afterwards (in CI, replay only).
3. ``add_openrouter_response``: one-line OpenRouter answers for tests already on
   pytest-httpx.
"""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock
from returns.result import Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core.accumulate import accumulate_chat
from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.streams import EventStream
from openrouter_core.testing import Fault, add_openrouter_response
from openrouter_funcs.chat_send import chat_send
from openrouter_funcs.credits_get_credits import CreditsGetCreditsResponse, credits_get_credits

# --- the code under test (yours lives in your package) ---------------------------------------


def credits_left(core: OpenRouterCore) -> float | None:
    """The credits left, or None when OpenRouter cannot say."""
    match credits_get_credits(core):
        case Success(CreditsGetCreditsResponse() as credits):
            return credits.data.total_credits - credits.data.total_usage
        case _:
            return None


def reply(core: OpenRouterCore, prompt: str) -> str:
    """The model's streamed answer to ``prompt``, or an apology when the stream fails."""
    messages: list[ChatMessagesDict] = [{"role": "user", "content": prompt}]
    match chat_send(core, {"model": "openai/gpt-4o-mini", "messages": messages}, stream=True):
        case Success(EventStream() as stream):
            summary = accumulate_chat(stream)
            return "Sorry, try again." if summary.error else summary.content or ""
        case _:
            return "Sorry, try again."


NO_RETRIES = {"retry_config": RetryConfig(strategy="none")}

# --- 1. the offline stand-in -----------------------------------------------------------------


def test_credits_left(openrouter_standin: OpenRouterCore) -> None:
    assert credits_left(openrouter_standin) == 74.75  # 100.5 - 25.75, the spec's example


@pytest.mark.openrouter(faults=[Fault.status(503)], core=NO_RETRIES)
def test_credits_left_when_openrouter_is_down(openrouter_standin: OpenRouterCore) -> None:
    assert credits_left(openrouter_standin) is None


@pytest.mark.openrouter(faults=[Fault.error_event(after=0)])
def test_reply_when_the_provider_fails_mid_stream(openrouter_standin: OpenRouterCore) -> None:
    assert reply(openrouter_standin, "Say hello") == "Sorry, try again."


# --- 2. cassettes: recorded once, replayed offline ---------------------------------------------


def test_reply_from_a_cassette(openrouter_cassette: OpenRouterCore) -> None:
    assert reply(openrouter_cassette, "Say hello") == "Hello"


# --- 3. pytest-httpx -------------------------------------------------------------------------


def test_credits_left_with_httpx_mock(httpx_mock: HTTPXMock) -> None:
    body = {"data": {"total_credits": 10, "total_usage": 4}}
    add_openrouter_response(httpx_mock, credits_get_credits, body=body)
    assert credits_left(OpenRouterCore(api_key="sk-or-test")) == 6


def test_reply_with_httpx_mock(httpx_mock: HTTPXMock) -> None:
    add_openrouter_response(httpx_mock, chat_send, stream=True)  # the spec's example events
    assert reply(OpenRouterCore(api_key="sk-or-test"), "Say hello") == "Hello"
