"""Streaming through the pipeline: the outer Result, items, early close and no retries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core._operation import JSON_BODY, Operation, fails, ok, ok_events
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    ConnectionError,
    InternalServerResponseError,
    StreamEventError,
    UnauthorizedResponseError,
)
from openrouter_core.streams import AsyncEventStream, EventStream

from .conftest import FakeClock, make_core

STREAMING = Operation[Any, Any](
    operation_id="sendChatCompletionRequest",
    method="POST",
    path="/chat/completions",
    request_type=None,
    body=None,
    responses=(
        ok(200, Any),
        ok_events(200, Any),
        fails(UnauthorizedResponseError),
        fails(InternalServerResponseError),
    ),
    streams=True,
)
_ = JSON_BODY


def chunk(text: str) -> bytes:
    return b'data: {"choices":[{"delta":{"content":"' + text.encode() + b'"}}]}\n\n'


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed and can fail mid-way."""

    def __init__(self, parts: list[bytes], fail_after: int | None = None) -> None:
        self.parts = parts
        self.fail_after = fail_after
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for index, part in enumerate(self.parts):
            if self.fail_after is not None and index >= self.fail_after:
                raise httpx.RemoteProtocolError("peer closed connection mid-stream")
            yield part

    async def __aiter__(self):  # type: ignore[no-untyped-def,override]
        for part in self.__iter__():
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_handler(body: Body, calls: list[httpx.Request]):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    return handler


def test_a_stream_yields_results_and_ends_at_done() -> None:
    body = Body([b": OPENROUTER PROCESSING\n\n", chunk("Hel"), chunk("lo"), b"data: [DONE]\n\n"])
    calls: list[httpx.Request] = []
    core = make_core(sse_handler(body, calls))
    result = invoke(core, STREAMING, None, None, stream=True)
    stream = result.unwrap()
    assert isinstance(stream, EventStream)
    assert calls[0].headers["accept"] == "text/event-stream"
    with stream:
        texts = [item.unwrap()["choices"][0]["delta"]["content"] for item in stream]
    assert texts == ["Hel", "lo"]
    assert body.closed


def test_leaving_the_loop_early_closes_the_response() -> None:
    body = Body([chunk("a"), chunk("b"), chunk("c"), b"data: [DONE]\n\n"])
    core = make_core(sse_handler(body, []))
    with invoke(core, STREAMING, None, None, stream=True).unwrap() as stream:
        for _item in stream:
            break
    assert body.closed
    assert stream.response.is_closed


def test_an_error_event_after_the_200_is_a_failure_item_then_the_end() -> None:
    error = b'data: {"error":{"code":502,"message":"Provider disconnected"}}\n\n'
    body = Body([chunk("a"), error, chunk("never")])
    core = make_core(sse_handler(body, []))
    items = list(invoke(core, STREAMING, None, None, stream=True).unwrap())
    assert isinstance(items[0], Success)
    assert isinstance(items[1], Failure)
    failure = items[1].failure()
    assert isinstance(failure, StreamEventError)
    assert failure.code == 502 and "Provider disconnected" in str(failure)
    assert len(items) == 2


def test_a_cut_connection_is_a_failure_item_and_is_never_retried() -> None:
    body = Body([chunk("a"), chunk("b")], fail_after=1)
    calls: list[httpx.Request] = []
    core = make_core(sse_handler(body, calls))
    items = list(invoke(core, STREAMING, None, None, stream=True).unwrap())
    assert isinstance(items[0], Success)
    assert isinstance(items[-1].failure(), ConnectionError)
    assert len(calls) == 1


def test_status_errors_before_the_stream_are_the_outer_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": {"code": 401, "message": "no key"}})

    result = invoke(make_core(handler), STREAMING, None, None, stream=True)
    assert isinstance(result.failure(), UnauthorizedResponseError)


def test_5xx_before_any_byte_is_retried_like_any_call() -> None:
    answers = iter([httpx.Response(500, json={"error": {"code": 500, "message": "x"}})])
    body = Body([chunk("ok"), b"data: [DONE]\n\n"])
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        for answer in answers:
            return answer
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    stream = invoke(make_core(handler, clock=clock), STREAMING, None, None, stream=True).unwrap()
    assert [item.unwrap()["choices"][0]["delta"]["content"] for item in stream] == ["ok"]
    assert clock.sleeps == [0.5]


def test_without_stream_the_json_body_is_returned() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept"] == "application/json"
        return httpx.Response(200, json={"id": "gen-1"})

    assert invoke(make_core(handler), STREAMING, None, None).unwrap() == {"id": "gen-1"}


async def test_async_streams_behave_the_same() -> None:
    body = Body([chunk("x"), b'data: {"error":{"code":500,"message":"boom"}}\n\n'])
    result = await invoke_async(
        make_core(sse_handler(body, [])), STREAMING, None, None, stream=True
    )
    stream = result.unwrap()
    assert isinstance(stream, AsyncEventStream)
    items = []
    async with stream:
        async for item in stream:
            items.append(item)
    assert isinstance(items[0], Success)
    assert isinstance(items[1].failure(), StreamEventError)
    assert body.closed


async def test_async_early_exit_closes_the_response() -> None:
    body = Body([chunk("a"), chunk("b"), b"data: [DONE]\n\n"])
    result = await invoke_async(
        make_core(sse_handler(body, [])), STREAMING, None, None, stream=True
    )
    async with result.unwrap() as stream:
        async for _item in stream:
            break
    assert body.closed


@pytest.mark.parametrize("asynchronous", [False, True])
def test_stream_flag_false_never_streams(asynchronous: bool) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept"])
        return httpx.Response(200, json={})

    invoke(make_core(handler), STREAMING, None, None, stream=False)
    assert seen == ["application/json"]
