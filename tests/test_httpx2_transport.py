"""An httpx2 client beneath a core (openrouter_core.httpx2_transport) on a loopback socket.

Each scenario runs twice against the same scripted fault server: once on a core holding a
plain ``httpx`` client, once on a core holding an ``httpx2`` client through the adapter; what
the user gets (the value, or the error's class and message) must be the same. Skipped when
httpx2 (the ``httpx2`` extra, Python 3.11+) is not installed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore
from openrouter_core.accumulate import accumulate_chat, accumulate_chat_async
from openrouter_core.errors import ConnectionError, RequestTimeoutError
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.conftest import FakeClock
from tests.faultserver import (
    DEFAULT_BODY,
    EventStream,
    Fault,
    FaultServer,
    Respond,
    error_status,
    reset_mid_body,
)
from tests.test_cassettes import CHAT, CHUNKS

httpx2 = pytest.importorskip("httpx2")
from openrouter_core.httpx2_transport import httpx2_async_client, httpx2_client  # noqa: E402

KEY = "sk-or-v1-" + "ab" * 32
ANSWER = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Hi"},
        }
    ],
}

#: name -> (the server's script, the call: "credits", "chat" or "stream")
SCENARIOS: dict[str, tuple[list[Fault], str]] = {
    "credits": ([Respond(200, DEFAULT_BODY)], "credits"),
    "chat": ([Respond(200, ANSWER)], "chat"),
    "stream": ([EventStream(CHUNKS)], "stream"),
    "error status": ([error_status(401)], "credits"),
    "retried 503": ([error_status(503, retry_after=0), Respond(200, DEFAULT_BODY)], "credits"),
    "body cut by a reset": ([reset_mid_body(10)], "credits"),
    "stream cut by a reset": ([EventStream(CHUNKS[:2], end="reset")], "stream"),
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def observed(result: Result[Any, Any]) -> tuple[str, object]:
    """What a user sees: the value, or the error's class and message."""
    if isinstance(result, Success):
        value = result.unwrap()
        error = getattr(value, "error", None)  # a stream's summary carries how it broke
        if error is not None:
            return ("ok, broken", (type(error).__name__, as_seen(error)))
        return ("ok", value)
    assert isinstance(result, Failure)
    error = result.failure()
    return (type(error).__name__, as_seen(error))


def as_seen(error: BaseException) -> str:
    """The error's message with the socket's own words cut (httpx2 words a reset its own way:
    ``ReadError: ReadError`` where httpx says ``ReadError: [Errno 104] ...``)."""
    return re.sub(r"\((\w+): [^()]*(\([^()]*\))?[^()]*\)", r"(\1)", str(error))


def sync_call(core: OpenRouterCore, kind: str) -> tuple[str, object]:
    if kind == "credits":
        return observed(credits_get_credits(core))
    if kind == "chat":
        return observed(chat_send(core, CHAT))
    return observed(chat_send(core, {**CHAT, "stream": True}).map(accumulate_chat))


async def async_call(core: OpenRouterCore, kind: str) -> tuple[str, object]:
    if kind == "credits":
        return observed(await credits_get_credits_async(core))
    if kind == "chat":
        return observed(await chat_send_async(core, CHAT))
    stream = await chat_send_async(core, {**CHAT, "stream": True})
    if isinstance(stream, Failure):
        return observed(stream)
    try:
        return observed(Success(await accumulate_chat_async(stream.unwrap())))
    except Exception as exc:  # accumulate raises what a broken stream yields
        return (type(exc).__name__, str(exc))


def core_on(url: str, **clients: Any) -> OpenRouterCore:
    return OpenRouterCore(api_key=KEY, server_url=url, clock=FakeClock(), **clients)


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_sync_httpx2_client_gives_what_httpx_gives(server: FaultServer, name: str) -> None:
    script, kind = SCENARIOS[name]
    url = server.url + "/api/v1"
    server.enqueue(*script)
    with httpx.Client() as plain:
        expected = sync_call(core_on(url, client=plain), kind)
    sent_by_httpx = server.request_count
    server.enqueue(*script)
    with httpx2_client(httpx2.Client()) as wrapped:
        got = sync_call(core_on(url, client=wrapped), kind)
    assert got == expected
    assert server.request_count == 2 * sent_by_httpx  # the same retries


@pytest.mark.parametrize("name", SCENARIOS)
async def test_an_async_httpx2_client_gives_what_httpx_gives(
    server: FaultServer, name: str
) -> None:
    script, kind = SCENARIOS[name]
    url = server.url + "/api/v1"
    server.enqueue(*script)
    async with httpx.AsyncClient() as plain:
        expected = await async_call(core_on(url, async_client=plain), kind)
    sent_by_httpx = server.request_count
    server.enqueue(*script)
    async with httpx2_async_client(httpx2.AsyncClient()) as wrapped:
        got = await async_call(core_on(url, async_client=wrapped), kind)
    assert got == expected
    assert server.request_count == 2 * sent_by_httpx  # the same retries


def closed_port_url() -> str:
    with FaultServer() as gone:
        url = gone.url
    return url + "/api/v1"


def test_an_unreachable_server_is_a_connection_error_value() -> None:
    url = closed_port_url()
    with httpx2_client(httpx2.Client()) as wrapped:
        result = credits_get_credits(core_on(url, client=wrapped))
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ConnectionError)
    assert "could not reach" in str(result.failure())


async def test_an_unreachable_server_is_a_connection_error_value_async() -> None:
    url = closed_port_url()
    async with httpx2_async_client(httpx2.AsyncClient()) as wrapped:
        result = await credits_get_credits_async(core_on(url, async_client=wrapped))
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ConnectionError)


def test_httpx2_timeouts_are_timeout_errors_of_the_core() -> None:
    """httpx2's timeouts (raised by its pool or its reads) reach the core as httpx's own."""
    from openrouter_core._transport_errors import client_error_class
    from openrouter_core.httpx2_transport import _httpx_error

    request = httpx.Request("GET", "http://127.0.0.1/api/v1/credits")
    for name in ("ConnectTimeout", "ReadTimeout", "WriteTimeout", "PoolTimeout"):
        mapped = _httpx_error(getattr(httpx2, name)("slow"), request)
        assert type(mapped) is getattr(httpx, name)
        assert client_error_class(mapped) is RequestTimeoutError


def test_closing_the_wrapper_closes_the_httpx2_client() -> None:
    inner = httpx2.Client()
    httpx2_client(inner).close()
    assert inner.is_closed
