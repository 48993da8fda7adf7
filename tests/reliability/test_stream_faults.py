"""Streaming faults on a real socket: a broken stream is one Failure item, then it ends.

Streams come from ``chat_send(core, {..., "stream": True})``, sync and async, on cores whose
pool holds one connection: a stream that left its connection checked out would make the next
call time out.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore
from openrouter_core.errors import (
    ConnectionError,
    RequestTimeoutError,
    ResponseValidationError,
    StreamEventError,
)
from tests.faultserver import SSE_DONE, EventStream, FaultServer, Stall, error_status, sse

from .conftest import CHAT_BODY, CHAT_REQUEST, RETRY, SLACK, TIMEOUT_MS, Caller, CoreFactory

pytest.importorskip("openrouter_funcs.chat_send")

TIMEOUT = TIMEOUT_MS / 1000
FOREVER = 30.0


def chunk(text: str) -> bytes:
    """One chat completion chunk event carrying ``text``."""
    return sse(
        {
            "id": "gen-1",
            "created": 1,
            "model": "m",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
        }
    )


def text_of(value: Any) -> str:
    """The delta text of a ChatStreamChunk."""
    return str(value.choices[0].delta.content)


def start(caller: Caller, core: OpenRouterCore) -> Result[Any, Any]:
    """Ask for a streamed chat completion."""
    return caller.call("chat_send", core, {**CHAT_REQUEST, "stream": True})


def stream_of(caller: Caller, core: OpenRouterCore) -> Any:
    result = start(caller, core)
    assert isinstance(result, Success), f"the stream did not start: {result!r}"
    return result.unwrap()


def drain(caller: Caller, stream: Any) -> list[Result[Any, Any]]:
    """Every item of ``stream``, read inside its ``with`` block."""
    if caller.asynchronous:

        async def collect() -> list[Result[Any, Any]]:
            async with stream:
                return [item async for item in stream]

        return caller.run(collect())  # type: ignore[no-any-return]
    with stream:
        return list(stream)


def first_then_leave(caller: Caller, stream: Any) -> Result[Any, Any]:
    """The first item, leaving the ``with`` block (and the loop) right after it."""
    if caller.asynchronous:

        async def first() -> Result[Any, Any]:
            async with stream:
                async for item in stream:
                    return item  # type: ignore[no-any-return]
            raise AssertionError("the stream had no item")

        return caller.run(first())  # type: ignore[no-any-return]
    with stream:
        for item in stream:
            return item  # type: ignore[no-any-return]
    raise AssertionError("the stream had no item")


def texts(items: list[Result[Any, Any]]) -> list[str]:
    return [text_of(item.unwrap()) for item in items if isinstance(item, Success)]


def assert_next_call_succeeds(caller: Caller, core: OpenRouterCore, server: FaultServer) -> None:
    server.enqueue(EventStream([chunk("again"), SSE_DONE]))
    started = time.monotonic()
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["again"] and len(items) == 1, items
    assert time.monotonic() - started < TIMEOUT + SLACK


def test_a_complete_stream_yields_every_chunk_then_ends(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(
        EventStream([b": OPENROUTER PROCESSING\n\n", chunk("Hel"), chunk("lo"), SSE_DONE])
    )
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["Hel", "lo"] and len(items) == 2
    assert server.requests[0].headers["accept"] == "text/event-stream"
    assert_next_call_succeeds(caller, core, server)


@pytest.mark.parametrize(
    ("pieces", "end"),
    [
        ([chunk("a"), chunk("b")], "reset"),
        ([chunk("a"), chunk("b")], "close"),
        ([chunk("a"), chunk("b")[:12]], "reset"),
    ],
    ids=["reset-between-events", "closed-between-events", "reset-inside-an-event"],
)
def test_a_stream_cut_mid_way_is_one_connection_error_then_ends(
    pieces: list[bytes],
    end: str,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(EventStream(pieces, end=end))  # type: ignore[arg-type]
    started = time.monotonic()
    items = drain(caller, stream_of(caller, core))
    assert time.monotonic() - started < TIMEOUT + SLACK
    assert texts(items)[0] == "a"
    assert isinstance(items[-1], Failure)
    assert isinstance(items[-1].failure(), ConnectionError)
    assert [isinstance(item, Failure) for item in items].count(True) == 1
    # A stream that had started is never sent again: the answer was already under way.
    assert server.request_count == 1
    assert_next_call_succeeds(caller, core, server)


def test_a_stall_between_events_is_one_timeout_then_ends(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(EventStream([chunk("a"), FOREVER, chunk("never"), SSE_DONE]))
    started = time.monotonic()
    items = drain(caller, stream_of(caller, core))
    elapsed = time.monotonic() - started
    assert texts(items) == ["a"] and len(items) == 2
    assert isinstance(items[1].failure(), RequestTimeoutError)
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + SLACK
    assert server.request_count == 1
    assert_next_call_succeeds(caller, core, server)


def test_an_error_event_mid_stream_is_one_stream_event_error_then_ends(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    error = {"error": {"code": 502, "message": "Provider disconnected"}}
    server.enqueue(EventStream([chunk("a"), sse(error), chunk("never"), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["a"] and len(items) == 2
    failure = items[1].failure()
    assert isinstance(failure, StreamEventError)
    assert failure.code == 502
    assert "Provider disconnected" in str(failure)
    assert_next_call_succeeds(caller, core, server)


def test_an_event_that_is_not_json_is_a_failure_item_and_the_stream_goes_on(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    junk = [b"no field here\n\n", b"data: {not json\n\n", b"\xff\xfe\n\n", b"retry: x\n\n"]
    server.enqueue(EventStream([*junk, chunk("a"), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["a"]
    failures = [item.failure() for item in items if isinstance(item, Failure)]
    assert failures and all(isinstance(f, ResponseValidationError) for f in failures)
    assert_next_call_succeeds(caller, core, server)


def test_leaving_a_stream_early_frees_its_connection(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    # The server would keep this stream open for much longer than the test runs.
    server.enqueue(EventStream([chunk("a"), chunk("b"), FOREVER, SSE_DONE]))
    stream = stream_of(caller, core)
    assert text_of(first_then_leave(caller, stream).unwrap()) == "a"
    assert stream.response.is_closed
    assert_next_call_succeeds(caller, core, server)


def test_a_stall_before_the_stream_starts_is_the_outer_timeout(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(Stall(FOREVER))
    started = time.monotonic()
    result = start(caller, core)
    elapsed = time.monotonic() - started
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), RequestTimeoutError)
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, server)


def test_a_5xx_before_the_stream_starts_is_retried(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(error_status(503), EventStream([chunk("ok"), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["ok"] and len(items) == 1
    assert server.request_count == 2


def test_a_json_answer_to_a_stream_request_is_still_read(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    # Some proxies ignore Accept: the documented JSON success must not be lost.
    core = make_core()
    server.enqueue(
        EventStream([json.dumps(CHAT_BODY).encode()], headers={"Content-Type": "application/json"})
    )
    result = start(caller, core)
    assert isinstance(result, Success), result
    assert result.unwrap().choices[0].message.content == "hi"
    assert_next_call_succeeds(caller, core, server)
