"""Retries: backoff, Retry-After, the elapsed cap, connection errors, and turning them off."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator

import httpx
import pytest
from returns.result import Success

from openrouter_core import BackoffStrategy, RequestOptions, RetryConfig
from openrouter_core.errors import (
    ConnectionError,
    InternalServerResponseError,
    TooManyRequestsResponseError,
)
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import FakeClock, make_core

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
ERROR_500 = {"error": {"code": 500, "message": "Internal Server Error"}}


def scripted(*responses: httpx.Response | Exception):  # type: ignore[no-untyped-def]
    """A handler answering with ``responses`` in order and counting the attempts."""
    queue: Iterator[httpx.Response | Exception] = iter(responses)
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        item = next(queue)
        if isinstance(item, Exception):
            raise item
        return item

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


def ok() -> httpx.Response:
    return httpx.Response(200, json=CREDITS)


def fail(status: int = 500, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=ERROR_500, headers=headers)


def test_5xx_is_retried_with_exponential_backoff_by_default(clock: FakeClock) -> None:
    handler = scripted(fail(500), fail(503), fail(502), ok())
    result = credits_get_credits(make_core(handler, clock=clock))
    assert isinstance(result, Success)
    assert len(handler.calls) == 4
    assert clock.sleeps == pytest.approx([0.5, 0.75, 1.125])


def test_backoff_is_capped_at_max_interval(clock: FakeClock) -> None:
    backoff = BackoffStrategy(initial_interval=1000, max_interval=1500, exponent=3)
    handler = scripted(fail(), fail(), fail(), ok())
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    assert isinstance(credits_get_credits(core), Success)
    assert clock.sleeps == pytest.approx([1.0, 1.5, 1.5])


def test_jitter_spreads_the_waits_but_keeps_the_cap() -> None:
    class Jittery(FakeClock):
        def jitter(self) -> float:
            return 0.999

    clock = Jittery()
    handler = scripted(fail(), ok())
    credits_get_credits(make_core(handler, clock=clock))
    assert 0.5 < clock.sleeps[0] <= 0.5 * 1.25


def test_4xx_is_not_retried_by_default(clock: FakeClock) -> None:
    handler = scripted(fail(429))
    result = credits_get_credits(make_core(handler, clock=clock))
    assert isinstance(result.failure(), TooManyRequestsResponseError)
    assert len(handler.calls) == 1 and clock.sleeps == []


def test_retry_codes_can_name_exact_statuses(clock: FakeClock) -> None:
    handler = scripted(fail(429), ok())
    options = RequestOptions(retry_codes=["429"])
    assert isinstance(
        credits_get_credits(make_core(handler, clock=clock), options=options), Success
    )
    assert len(handler.calls) == 2


def test_retry_codes_replace_the_default(clock: FakeClock) -> None:
    handler = scripted(fail(500))
    options = RequestOptions(retry_codes=["429"])
    result = credits_get_credits(make_core(handler, clock=clock), options=options)
    assert isinstance(result.failure(), InternalServerResponseError)
    assert len(handler.calls) == 1


def test_retry_after_seconds_is_honoured(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"Retry-After": "7"}), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert clock.sleeps == [7.0]


def test_retry_after_ms_wins_over_retry_after(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"retry-after-ms": "750", "Retry-After": "9"}), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert clock.sleeps == [0.75]


def test_retry_after_http_date_is_honoured(clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.now() + 30, usegmt=True)
    handler = scripted(fail(503, **{"Retry-After": when}), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert clock.sleeps == pytest.approx([30.0], abs=1.0)


def test_an_unparseable_retry_after_falls_back_to_backoff(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"Retry-After": "soon-ish"}), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert clock.sleeps == [0.5]


def test_never_sleeps_past_max_elapsed_time(clock: FakeClock) -> None:
    backoff = BackoffStrategy(initial_interval=1000, exponent=2, max_elapsed_time=5000)
    handler = scripted(*[fail() for _ in range(10)])
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    result = credits_get_credits(core)
    assert isinstance(result.failure(), InternalServerResponseError)
    # 1 + 2 = 3 s slept; the next wait (4 s) would end past 5 s, so it stops instead.
    assert clock.sleeps == [1.0, 2.0]
    assert sum(clock.sleeps) <= 5.0
    assert len(handler.calls) == 3


def test_a_retry_after_longer_than_the_budget_ends_the_retries(clock: FakeClock) -> None:
    backoff = BackoffStrategy(max_elapsed_time=10_000)
    handler = scripted(fail(503, **{"Retry-After": "60"}), ok())
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    assert credits_get_credits(core).failure().status_code == 503  # type: ignore[union-attr]
    assert clock.sleeps == []


def test_connection_errors_are_retried(clock: FakeClock) -> None:
    handler = scripted(httpx.ConnectError("refused"), httpx.ConnectError("refused"), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert len(handler.calls) == 3


def test_connection_errors_are_not_retried_when_disabled(clock: FakeClock) -> None:
    handler = scripted(httpx.ConnectError("refused"), ok())
    config = RetryConfig(retry_connection_errors=False)
    result = credits_get_credits(make_core(handler, clock=clock, retry_config=config))
    assert isinstance(result.failure(), ConnectionError)
    assert len(handler.calls) == 1


def test_strategy_none_turns_retries_off(clock: FakeClock) -> None:
    handler = scripted(fail(500), ok())
    core = make_core(handler, clock=clock, retry_config=RetryConfig(strategy="none"))
    assert isinstance(credits_get_credits(core).failure(), InternalServerResponseError)
    assert len(handler.calls) == 1 and clock.sleeps == []


def test_per_call_retries_override_the_core(clock: FakeClock) -> None:
    handler = scripted(fail(500), ok())
    core = make_core(handler, clock=clock, retry_config=RetryConfig(strategy="none"))
    options = RequestOptions(retries=RetryConfig())
    assert isinstance(credits_get_credits(core, options=options), Success)


def test_the_last_failure_is_returned_when_retries_run_out(clock: FakeClock) -> None:
    backoff = BackoffStrategy(max_elapsed_time=1000)
    handler = scripted(fail(502), fail(500), fail(503), fail(503))
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    error = credits_get_credits(core).failure()
    assert error.status_code == 500  # type: ignore[union-attr]


async def test_async_retries_use_the_injected_clock(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"Retry-After": "2"}), httpx.ConnectError("x"), ok())
    result = await credits_get_credits_async(make_core(handler, clock=clock))
    assert isinstance(result, Success)
    assert clock.sleeps == [2.0, 0.75]


def test_a_zero_retry_after_still_backs_off(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"Retry-After": "0"}), fail(503, **{"Retry-After": "0"}), ok())
    assert isinstance(credits_get_credits(make_core(handler, clock=clock)), Success)
    assert clock.sleeps == [0.5, 0.75]
