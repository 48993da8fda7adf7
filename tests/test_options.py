"""Per-call options as a RequestOptions or a dict, and nonsense refused with a clear error."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RequestOptions, RetryConfig
from openrouter_core.errors import InternalServerResponseError, SDKValidationError
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import FakeClock, make_core
from .test_core_retries import fail, ok, scripted


def test_options_may_be_a_dict(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok()

    options = {"timeout_ms": 5000, "http_headers": {"X-Trace": "t1"}, "retry_codes": ["429"]}
    result = credits_get_credits(make_core(handler, clock=clock), options=options)
    assert isinstance(result, Success)
    assert seen[0].headers["x-trace"] == "t1"
    assert seen[0].extensions["timeout"]["read"] == 5.0


async def test_an_async_call_takes_a_dict_too(clock: FakeClock) -> None:
    handler = scripted(fail(500), ok())
    core = make_core(handler, clock=clock)
    options = {"retries": RetryConfig(strategy="none")}
    result = await credits_get_credits_async(core, options=options)
    assert isinstance(result.failure(), InternalServerResponseError)
    assert len(handler.calls) == 1


BAD_OPTIONS: list[tuple[Any, str]] = [
    ({"timeout_ms": -5}, "timeout_ms"),
    ({"timeout_ms": 0}, "timeout_ms"),
    ({"timeout_ms": "5000"}, "timeout_ms"),
    ({"timeout_ms": True}, "timeout_ms"),
    ({"timeout_ms": float("nan")}, "timeout_ms"),
    (RequestOptions(timeout_ms=-5), "timeout_ms"),
    (RequestOptions(retries="none"), "retries"),  # type: ignore[arg-type]
    ({"retries": {"strategy": "none"}}, "retries"),
    (RequestOptions(retries=RetryConfig(strategy="sometimes")), "retries"),  # type: ignore[arg-type]
    (
        RequestOptions(retries=RetryConfig(backoff=BackoffStrategy(initial_interval=-1))),
        "retries",
    ),
    (RequestOptions(retries=RetryConfig(backoff=BackoffStrategy(exponent=0))), "retries"),
    (RequestOptions(retry_codes="5XX"), "retry_codes"),
    (RequestOptions(retry_codes=[503]), "retry_codes"),  # type: ignore[list-item]
    (RequestOptions(retry_codes=["5xx", "6XX"]), "retry_codes"),
    (RequestOptions(retry_codes=["abc"]), "retry_codes"),
    ({"timeout": 5000}, "timeout"),
    ({"http_headers": ["X-A: 1"]}, "http_headers"),
    ({"http_headers": {"X-A": 1}}, "http_headers"),
    ({"server_url": 12}, "server_url"),
    ({"strict": "yes"}, "strict"),
    (RequestOptions(strict=1), "strict"),  # type: ignore[arg-type]
    ({1: 2}, "1"),
    ("timeout_ms=5000", "options"),
    (5000, "options"),
]


@pytest.mark.parametrize(("options", "field"), BAD_OPTIONS, ids=[f for _, f in BAD_OPTIONS])
def test_nonsense_options_are_refused_naming_the_option(
    options: Any, field: str, clock: FakeClock
) -> None:
    handler = scripted(ok())
    result = credits_get_credits(make_core(handler, clock=clock), options=options)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError), error
    assert error.field == field
    assert field in str(error)
    assert handler.calls == []


def test_sensible_values_still_pass(clock: FakeClock) -> None:
    handler = scripted(ok(), ok())
    core: OpenRouterCore = make_core(handler, clock=clock, timeout_ms=None)
    options = RequestOptions(retry_codes=("429", "5xx"), timeout_ms=1500, server_url=None)
    assert isinstance(credits_get_credits(core, options=options), Success)
    assert isinstance(credits_get_credits(core, options={}), Success)
