"""Waits between retries have a floor and a ceiling, and no number of retries overflows them.

A server's ``retry-after-ms`` / ``Retry-After`` below the backoff's ``initial_interval`` gets
the backoff's wait instead (``retry-after-ms: 0.001`` on every answer made 2,437 requests in
2 s); an absurd one (30 or 400 digits, a date in the year 9999) counts as a year, so it comes
back at once as ``retry_after_ms`` instead of raising; and the backoff stops growing at
``max_interval`` before ``exponent ** n`` overflows. Every wait is read from the core's clock,
so nothing here sleeps.
"""

from __future__ import annotations

import pytest
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, RequestOptions, RetryConfig
from openrouter_core.errors import OpenRouterError
from tests.conftest import FakeClock
from tests.faultserver import FaultServer, error_status

from .conftest import Caller, CoreFactory

ONE_YEAR_MS = 365 * 24 * 3600 * 1000
#: The spec's backoff (500 ms, x1.5) with a budget that never runs out here.
PATIENT = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=10**12))


@pytest.mark.parametrize("millis", ["0.001", "1", "499.999"])
def test_a_server_wait_below_the_first_backoff_gets_the_backoff(
    millis: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    busy = error_status(503, headers={"retry-after-ms": millis})
    server.enqueue(busy, busy, busy, busy)  # then the default credits answer
    clock = FakeClock()
    result = caller.call("credits_get_credits", make_core(retry_config=PATIENT, clock=clock))
    assert isinstance(result, Success)
    assert clock.sleeps == pytest.approx([0.5, 0.75, 1.125, 1.6875])
    assert server.request_count == 5


def test_a_server_wait_at_the_floor_is_honoured(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(503, headers={"retry-after-ms": "500"}))
    clock = FakeClock()
    result = caller.call("credits_get_credits", make_core(retry_config=PATIENT, clock=clock))
    assert isinstance(result, Success)
    assert clock.sleeps == [0.5]


ABSURD = {
    "retry-after-ms, 400 digits": {"retry-after-ms": "1" * 400},
    "retry-after-ms, 30 digits": {"retry-after-ms": "9" * 30},
    "retry-after-ms, 400 digits with a fraction": {"retry-after-ms": "7" * 400 + ".5"},
    "Retry-After, 400 digits": {"Retry-After": "1" * 400},
    "Retry-After, 30 digits": {"Retry-After": "9" * 30},
    "Retry-After, the year 9999": {"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"},
}


@pytest.mark.parametrize("status", [503, 429])
@pytest.mark.parametrize("headers", list(ABSURD.values()), ids=list(ABSURD))
def test_an_absurd_server_wait_comes_back_at_once_as_a_year(
    headers: dict[str, str],
    status: int,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    # 503 is retried (the wait is past max_interval), 429 is not (not a retry code): both
    # report the wait, and neither may raise while working it out.
    server.enqueue(error_status(status, headers=headers))
    clock = FakeClock()
    result = caller.call("credits_get_credits", make_core(retry_config=PATIENT, clock=clock))
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, OpenRouterError), error
    assert error.status_code == status
    assert error.retry_after_ms == ONE_YEAR_MS
    assert clock.sleeps == []
    assert server.request_count == 1


@pytest.mark.parametrize(
    ("exponent", "retries"),
    [(2.0, 1_500), (1.5, 1_800)],
    ids=["x2, past 2**1024", "x1.5, past 1.5**1751"],
)
def test_a_long_run_of_retries_stays_at_max_interval(
    exponent: float,
    retries: int,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    backoff = BackoffStrategy(
        initial_interval=500, max_interval=1_000, exponent=exponent, max_elapsed_time=10**12
    )
    server.enqueue(*[error_status(503)] * retries)  # then the default credits answer
    clock = FakeClock()
    core = make_core(retry_config=RetryConfig(backoff=backoff), clock=clock)
    result = caller.call("credits_get_credits", core, options=RequestOptions(timeout_ms=5_000))
    assert isinstance(result, Success), result
    assert len(clock.sleeps) == retries
    assert clock.sleeps[0] == 0.5
    assert set(clock.sleeps[3:]) == {1.0}
    assert server.request_count == retries + 1
