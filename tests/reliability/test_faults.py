"""Faults on a real loopback socket: every one is a Result, on time, and the pool stays usable.

Each test drives a GET (credits_get_credits) and two POSTs (api_keys_create, chat_send), sync
and async, against the fault-injecting server, then makes one more call on the same core:
the pools here hold one connection, so a connection a failed call left checked out would make
that call time out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import RequestOptions, RetryConfig, spec_problems
from openrouter_core._codec.writer import write as unstructure
from openrouter_core.errors import (
    NAMED_STATUS_ERRORS,
    BadGatewayResponseError,
    ConnectionError,
    InternalServerResponseError,
    OpenRouterBaseError,
    ProviderOverloadedResponseError,
    RequestTimeoutError,
    ResponseValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
)
from tests.faultserver import (
    Close,
    EventStream,
    Fault,
    FaultServer,
    HugeBody,
    Respond,
    Stall,
    bad_gzip,
    empty_body,
    error_status,
    html_error,
    invalid_json,
    json_response,
    long_body,
    reset_after_headers,
    reset_before_status,
    reset_mid_body,
    short_body,
    wrong_shape_json,
)

from .conftest import (
    CHAT_BODY,
    CHAT_REQUEST,
    CREDITS_BODY,
    FAST_BACKOFF,
    KEY_BODY,
    RETRY,
    SLACK,
    TIMEOUT_MS,
    Caller,
    CoreFactory,
)

TIMEOUT = TIMEOUT_MS / 1000
#: Longer than any test runs; the server cuts stalls short when it stops.
FOREVER = 30.0


@dataclass(frozen=True)
class Endpoint:
    """A function under test, its good answer and what each error status becomes."""

    module: str
    request: Any
    ok_body: Mapping[str, Any]
    ok_status: int
    idempotent: bool
    #: The Failure class of 429/502/503/529 for this operation (documented or not).
    errors: Mapping[int, type[OpenRouterBaseError]]

    @property
    def ok(self) -> Respond:
        return json_response(dict(self.ok_body), self.ok_status)


#: A live server sends these from any endpoint; each maps to its class, documented or not.
NAMED_ERRORS: Mapping[int, type[OpenRouterBaseError]] = {
    429: TooManyRequestsResponseError,
    502: BadGatewayResponseError,
    503: ServiceUnavailableResponseError,
    529: ProviderOverloadedResponseError,
}

CREDITS = Endpoint(
    "credits_get_credits",
    None,
    CREDITS_BODY,
    200,
    idempotent=True,
    errors=NAMED_ERRORS,
)
CREATE_KEY = Endpoint(
    "api_keys_create",
    {"name": "k"},
    KEY_BODY,
    201,
    idempotent=False,
    errors=NAMED_ERRORS,
)
CHAT = Endpoint(
    "chat_send",
    CHAT_REQUEST,
    CHAT_BODY,
    200,
    idempotent=False,
    errors=NAMED_ERRORS,
)


@pytest.fixture(params=[CREDITS, CREATE_KEY, CHAT], ids=lambda e: e.module)
def endpoint(request: pytest.FixtureRequest, server: FaultServer) -> Endpoint:
    chosen: Endpoint = request.param
    server.set_default(chosen.ok)
    return chosen


def failure_of(result: Result[Any, Any], error_class: type[BaseException]) -> Any:
    """The error inside ``result``, checked to be a ``Failure(error_class)``."""
    assert isinstance(result, Failure), f"expected Failure({error_class.__name__}): {result!r}"
    error = result.failure()
    assert isinstance(error, error_class), f"expected {error_class.__name__}: {error!r}"
    return error


def assert_next_call_succeeds(caller: Caller, core: Any, endpoint: Endpoint) -> None:
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    assert isinstance(result, Success), f"the call after the fault failed: {result!r}"
    assert elapsed < TIMEOUT + SLACK


# --- the connection breaks ----------------------------------------------------------------

#: Faults before any byte of the answer: the request may be sent again.
BEFORE_STATUS: dict[str, Callable[[Endpoint], Fault]] = {
    "close": lambda e: Close(),
    "reset": lambda e: reset_before_status(),
}
#: Faults after the status arrived: only an idempotent request may be sent again.
AFTER_STATUS: dict[str, Callable[[Endpoint], Fault]] = {
    "reset_after_headers": lambda e: reset_after_headers(e.ok),
    "reset_mid_body": lambda e: reset_mid_body(10, e.ok),
    "body_shorter_than_content_length": lambda e: short_body(dict(e.ok_body), status=e.ok_status),
}


@pytest.mark.parametrize("fault", [*BEFORE_STATUS, *AFTER_STATUS])
def test_a_broken_connection_is_a_connection_error(
    fault: str,
    endpoint: Endpoint,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core()
    server.enqueue({**BEFORE_STATUS, **AFTER_STATUS}[fault](endpoint))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    error = failure_of(result, ConnectionError)
    assert error.cause is not None
    assert elapsed < TIMEOUT + SLACK
    assert server.request_count == 1
    assert_next_call_succeeds(caller, core, endpoint)


@pytest.mark.parametrize("fault", list(BEFORE_STATUS))
def test_a_connection_broken_before_the_status_is_retried_only_when_idempotent(
    fault: str,
    endpoint: Endpoint,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(BEFORE_STATUS[fault](endpoint))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    if endpoint.idempotent:
        assert isinstance(result, Success), result
        assert server.request_count == 2
    else:
        # The server had read the whole POST before the connection broke: it may have acted.
        assert "may have been processed" in str(failure_of(result, ConnectionError))
        assert server.request_count == 1
    assert elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


@pytest.mark.parametrize("fault", list(AFTER_STATUS))
def test_a_body_broken_after_the_status_is_retried_only_when_idempotent(
    fault: str,
    endpoint: Endpoint,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(AFTER_STATUS[fault](endpoint))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    if endpoint.idempotent:
        assert isinstance(result, Success), result
        assert server.request_count == 2
    else:
        # The server may have acted on the POST: sending it again could do it twice.
        failure_of(result, ConnectionError)
        assert server.request_count == 1
    assert elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


def test_a_refused_connection_is_retried_until_the_budget_then_fails(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    with FaultServer() as gone:
        dead_url = gone.url + "/api/v1"
    core = make_core(retry_config=RETRY, server_url=dead_url)
    result, elapsed = caller.timed(CREDITS.module, core)
    failure_of(result, ConnectionError)
    budget = FAST_BACKOFF.max_elapsed_time / 1000
    assert elapsed < budget + SLACK
    # The same core still works once the server is reachable.
    live = RequestOptions(server_url=server.url + "/api/v1")
    assert isinstance(caller.call(CREDITS.module, core, None, live), Success)


def test_a_refused_connection_without_retries_fails_at_once(
    caller: Caller, make_core: CoreFactory
) -> None:
    with FaultServer() as gone:
        dead_url = gone.url + "/api/v1"
    result, elapsed = caller.timed(CREDITS.module, make_core(server_url=dead_url))
    failure_of(result, ConnectionError)
    assert elapsed < SLACK


# --- the server stalls --------------------------------------------------------------------


def test_a_stall_before_the_status_times_out_on_time(
    endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(Stall(FOREVER))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    error = failure_of(result, RequestTimeoutError)
    assert isinstance(error, TimeoutError)
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


def test_a_stall_between_body_bytes_times_out_on_time(
    endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    body = Respond(endpoint.ok_status, dict(endpoint.ok_body)).payload
    half = len(body) // 2
    # A chunked JSON body whose second half comes long after the first.
    server.enqueue(
        EventStream(
            [body[:half], FOREVER, body[half:]],
            status=endpoint.ok_status,
            headers={"Content-Type": "application/json"},
        )
    )
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    failure_of(result, RequestTimeoutError)
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


def test_a_stalled_get_is_retried_then_succeeds(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.set_default(CREDITS.ok)
    server.enqueue(Stall(FOREVER))
    result, elapsed = caller.timed(CREDITS.module, core)
    assert isinstance(result, Success), result
    assert server.request_count == 2
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + SLACK


# --- error statuses -----------------------------------------------------------------------

STATUSES = [429, 502, 503, 529]


@pytest.mark.parametrize("status", STATUSES)
def test_an_error_status_is_its_documented_failure(
    status: int, endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(error_status(status))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    error = failure_of(result, endpoint.errors[status])
    assert error.status_code == status
    assert str(status) in error.body
    assert elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


# 502, 504 and 524 are retried only for an idempotent request: see test_resending.py.
@pytest.mark.parametrize("retry_after", [None, 0], ids=["no-retry-after", "retry-after-0"])
@pytest.mark.parametrize("status", [500, 503, 529])
def test_a_5xx_is_retried_then_succeeds(
    status: int,
    retry_after: int | None,
    endpoint: Endpoint,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(error_status(status, retry_after=retry_after))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    assert isinstance(result, Success), result
    assert server.request_count == 2
    assert elapsed < SLACK
    assert_next_call_succeeds(caller, core, endpoint)


@pytest.mark.parametrize("retry_after", [None, 0], ids=["no-retry-after", "retry-after-0"])
def test_429_is_retried_only_when_the_call_asks(
    retry_after: int | None,
    endpoint: Endpoint,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    core = make_core(retry_config=RETRY)
    server.enqueue(error_status(429, retry_after=retry_after))
    result = caller.call(endpoint.module, core, endpoint.request)
    failure_of(result, endpoint.errors[429])
    assert server.request_count == 1

    server.enqueue(error_status(429, retry_after=retry_after))
    also_429 = RequestOptions(retry_codes=["429", "5XX"])
    result = caller.call(endpoint.module, core, endpoint.request, also_429)
    assert isinstance(result, Success), result
    assert server.request_count == 3


@pytest.mark.parametrize(
    ("header", "wait"),
    [({"retry_after": 1}, 1.0), ({"retry_after_ms": 300}, 0.3)],
    ids=["retry-after-seconds", "retry-after-ms"],
)
def test_the_server_requested_wait_is_honoured(
    header: dict[str, int], wait: float, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    # A requested wait is honoured up to max_interval (past it the failure comes back at once).
    patient = RetryConfig(
        backoff=attrs.evolve(FAST_BACKOFF, max_interval=2_000, max_elapsed_time=5_000)
    )
    core = make_core(retry_config=patient)
    server.set_default(CREDITS.ok)
    server.enqueue(error_status(503, **header))  # type: ignore[arg-type]
    result, elapsed = caller.timed(CREDITS.module, core)
    assert isinstance(result, Success), result
    assert wait * 0.9 <= elapsed < wait + SLACK


def test_a_requested_wait_past_the_budget_is_not_waited_for(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.set_default(CREDITS.ok)
    server.enqueue(error_status(503, retry_after=3600))
    result, elapsed = caller.timed(CREDITS.module, core)
    error = failure_of(result, ServiceUnavailableResponseError)
    assert error.status_code == 503
    assert error.headers["retry-after"] == "3600"
    assert server.request_count == 1
    assert elapsed < SLACK


def test_a_persistent_5xx_gives_up_within_max_elapsed_time(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.set_default(error_status(500))
    result, elapsed = caller.timed(CREDITS.module, core)
    error = failure_of(result, InternalServerResponseError)
    assert error.data.error.code == 500
    assert server.request_count > 2
    assert elapsed < FAST_BACKOFF.max_elapsed_time / 1000 + SLACK
    server.set_default(CREDITS.ok)
    assert_next_call_succeeds(caller, core, CREDITS)


def test_retries_turned_off_per_call_send_once(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY)
    server.set_default(error_status(503))
    once = RequestOptions(retries=RetryConfig(strategy="none"))
    result = caller.call(CREDITS.module, core, None, once)
    failure_of(result, ServiceUnavailableResponseError)
    assert server.request_count == 1


# --- bodies that do not fit ---------------------------------------------------------------

#: Success statuses whose body cannot be the documented model, and what that becomes.
BAD_SUCCESS_BODIES: dict[str, Callable[[Endpoint], Fault]] = {
    "invalid_json": lambda e: invalid_json(e.ok_status),
    "wrong_shape_json": lambda e: wrong_shape_json(e.ok_status),
    "html_page": lambda e: html_error(e.ok_status),
    "empty_body": lambda e: empty_body(e.ok_status),
    "gzip_that_does_not_decode": lambda e: bad_gzip(e.ok_status),
    "huge_body": lambda e: HugeBody(8 * 1024 * 1024, status=e.ok_status),
}


@pytest.mark.parametrize("fault", list(BAD_SUCCESS_BODIES))
def test_a_success_body_that_does_not_fit_is_a_response_validation_error(
    fault: str, endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    # Strict decoding: JSON of the wrong shape is refused too (forgiving reads it, below).
    core = make_core(strict=True)
    server.enqueue(BAD_SUCCESS_BODIES[fault](endpoint))
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    error = failure_of(result, ResponseValidationError)
    assert error.status_code == endpoint.ok_status
    if fault == "invalid_json":
        assert isinstance(error.cause, ValueError)
        assert error.body.startswith('{"data"')
    assert elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)


@pytest.mark.parametrize("fault", ["invalid_json", "html_page", "empty_body"])
def test_a_success_body_that_is_not_json_is_a_response_validation_error_even_forgiving(
    fault: str, endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(BAD_SUCCESS_BODIES[fault](endpoint))
    result = caller.call(endpoint.module, core, endpoint.request)
    error = failure_of(result, ResponseValidationError)
    assert error.status_code == endpoint.ok_status
    assert_next_call_succeeds(caller, core, endpoint)


def test_json_of_the_wrong_shape_is_read_forgivingly_and_says_where(
    endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(wrong_shape_json(endpoint.ok_status))
    result = caller.call(endpoint.module, core, endpoint.request)
    assert isinstance(result, Success), result
    value = result.unwrap()
    # Nothing is lost: every key comes back with the value the server sent.
    assert {k: unstructure(value)[k] for k in ("unexpected", "data")} == {
        "unexpected": [1, 2, 3],
        "data": "not-an-object",
    }
    problems = spec_problems(value)
    assert problems and all(isinstance(path, str) and problem for path, problem in problems)
    assert_next_call_succeeds(caller, core, endpoint)


def test_bytes_after_the_declared_length_are_ignored(
    endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(long_body(dict(endpoint.ok_body), status=endpoint.ok_status))
    result = caller.call(endpoint.module, core, endpoint.request)
    assert isinstance(result, Success), result
    # The garbage left on that connection must not be read as the next response.
    assert_next_call_succeeds(caller, core, endpoint)


#: Error statuses (each with a named class) whose body is not the documented JSON error.
BAD_ERROR_BODIES: dict[str, Fault] = {
    "html_page": html_error(502),
    "empty_body": empty_body(500),
    "invalid_json": invalid_json(500),
    "wrong_shape_json": wrong_shape_json(500),
    "gzip_that_does_not_decode": bad_gzip(500),
}


@pytest.mark.parametrize("fault", list(BAD_ERROR_BODIES))
def test_an_error_body_that_does_not_fit_is_its_status_class_without_data(
    fault: str, endpoint: Endpoint, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core()
    sent = BAD_ERROR_BODIES[fault]
    server.enqueue(sent)
    result, elapsed = caller.timed(endpoint.module, core, endpoint.request)
    assert isinstance(sent, Respond)
    error = failure_of(result, NAMED_STATUS_ERRORS[sent.status])
    assert error.data is None
    assert error.status_code == sent.status
    if fault == "html_page":
        assert "cloudflare" in error.body
    assert elapsed < TIMEOUT + SLACK
    assert_next_call_succeeds(caller, core, endpoint)
