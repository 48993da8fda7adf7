"""Bounded buffering: one oversized stream event or body is an error value, not unbounded memory.

An event larger than the core's ``max_event_bytes`` ends the stream with one ``Failure``; a
non-streamed body larger than ``max_body_bytes`` (declared by ``Content-Length`` or found while
reading) is a ``Failure`` without the rest being read. The limits here are small so the tests
stay cheap; the defaults (16 MiB and 256 MiB) are generous.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from collections.abc import Callable
from typing import TypeVar

import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore
from openrouter_core.errors import OpenRouterDefaultError, ResponseValidationError
from tests.faultserver import SSE_DONE, EventStream, FaultServer, Respond, huge_body

from .conftest import Caller, CoreFactory
from .test_stream_faults import assert_next_call_succeeds, chunk, drain, stream_of, texts

LIMIT = 4096
T = TypeVar("T")


def test_an_event_past_max_event_bytes_ends_the_stream_with_a_failure(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_event_bytes=LIMIT)
    # One data line that never ends, sent in pieces smaller than the limit.
    endless = [b"data: " + b"x" * 1000] + [b"x" * 1000] * 100
    server.enqueue(EventStream([chunk("a"), *endless, b"\n\n", chunk("never"), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["a"] and len(items) == 2
    failure = items[1].failure()
    assert isinstance(failure, ResponseValidationError)
    assert "max_event_bytes" in str(failure) and str(LIMIT) in str(failure)
    assert_next_call_succeeds(caller, core, server)


def test_an_event_of_many_short_lines_past_the_limit_is_refused_too(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_event_bytes=LIMIT)
    many_lines = b"data: " + b"y" * 100 + b"\n"
    server.enqueue(EventStream([chunk("a"), many_lines * 100, b"\n", SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == ["a"]
    assert isinstance(items[-1].failure(), ResponseValidationError)
    assert "max_event_bytes" in str(items[-1].failure())


def test_events_within_the_limit_are_read_however_many_there_are(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_event_bytes=LIMIT)
    words = [f"w{i}-" + "z" * 1000 for i in range(50)]
    server.enqueue(EventStream([*(chunk(word) for word in words), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items) == words


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_body_past_max_body_bytes_is_a_failure(
    declared: bool, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_body_bytes=LIMIT)
    if declared:
        server.enqueue(huge_body(8))  # 8 MiB behind a Content-Length
    else:
        padding = b'{"data": "' + b"p" * 10_000
        server.enqueue(EventStream([padding, b'"}'], headers={"Content-Type": "application/json"}))
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ResponseValidationError)
    assert "max_body_bytes" in str(result.failure())
    server.enqueue(Respond(200, {"data": {"total_credits": 2, "total_usage": 0}}))
    assert isinstance(caller.call("credits_get_credits", core), Success)


def test_an_error_body_past_the_limit_is_still_the_status_error(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_body_bytes=LIMIT)
    server.enqueue(Respond(400, b"e" * 10_000, {"Content-Type": "text/plain"}))
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, OpenRouterDefaultError) and error.status_code == 400
    assert "max_body_bytes" in str(error)


def test_a_body_within_the_limit_is_read(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_body_bytes=LIMIT)
    assert isinstance(caller.call("credits_get_credits", core), Success)


@pytest.mark.parametrize("field", ["max_event_bytes", "max_body_bytes"])
@pytest.mark.parametrize("value", [0, -1, 1.5, "big"])
def test_nonsense_limits_are_refused_when_the_core_is_made(field: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        OpenRouterCore(api_key="k", **{field: value})  # type: ignore[arg-type]


def test_none_turns_a_limit_off() -> None:
    core = OpenRouterCore(api_key="k", max_event_bytes=None, max_body_bytes=None)
    assert core.max_event_bytes is None and core.max_body_bytes is None


# --- compression bombs: the limits count inflated bytes as they are produced -----------------

#: The limit the bombs are held to, and what they inflate to (32 times as much).
BOMB_LIMIT = 1024 * 1024
BOMB_SIZE = 32 * BOMB_LIMIT
#: The most memory reading a bomb may take at its peak: a small multiple of the limit (httpx
#: alone inflated a whole network chunk at once: one 64 KiB chunk of gzip is about 64 MiB).
PEAK_BOUND = 6 * BOMB_LIMIT


def gzip_bomb(prefix: bytes = b"") -> bytes:
    """``prefix`` then BOMB_SIZE bytes of ``a``, gzipped (about 32 KiB), made a MiB at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"a" * (1024 * 1024)
    parts = [packer.compress(prefix)]
    parts += [packer.compress(block) for _ in range(BOMB_SIZE // len(block))]
    return b"".join([*parts, packer.flush()])


def brotli_bomb() -> bytes:
    brotli = pytest.importorskip("brotli")
    if not hasattr(brotli.Decompressor(), "can_accept_more_data"):
        pytest.skip("this brotli cannot inflate in bounded steps (brotli>=1.2 can)")
    packer = brotli.Compressor(quality=5)
    block = b"a" * (1024 * 1024)
    parts = [packer.process(block) for _ in range(BOMB_SIZE // len(block))]
    return b"".join([*parts, packer.finish()])


def peak_memory(run: Callable[[], T]) -> tuple[T, int]:
    """What ``run`` returns, and the most memory Python held while it ran (bytes)."""
    tracemalloc.start()
    try:
        value = run()
        return value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_a_compressed_bomb_past_max_body_bytes_is_refused_at_about_the_limit(
    encoding: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    bomb = gzip_bomb() if encoding == "gzip" else brotli_bomb()
    core = make_core(max_body_bytes=BOMB_LIMIT)
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
    server.enqueue(Respond(200, bomb, headers))
    result, peak = peak_memory(lambda: caller.call("credits_get_credits", core))
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ResponseValidationError)
    assert "max_body_bytes" in str(result.failure())
    assert peak < PEAK_BOUND, f"reading the bomb took {peak / 2**20:.1f} MiB at its peak"
    assert isinstance(caller.call("credits_get_credits", core), Success)


def test_a_gzip_bomb_in_a_stream_is_refused_at_about_max_event_bytes(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(max_event_bytes=BOMB_LIMIT)
    bomb = gzip_bomb(prefix=b"data: ")
    server.enqueue(EventStream([bomb], headers={"Content-Encoding": "gzip"}))
    items, peak = peak_memory(lambda: drain(caller, stream_of(caller, core)))
    assert len(items) == 1 and isinstance(items[0].failure(), ResponseValidationError)
    assert "max_event_bytes" in str(items[0].failure())
    assert peak < PEAK_BOUND, f"reading the bomb took {peak / 2**20:.1f} MiB at its peak"
    assert_next_call_succeeds(caller, core, server)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw deflate", "br", "gzip, br"])
def test_compressed_bodies_within_the_limit_are_read(
    encoding: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    """Inflating in steps changes nothing for an ordinary compressed body (a body of many
    steps, in each encoding the SDK inflates itself)."""
    words = [f"word{i}" for i in range(40_000)]
    body = json.dumps({"data": {"total_credits": 1.5, "total_usage": 0, "words": words}})
    data = body.encode()
    for name in encoding.split(", "):  # applied in the order the header lists them
        if name == "gzip":
            data = gzip.compress(data)
        elif name == "deflate":
            data = zlib.compress(data)
        elif name == "raw deflate":
            packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
            data = packer.compress(data) + packer.flush()
        else:
            data = pytest.importorskip("brotli").compress(data)
    header = encoding.replace("raw deflate", "deflate")
    core = make_core(max_body_bytes=len(body) + 1)
    server.enqueue(
        Respond(200, data, {"Content-Type": "application/json", "Content-Encoding": header})
    )
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Success), result
    assert result.unwrap().data.total_credits == 1.5
