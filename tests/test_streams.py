"""Event streams over real httpx responses: every outcome is an item, the response is closed."""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal

import httpx
import pytest
from returns.result import Failure, Result, Success

from openrouter_core._sse import ServerSentEvent
from openrouter_core.errors import (
    ConnectionError,
    OpenRouterBaseError,
    RequestTimeoutError,
    ResponseValidationError,
    UnexpectedClientError,
)
from openrouter_core.streams import AsyncEventStream, EventStream, StreamEventError

Mode = Literal["sync", "async"]
Item = Result[dict[str, Any], OpenRouterBaseError]
URL = "https://openrouter.ai/api/v1/chat/completions"


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that yields the given chunks and raises the given exceptions."""

    def __init__(self, parts: Sequence[bytes | BaseException]) -> None:
        self.parts = parts
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            if isinstance(part, BaseException):
                raise part
            yield part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            if isinstance(part, BaseException):
                raise part
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def chunk(text: str, **extra: Any) -> bytes:
    payload = {"id": "gen-1", "choices": [{"index": 0, "delta": {"content": text}}], **extra}
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def parse(event: ServerSentEvent) -> dict[str, Any]:
    """A stand-in for the generated model: JSON with a ``choices`` list, or it raises."""
    data: dict[str, Any] = json.loads(event.data)
    if not isinstance(data.get("choices"), list):
        raise ValueError("not a chat completion chunk")
    return data


def handler(parts: Sequence[bytes | BaseException], headers: dict[str, str]) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(
            200,
            headers={"content-type": "text/event-stream", "x-request-id": "req-1", **headers},
            stream=Body(parts),
        )
    )


def open_sync(
    parts: Sequence[bytes | BaseException], headers: dict[str, str] | None = None
) -> EventStream[dict[str, Any]]:
    client = httpx.Client(transport=handler(parts, headers or {}))
    response = client.send(client.build_request("POST", URL), stream=True)
    return EventStream(response, parse, method="POST", path="/chat/completions")


async def open_async(
    parts: Sequence[bytes | BaseException], headers: dict[str, str] | None = None
) -> AsyncEventStream[dict[str, Any]]:
    client = httpx.AsyncClient(transport=handler(parts, headers or {}))
    response = await client.send(client.build_request("POST", URL), stream=True)
    return AsyncEventStream(response, parse, method="POST", path="/chat/completions")


async def collect(
    mode: Mode, parts: Sequence[bytes | BaseException], headers: dict[str, str] | None = None
) -> tuple[list[Item], httpx.Response]:
    """Read a whole stream in either mode; returns its items and its response."""
    if mode == "sync":
        stream = open_sync(parts, headers)
        return list(stream), stream.response
    astream = await open_async(parts, headers)
    return [item async for item in astream], astream.response


def contents(items: list[Item]) -> list[str]:
    return [
        item.unwrap()["choices"][0]["delta"]["content"]
        for item in items
        if isinstance(item, Success)
    ]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> Mode:
    m: Mode = request.param
    return m


# --- normal streams -----------------------------------------------------------------------


async def test_chunks_until_done_then_closed(mode: Mode) -> None:
    parts = [
        b": OPENROUTER PROCESSING\n\n",
        chunk("Hel") + chunk("lo"),
        chunk("!"),
        b"data: [DONE]\n\n",
        chunk("after done is never read"),
    ]
    items, response = await collect(mode, parts)
    assert contents(items) == ["Hel", "lo", "!"]
    assert len(items) == 3
    assert response.is_closed


async def test_events_split_across_tiny_chunks(mode: Mode) -> None:
    body = chunk("é🙂") + chunk("b").replace(b"\n", b"\r\n") + b"data: [DONE]\n\n"
    items, _ = await collect(mode, [body[i : i + 3] for i in range(0, len(body), 3)])
    assert contents(items) == ["é🙂", "b"]


async def test_eof_without_done_ends_with_the_last_event(mode: Mode) -> None:
    items, response = await collect(mode, [chunk("a"), chunk("b").rstrip(b"\n")])
    assert contents(items) == ["a", "b"]
    assert response.is_closed


async def test_gzip_content_encoding_is_undone(mode: Mode) -> None:
    body = gzip.compress(chunk("zipped") + b"data: [DONE]\n\n")
    items, _ = await collect(mode, [body[:10], body[10:]], {"content-encoding": "gzip"})
    assert contents(items) == ["zipped"]


def test_headers_and_response_are_exposed() -> None:
    stream = open_sync([b"data: [DONE]\n\n"])
    assert stream.headers["x-request-id"] == "req-1"
    assert stream.response.status_code == 200
    stream.close()


def test_a_parser_gets_each_event_with_its_type_id_and_retry() -> None:
    seen: list[ServerSentEvent] = []

    def record(event: ServerSentEvent) -> ServerSentEvent:
        seen.append(event)
        return event

    body = (
        b'data: {"n": 1}\n\n'
        b'event: delta\ndata: {"n": 2}\n\n'
        b'retry: 10\ndata: {"n": 3}\n\n'
        b'id: 7\ndata: {"n": 4}\n\n'
        b'data: {"n": 5}\n\n'
        b"data: [DONE]\n\n"
    )
    client = httpx.Client(transport=handler([body], {}))
    response = client.send(client.build_request("POST", URL), stream=True)
    items = list(EventStream(response, record, method="POST", path="/chat/completions"))
    assert [item.unwrap() for item in items] == seen
    assert seen == [
        ServerSentEvent(data='{"n": 1}'),
        ServerSentEvent(event="delta", data='{"n": 2}'),
        ServerSentEvent(data='{"n": 3}', retry=10),
        ServerSentEvent(data='{"n": 4}', id="7"),
        ServerSentEvent(data='{"n": 5}', id="7"),
    ]


async def test_an_error_event_ends_the_stream_inside_its_chunk(mode: Mode) -> None:
    error = chunk("", error={"code": 502, "message": "Provider disconnected"})
    body = chunk("a") + error + chunk("never decoded") + b"data: [DONE]\n\n"
    items, response = await collect(mode, [body])
    assert contents(items) == ["a"]
    assert [type(item.failure()) for item in items[1:]] == [StreamEventError]
    assert response.is_closed


# --- failures reported by the server ------------------------------------------------------


async def test_mid_stream_error_event_is_one_failure_then_end(mode: Mode) -> None:
    error = {"code": 502, "message": "Provider disconnected"}
    parts = [
        chunk("partial"),
        chunk("", error=error, choices=[{"index": 0, "delta": {}, "finish_reason": "error"}]),
        chunk("never seen"),
    ]
    items, response = await collect(mode, parts)
    assert contents(items) == ["partial"]
    assert len(items) == 2
    match items[1]:
        case Failure(StreamEventError() as err):
            assert err.code == 502
            assert err.data == error
            assert "Provider disconnected" in str(err)
            assert "POST /chat/completions" in str(err)
            assert err.raw_response is response
        case other:
            pytest.fail(f"expected a StreamEventError, got {other!r}")
    assert response.is_closed


async def test_responses_api_error_event(mode: Mode) -> None:
    event = {"type": "error", "code": "rate_limit_exceeded", "message": "Slow down", "param": None}
    items, _ = await collect(mode, [b"data: " + json.dumps(event).encode() + b"\n\n"])
    [failure] = items
    err = failure.failure()
    assert isinstance(err, StreamEventError)
    assert (err.code, err.data) == ("rate_limit_exceeded", event)


async def test_error_typed_event_without_json(mode: Mode) -> None:
    items, _ = await collect(mode, [b"event: error\ndata: upstream went away\n\n", chunk("x")])
    [failure] = items
    err = failure.failure()
    assert isinstance(err, StreamEventError)
    assert err.code is None
    assert err.data == {"message": "upstream went away"}


async def test_null_error_and_the_word_error_are_ordinary_chunks(mode: Mode) -> None:
    parts = [chunk("a", error=None), chunk('say "error"'), chunk("b", finish_reason="error")]
    items, _ = await collect(mode, parts)
    assert contents(items) == ["a", 'say "error"', "b"]


# --- bad events ---------------------------------------------------------------------------


async def test_bad_events_are_failures_and_the_stream_goes_on(mode: Mode) -> None:
    parts = [chunk("a"), b"data: {not json\n\n", b'data: {"no": "choices"}\n\n', chunk("b")]
    items, _ = await collect(mode, parts)
    assert contents(items) == ["a", "b"]
    assert [type(item.failure()) for item in items[1:3]] == [ResponseValidationError] * 2
    bad = items[1].failure()
    assert isinstance(bad, ResponseValidationError)
    assert bad.body == "{not json"
    assert isinstance(bad.cause, json.JSONDecodeError)
    assert bad.status_code == 200


def test_parse_errors_are_failures() -> None:
    def strict(event: ServerSentEvent) -> str:
        raise KeyError("choices")

    client = httpx.Client(transport=handler([chunk("a"), b"data: [DONE]\n\n"], {}))
    response = client.send(client.build_request("POST", URL), stream=True)
    [item] = list(EventStream(response, strict, method="POST", path="/chat/completions"))
    err = item.failure()
    assert isinstance(err, ResponseValidationError)
    assert isinstance(err.cause, KeyError)


# --- failures while reading ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.RemoteProtocolError("peer closed connection"), ConnectionError),
        (httpx.ReadError("connection reset"), ConnectionError),
        (httpx.ReadTimeout("timed out"), RequestTimeoutError),
        (ValueError("boom"), UnexpectedClientError),
    ],
)
async def test_read_failures_are_one_failure_then_end(
    mode: Mode, raised: Exception, expected: type[OpenRouterBaseError]
) -> None:
    items, response = await collect(mode, [chunk("a"), chunk("b")[:20], raised, chunk("c")])
    assert contents(items) == ["a"]
    err = items[-1].failure()
    assert type(err) is expected
    assert err.cause is raised  # type: ignore[attr-defined]
    assert "POST /chat/completions" in str(err)
    assert len(items) == 2
    assert response.is_closed


def test_base_exceptions_propagate() -> None:
    stream = open_sync([chunk("a"), KeyboardInterrupt()])
    assert next(stream) == Success(json.loads(chunk("a")[6:]))
    with pytest.raises(KeyboardInterrupt):
        next(stream)


# --- closing ------------------------------------------------------------------------------


def test_break_inside_with_closes_the_response() -> None:
    stream = open_sync([chunk("a"), chunk("b"), chunk("c")])
    with stream:
        for item in stream:
            assert isinstance(item, Success)
            break
        assert not stream.response.is_closed
    assert stream.response.is_closed
    assert list(stream) == []


async def test_break_inside_async_with_closes_the_response() -> None:
    stream = await open_async([chunk("a"), chunk("b"), chunk("c")])
    async with stream:
        async for item in stream:
            assert isinstance(item, Success)
            break
        assert not stream.response.is_closed
    assert stream.response.is_closed
    assert [item async for item in stream] == []


def test_close_mid_iteration_just_ends() -> None:
    stream = open_sync([chunk("a"), chunk("b")])
    seen = []
    for item in stream:
        seen.append(item)
        stream.close()
    assert len(seen) == 1
    assert stream.response.is_closed


async def test_aclose_before_reading_yields_nothing() -> None:
    stream = await open_async([chunk("a")])
    await stream.aclose()
    assert [item async for item in stream] == []
    assert stream.response.is_closed


def test_reading_a_response_closed_elsewhere_just_ends() -> None:
    stream = open_sync([chunk("a")])
    stream.response.close()
    assert list(stream) == []
