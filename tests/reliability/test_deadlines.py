"""``timeout_ms`` is a deadline for the whole attempt; a stream's silences have their own bound.

httpx bounds each read, so a server that drips a byte more often than the read timeout used to
hold a call for as long as it liked. These run against a real slow-drip server (sync and
async): the call must end with ``RequestTimeoutError`` near the deadline, and the server must
see the connection cut, not the body sent to the end. Wall-clock bounds are generous (the
drips alone would take many times longer); what is asserted is how the call ended.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import attrs
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.errors import RequestTimeoutError, SDKValidationError
from openrouter_core.serverless import (
    SERVERLESS_RETRY_CONFIG,
    SERVERLESS_STREAM_IDLE_TIMEOUT_MS,
    SERVERLESS_TIMEOUT_MS,
)
from openrouter_funcs.credits_get_credits import credits_get_credits
from tests.faultserver import SSE_DONE, EventStream, Exchange, Fault, FaultServer, Respond, Stall
from tests.faultserver import Trickle as TrickleFault

from .conftest import CREDITS_BODY, SLACK, Caller, CoreFactory
from .test_stream_faults import chunk, drain, stream_of, texts

#: The attempt budget here, and the drip interval (shorter, so no single read times out).
BUDGET_MS = 300
DRIP = 0.1
#: How long the server waits for its send to fail once the client has gone.
SEEN_WITHIN = 5.0


@dataclass(frozen=True)
class Drip(Fault):
    """The credits body one byte every DRIP seconds (about 6 s in all); records a cut."""

    cut: threading.Event = field(default_factory=threading.Event, compare=False)
    finished: threading.Event = field(default_factory=threading.Event, compare=False)

    def serve(self, ex: Exchange) -> bool:
        trickle = TrickleFault(Respond(200, CREDITS_BODY), chunk_size=1, delay=DRIP)
        try:
            keep = trickle.serve(ex)
        except OSError:
            self.cut.set()
            raise
        self.finished.set()
        return keep


def assert_cut(drip: Drip) -> None:
    """The server saw the client hang up part-way through the body."""
    assert drip.cut.wait(SEEN_WITHIN), "the client kept reading the dripping body"
    assert not drip.finished.is_set()


def test_a_dripping_body_ends_at_the_deadline(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=BUDGET_MS)
    drip = Drip()
    server.enqueue(drip)
    result, elapsed = caller.timed("credits_get_credits", core)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, RequestTimeoutError), error
    assert "timeout_ms" in str(error)
    assert_cut(drip)
    assert elapsed < BUDGET_MS / 1000 + SLACK
    assert server.request_count == 1
    # The core still works; a roomy per-call budget keeps a loaded machine from failing it.
    roomy = RequestOptions(timeout_ms=30_000)
    assert isinstance(caller.call("credits_get_credits", core, options=roomy), Success)


def test_the_per_call_timeout_is_a_deadline_too(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=60_000)
    drip = Drip()
    server.enqueue(drip)
    result = caller.call("credits_get_credits", core, options=RequestOptions(timeout_ms=BUDGET_MS))
    assert isinstance(result, Failure) and isinstance(result.failure(), RequestTimeoutError)
    assert_cut(drip)


def test_the_serverless_preset_holds_against_a_dripping_server(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    """The preset's arithmetic (an attempt's deadline plus a retry budget), scaled by 1/40:
    stalled heads are retried within the budget, then a dripping body ends the call."""
    scale = 40
    backoff = SERVERLESS_RETRY_CONFIG.backoff
    retry = attrs.evolve(
        SERVERLESS_RETRY_CONFIG,
        backoff=attrs.evolve(
            backoff,
            initial_interval=backoff.initial_interval // scale,
            max_interval=backoff.max_interval // scale,
            max_elapsed_time=backoff.max_elapsed_time // scale,
        ),
    )
    timeout_ms = SERVERLESS_TIMEOUT_MS // scale
    promised = (timeout_ms + retry.backoff.max_elapsed_time) / 1000  # "within 25 s", scaled
    core = make_core(retry_config=retry, timeout_ms=timeout_ms)
    drip = Drip()
    server.enqueue(Stall(30), drip)
    server.default = Drip()
    result, elapsed = caller.timed("credits_get_credits", core)
    assert isinstance(result, Failure) and isinstance(result.failure(), RequestTimeoutError)
    assert server.request_count >= 2  # the stalled head was retried
    assert_cut(drip)
    assert elapsed < promised + SLACK


def test_a_streams_silence_is_bounded_by_its_idle_timeout_not_timeout_ms(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(timeout_ms=60_000, stream_idle_timeout_ms=BUDGET_MS)
    server.enqueue(EventStream([chunk("a"), 30.0, chunk("never"), SSE_DONE]))
    items, elapsed = _timed_drain(caller, core)
    assert texts(items) == ["a"] and len(items) == 2
    assert isinstance(items[1].failure(), RequestTimeoutError)
    assert "stream_idle_timeout_ms" in str(items[1].failure())
    assert elapsed < BUDGET_MS / 1000 + SLACK


def test_a_stream_outlives_timeout_ms_while_events_keep_coming(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    """timeout_ms covers a stream's head only: a stream may last longer than that."""
    core = make_core(timeout_ms=BUDGET_MS, stream_idle_timeout_ms=10_000)
    words = [f"w{i}" for i in range(6)]
    server.enqueue(EventStream([*(chunk(word) for word in words), SSE_DONE], delay=0.1))
    items, _ = _timed_drain(caller, core)
    assert texts(items) == words and len(items) == len(words)


def _timed_drain(caller: Caller, core: OpenRouterCore) -> tuple[list[Result[Any, Any]], float]:
    started = time.monotonic()
    items = drain(caller, stream_of(caller, core))
    return items, time.monotonic() - started


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "30s", True])
def test_a_nonsense_idle_timeout_is_refused(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        OpenRouterCore(api_key="k", stream_idle_timeout_ms=value)  # type: ignore[arg-type]
    core = OpenRouterCore(api_key="k", server_url="http://127.0.0.1:9")
    result = credits_get_credits(core, options={"stream_idle_timeout_ms": value})
    assert isinstance(result, Failure)
    refused = result.failure()
    assert isinstance(refused, SDKValidationError)
    assert refused.field == "stream_idle_timeout_ms"


def test_the_idle_timeout_has_a_default_and_none_turns_it_off() -> None:
    assert OpenRouterCore(api_key="k").stream_idle_timeout_ms == 120_000
    assert OpenRouterCore(api_key="k", stream_idle_timeout_ms=None).stream_idle_timeout_ms is None
    assert SERVERLESS_STREAM_IDLE_TIMEOUT_MS <= SERVERLESS_TIMEOUT_MS
