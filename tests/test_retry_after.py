"""A server's Retry-After is honoured only up to max_interval, and parsed strictly."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, RetryConfig
from openrouter_core.errors import OpenRouterError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import FakeClock, make_core
from .test_core_retries import fail, ok, scripted

#: The longest wait a server may ask for; a longer one counts as this.
ONE_YEAR_MS = 365 * 24 * 3600 * 1000


@pytest.mark.parametrize("seconds", ["1800", "3599", "61", "99999999999999999999999"])
def test_a_retry_after_past_max_interval_returns_the_failure_at_once(
    seconds: str, clock: FakeClock
) -> None:
    handler = scripted(fail(503, **{"Retry-After": seconds}), ok())
    result = credits_get_credits(make_core(handler, clock=clock))
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, OpenRouterError) and error.status_code == 503
    assert clock.sleeps == []
    assert len(handler.calls) == 1
    assert error.retry_after_ms == pytest.approx(min(int(seconds) * 1000, ONE_YEAR_MS))


async def test_the_cap_holds_for_async_calls_and_retry_after_ms(clock: FakeClock) -> None:
    handler = scripted(fail(503, **{"retry-after-ms": "5000"}), ok())
    backoff = BackoffStrategy(max_interval=4000)
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    result = await credits_get_credits_async(core)
    assert isinstance(result, Failure)
    assert result.failure().retry_after_ms == 5000
    assert clock.sleeps == []


def test_a_retry_after_within_max_interval_is_still_honoured(clock: FakeClock) -> None:
    backoff = BackoffStrategy(max_interval=10_000)
    handler = scripted(fail(503, **{"Retry-After": "10"}), ok())
    core = make_core(handler, clock=clock, retry_config=RetryConfig(backoff=backoff))
    assert isinstance(credits_get_credits(core), Success)
    assert clock.sleeps == [10.0]


def test_an_http_date_past_max_interval_is_exposed_too(clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.now() + 7200, usegmt=True)
    handler = scripted(fail(503, **{"Retry-After": when}), ok())
    error = credits_get_credits(make_core(handler, clock=clock)).failure()
    assert isinstance(error, OpenRouterError)
    assert error.retry_after_ms == pytest.approx(7_200_000, abs=1000)
    assert clock.sleeps == []


def test_an_error_without_retry_after_has_none(clock: FakeClock) -> None:
    handler = scripted(fail(401))
    error = credits_get_credits(make_core(handler, clock=clock)).failure()
    assert isinstance(error, OpenRouterError)
    assert error.retry_after_ms is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "²"},  # str.isdigit() is true, float() fails
        {"Retry-After": "١٢"},  # Arabic-Indic digits: float() accepts them, HTTP does not
        {"Retry-After": "1e3"},
        {"Retry-After": "-5"},
        {"Retry-After": "Mon, 99 Foo 2025 25:61:61 GMT"},
        {"retry-after-ms": "nan"},
        {"retry-after-ms": "inf"},
        {"retry-after-ms": "1e9"},
        {"retry-after-ms": "²"},
        {"retry-after-ms": "-1"},
    ],
    ids=lambda headers: repr(headers),
)
def test_a_retry_after_that_is_not_strict_http_falls_back_to_backoff(
    headers: dict[str, str], clock: FakeClock
) -> None:
    # As bytes: a server may send any octets, and "²" arrives UTF-8 encoded.
    raw = [(name.encode(), value.encode()) for name, value in headers.items()]
    response = httpx.Response(503, json={"error": {"code": 503, "message": "busy"}}, headers=raw)
    handler = scripted(response, ok())
    result = credits_get_credits(make_core(handler, clock=clock))
    assert isinstance(result, Success), result
    assert clock.sleeps == [0.5]
