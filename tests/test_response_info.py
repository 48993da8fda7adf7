"""``response_info``: the status, headers, request id, attempts and time of a successful call."""

from __future__ import annotations

import asyncio
import pickle

import httpx
from returns.result import Success

from openrouter_core import OpenRouterCore, ResponseInfo, from_dict, response_info
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.streams import AsyncEventStream, EventStream
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.conftest import SECRET, FakeClock, make_core
from tests.faultserver import EventStream as ServedStream
from tests.faultserver import FaultServer, Respond, error_status, sse

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
#: Headers as OpenRouter sends them with a generation (names as recorded in public cassettes).
HEADERS = {
    "X-Request-Id": "req-42",
    "X-Generation-Id": "gen-1787214057-m5qwGsS4Ch5mE2yf3G49",
    "X-Provider-Name": "Novita",
    "X-RateLimit-Limit": "200",
    "X-RateLimit-Remaining": "199",
    "X-RateLimit-Reset": "1787214060000",
    "Set-Cookie": "__cf_bm=opaque-session-token; path=/",
}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CREDITS, headers=HEADERS)


def _check(info: ResponseInfo | None) -> None:
    assert info is not None
    assert info.status_code == 200
    assert info.request_id == "req-42"
    assert info.generation_id == "gen-1787214057-m5qwGsS4Ch5mE2yf3G49"
    assert info.provider_name == "Novita"
    assert (info.rate_limit_limit, info.rate_limit_remaining) == (200, 199)
    assert info.rate_limit_reset == 1787214060000
    assert info.headers["x-ratelimit-remaining"] == "199"
    assert info.header("X-RATELIMIT-LIMIT") == "200"
    assert info.headers["set-cookie"] == "[REDACTED]"
    assert "opaque-session-token" not in repr(info) + str(info.headers)
    assert info.attempts == 1


def test_a_plain_call_tells_its_status_headers_and_request_id() -> None:
    credits = credits_get_credits(make_core(_answer)).unwrap()
    _check(response_info(credits))


def test_the_async_twin_tells_the_same() -> None:
    async def call() -> object:
        return (await credits_get_credits_async(make_core(_answer))).unwrap()

    _check(response_info(asyncio.run(call())))


def test_it_takes_no_part_in_equality_and_survives_pickle() -> None:
    credits = credits_get_credits(make_core(_answer)).unwrap()
    copy = pickle.loads(pickle.dumps(credits))
    _check(response_info(copy))
    plain = from_dict(CREDITS, type(credits))
    assert response_info(plain) is None  # read from a dict, not returned by a call
    assert plain == credits == copy


def test_a_key_the_server_echoes_in_a_header_is_masked() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=CREDITS, headers={"X-Debug-Auth": f"Bearer {SECRET}"})

    info = response_info(credits_get_credits(make_core(echo)).unwrap())
    assert info is not None
    assert info.headers["x-debug-auth"] == "Bearer [REDACTED]"


def test_attempts_and_elapsed_time_count_the_retries() -> None:
    clock = FakeClock()
    with FaultServer() as server:
        server.enqueue(
            error_status(503, retry_after=2),
            error_status(503, retry_after=3),
            Respond(200, CREDITS, {"X-Request-Id": "req-third"}),
        )
        core = OpenRouterCore(api_key=SECRET, server_url=server.url, clock=clock)
        with core:
            info = response_info(credits_get_credits(core).unwrap())
    assert info is not None
    assert (info.attempts, info.request_id) == (3, "req-third")
    assert clock.sleeps == [2, 3]
    assert info.elapsed_ms == 5000  # the core's clock, so no real wait is measured


CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
CHUNK = {
    "id": "gen-1",
    "created": 1,
    "model": "m",
    "object": "chat.completion.chunk",
    "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": "stop"}],
}


def test_a_stream_tells_the_headers_it_was_opened_with() -> None:
    with FaultServer() as server:
        server.enqueue(ServedStream([sse(CHUNK), b"data: [DONE]\n\n"], headers=HEADERS))
        core = OpenRouterCore(api_key=SECRET, server_url=server.url, clock=FakeClock())
        with core:
            match chat_send(core, {**CHAT, "stream": True}):
                case Success(EventStream() as stream):
                    with stream:
                        _check(response_info(stream))
                        assert next(item.unwrap() for item in stream).id == "gen-1"
                case other:
                    raise AssertionError(other)


def test_an_async_stream_tells_them_too() -> None:
    async def run() -> ResponseInfo | None:
        with FaultServer() as server:
            server.enqueue(ServedStream([sse(CHUNK), b"data: [DONE]\n\n"], headers=HEADERS))
            core = OpenRouterCore(api_key=SECRET, server_url=server.url, clock=FakeClock())
            async with core:
                stream = (await chat_send_async(core, {**CHAT, "stream": True})).unwrap()
                assert isinstance(stream, AsyncEventStream)
                async with stream:
                    items = [item async for item in stream]
                    assert isinstance(items[0].unwrap(), ChatStreamChunk)
                    return response_info(stream)

    _check(asyncio.run(run()))


def test_values_that_cannot_carry_it_give_none() -> None:
    assert response_info(None) is None
    assert response_info(b"bytes") is None
    assert response_info({"a": 1}) is None
