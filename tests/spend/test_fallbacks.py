"""with_fallbacks tries each model in order on the failures named, sync and async, JSON and
streams, and never switches a stream that has delivered content."""

from __future__ import annotations

import asyncio
import pickle
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import FallbackAttempt, fallback_attempts, with_fallbacks
from openrouter_core.accumulate import accumulate_chat, accumulate_chat_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ConnectionError,
    ServiceUnavailableResponseError,
    StreamEventError,
)
from openrouter_core.models.chat_request import ChatRequest
from openrouter_funcs.chat_send import ChatSendRequest, chat_send, chat_send_async

from ..faultserver import EventStream, Fault, FaultServer, error_status, reset_before_status, sse
from .helpers import SharedClock, chat_answer, chat_stream, chunk, core_for, request

MODELS = ["first/model", "second/model", "third/model"]

FAILURES: dict[str, Fault] = {
    "429": error_status(429),
    "500": error_status(500),
    "503": error_status(503),
    "408": error_status(408),
    "connection": reset_before_status(),
    "stream error event": EventStream(
        [
            sse(chunk("first/model", role="assistant", content="")),
            sse({"error": {"code": 502, "message": "provider down"}}),
        ]
    ),
    "stream cut": EventStream([sse(chunk("first/model", role="assistant"))], end="reset"),
}


def models_sent(server: FaultServer) -> list[str]:
    return [r.json()["model"] for r in server.requests]  # type: ignore[index]


@pytest.mark.parametrize("kind", list(FAILURES))
def test_each_failure_kind_moves_on_to_the_next_model_in_order(kind: str) -> None:
    stream = kind.startswith("stream")
    clock = SharedClock()
    with FaultServer() as server:
        answer = (
            chat_stream("third/model", 0.1, 1, 1)
            if stream
            else chat_answer("third/model", 0.1, 1, 1)
        )
        server.enqueue(FAILURES[kind], FAILURES[kind], answer)
        core = core_for(server.url, clock=clock)
        send = with_fallbacks(chat_send, models=MODELS)
        result = send(core, request("ignored", stream=stream))
        assert isinstance(result, Success), result
        value = result.unwrap()
        if stream:
            with value:
                assert accumulate_chat(value).content == "Hello"
        assert models_sent(server) == MODELS
    attempts = fallback_attempts(value)
    assert [a.model for a in attempts] == MODELS
    assert [a.error is None for a in attempts] == [False, False, True]
    assert all(isinstance(a, FallbackAttempt) and a.elapsed_ms >= 0 for a in attempts)


@pytest.mark.parametrize("kind", ["503", "stream error event"])
def test_the_async_twin_falls_back_the_same_way(kind: str) -> None:
    stream = kind.startswith("stream")

    async def main(url: str) -> Any:
        core = core_for(url)
        send = with_fallbacks(chat_send_async, models=MODELS)
        result = await send(core, request(stream=stream))
        value = result.unwrap()
        if stream:
            async with value:
                assert (await accumulate_chat_async(value)).content == "Hello"
        await core.aclose()
        return value

    with FaultServer() as server:
        answer = chat_stream("m", 0.1, 1, 1) if stream else chat_answer("m", 0.1, 1, 1)
        server.enqueue(FAILURES[kind], answer)
        value = asyncio.run(main(server.url))
        assert models_sent(server) == MODELS[:2]
    assert [a.model for a in fallback_attempts(value)] == MODELS[:2]


def test_a_stream_that_delivered_content_is_never_switched() -> None:
    failing_late = EventStream(
        [sse(chunk("first/model", content="Hel")), sse({"error": {"code": 502, "message": "gone"}})]
    )
    with FaultServer() as server:
        server.enqueue(failing_late)
        core = core_for(server.url)
        result = with_fallbacks(chat_send, models=MODELS)(core, request(stream=True))
        with result.unwrap() as stream:
            items = list(stream)
        assert server.request_count == 1
    assert items[0].unwrap().choices[0].delta.content == "Hel"  # replayed, then the rest
    assert isinstance(items[-1].failure(), StreamEventError)
    assert [a.model for a in fallback_attempts(result.unwrap())] == ["first/model"]


def test_the_last_failure_comes_back_with_every_attempt() -> None:
    with FaultServer(default=error_status(503)) as server:
        core = core_for(server.url)
        result = with_fallbacks(chat_send, models=MODELS)(core, request())
        assert server.request_count == 3
    error = result.failure()
    assert isinstance(error, ServiceUnavailableResponseError)
    attempts = fallback_attempts(error)
    assert [(a.model, type(a.error)) for a in attempts] == [
        (m, ServiceUnavailableResponseError) for m in MODELS
    ]
    # The error pickles (a process pool's result) with its attempts.
    copy = pickle.loads(pickle.dumps(error))
    assert [a.model for a in fallback_attempts(copy)] == MODELS


def test_a_failure_not_named_in_on_ends_the_call() -> None:
    with FaultServer() as server:
        server.enqueue(error_status(400), error_status(429))
        core = core_for(server.url)
        result = with_fallbacks(chat_send, models=MODELS)(core, request())
        assert isinstance(result.failure(), BadRequestResponseError)
        assert server.request_count == 1
        narrow = with_fallbacks(chat_send, models=MODELS, on=["503"])
        assert isinstance(narrow(core, request()).failure(), Exception)
        assert server.request_count == 2


def test_connection_errors_only_when_asked() -> None:
    with FaultServer() as server:
        server.enqueue(reset_before_status())
        core = core_for(server.url)
        result = with_fallbacks(chat_send, models=MODELS, on=["5XX"])(core, request())
        assert isinstance(result.failure(), ConnectionError)
        assert server.request_count == 1


def test_a_typed_request_gets_each_model_too() -> None:
    typed = ChatSendRequest(
        body=ChatRequest(model="x", messages=[{"role": "user", "content": "hi"}])
    )  # type: ignore[list-item]
    with FaultServer() as server:
        server.enqueue(error_status(502), chat_answer("second/model", 0.1, 1, 1))
        core = core_for(server.url)
        result = with_fallbacks(chat_send, models=MODELS)(core, typed)
        assert isinstance(result, Success)
        assert models_sent(server) == MODELS[:2]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="models"):
        with_fallbacks(chat_send, models=[])
    with pytest.raises(ValueError, match="models"):
        with_fallbacks(chat_send, models="openai/gpt-4o")
    with pytest.raises(ValueError, match="'teapot'"):
        with_fallbacks(chat_send, models=MODELS, on=["teapot"])
    result = with_fallbacks(chat_send, models=MODELS)(core_for("http://127.0.0.1:9"), 42)  # type: ignore[arg-type]
    assert isinstance(result, Failure) and "cannot set the model" in str(result.failure())
