"""A request that may have reached the server is re-sent only when repeating it is harmless.

The rule: POST and PATCH are retried only when they provably never reached the server (the
connection could not be made, or no pooled connection came free) or when the server answered
with a retryable status that says it did not act (429, 500, 503, 529). A connection that
closes, resets or times out after the request went out, or a gateway's 502, 504 or 524 (an
origin behind it may have acted), returns the failure instead, saying the request may have
been processed, unless ``RetryConfig(retry_non_idempotent_after_send=True)``. GET, PUT, DELETE
(and HEAD, OPTIONS) keep retrying. The loopback server reads each request whole before it
misbehaves, and counts how many times each one arrived.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RequestOptions, RetryConfig
from openrouter_core.errors import (
    BadGatewayResponseError,
    ConnectionError,
    EdgeNetworkTimeoutResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
    RequestTimeoutError,
)
from tests.conftest import FakeClock
from tests.faultserver import Close, FaultServer, Respond, Stall, error_status, reset_before_status

from .conftest import (
    CHAT_BODY,
    CHAT_REQUEST,
    CREDITS_BODY,
    FAST_BACKOFF,
    KEY_BODY,
    RETRY,
    Caller,
    CoreFactory,
)

FOREVER = 30.0
RESEND = RetryConfig(backoff=FAST_BACKOFF, retry_non_idempotent_after_send=True)

AFTER_SEND = {
    "close": (Close, ConnectionError),
    "reset": (reset_before_status, ConnectionError),
    "stall": (lambda: Stall(FOREVER), RequestTimeoutError),
}


@pytest.mark.parametrize("fault", list(AFTER_SEND))
def test_a_post_that_reached_the_server_is_not_sent_again(
    fault: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    make_fault, error_class = AFTER_SEND[fault]
    server.enqueue(make_fault(), Respond(200, CHAT_BODY))
    result = caller.call("chat_send", make_core(retry_config=RETRY), CHAT_REQUEST)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, error_class)
    assert "may have been processed" in str(error)
    assert [r.method for r in server.requests] == ["POST"]
    assert server.requests[0].json() == CHAT_REQUEST  # the whole request arrived


@pytest.mark.parametrize("fault", list(AFTER_SEND))
def test_the_opt_in_re_sends_a_post(
    fault: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    make_fault, _ = AFTER_SEND[fault]
    server.enqueue(make_fault(), Respond(200, CHAT_BODY))
    result = caller.call("chat_send", make_core(retry_config=RESEND), CHAT_REQUEST)
    assert isinstance(result, Success)
    assert [r.method for r in server.requests] == ["POST", "POST"]


def test_a_patch_that_reached_the_server_is_not_sent_again(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(Close())
    result = caller.call(
        "api_keys_update", make_core(retry_config=RETRY), {"hash": "h1", "name": "n"}
    )
    assert isinstance(result.failure(), ConnectionError)
    assert [r.method for r in server.requests] == ["PATCH"]


@pytest.mark.parametrize("fault", list(AFTER_SEND))
def test_idempotent_methods_keep_retrying(
    fault: str, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    make_fault, _ = AFTER_SEND[fault]
    server.enqueue(make_fault())  # then the default credits answer
    result = caller.call("credits_get_credits", make_core(retry_config=RETRY))
    assert isinstance(result, Success)
    assert [r.method for r in server.requests] == ["GET", "GET"]


def test_a_delete_is_retried_after_the_connection_closes(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(Close(), Respond(200, {"deleted": True}))
    result = caller.call("api_keys_delete", make_core(retry_config=RETRY), {"hash": "h1"})
    assert isinstance(result, Success)
    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]


def test_a_post_answered_with_a_retryable_status_is_retried(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(503, retry_after=0), Respond(200, CHAT_BODY))
    result = caller.call("chat_send", make_core(retry_config=RETRY), CHAT_REQUEST)
    assert isinstance(result, Success)
    assert [r.method for r in server.requests] == ["POST", "POST"]


def test_a_post_whose_connection_was_refused_is_retried(
    caller: Caller, make_core: CoreFactory
) -> None:
    with FaultServer() as gone:
        dead = gone.url + "/api/v1"
    clock = FakeClock()
    core = make_core(server_url=dead, retry_config=RETRY, clock=clock)
    result: Any = caller.call("chat_send", core, CHAT_REQUEST)
    assert isinstance(result.failure(), ConnectionError)
    assert "may have been processed" not in str(result.failure())
    assert len(clock.sleeps) >= 2  # it was retried until the budget ran out


NEVER_SENT_FAULTS = {
    "pool timeout": httpx.PoolTimeout("no connection came free"),
    "connect timeout": httpx.ConnectTimeout("handshake too slow"),
    "connect error": httpx.ConnectError("refused"),
}
MAY_HAVE_BEEN_SENT_FAULTS = {
    "read timeout": httpx.ReadTimeout("no answer"),
    "closed mid-response": httpx.RemoteProtocolError("peer closed"),
}


def _core_failing_once(fault: Exception) -> tuple[OpenRouterCore, list[str]]:
    """A core whose transport raises ``fault`` for the first request and answers the next."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        if len(seen) == 1:
            raise fault
        return httpx.Response(200, json=CHAT_BODY)

    async def async_handler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    core = OpenRouterCore(
        api_key="k",
        client=httpx.Client(transport=httpx.MockTransport(handler)),
        async_client=httpx.AsyncClient(transport=httpx.MockTransport(async_handler)),
        retry_config=RETRY,
    )
    return core, seen


@pytest.mark.parametrize("fault", list(NEVER_SENT_FAULTS))
def test_a_post_that_never_left_is_retried(caller: Caller, fault: str) -> None:
    core, seen = _core_failing_once(NEVER_SENT_FAULTS[fault])
    result = caller.call("chat_send", core, CHAT_REQUEST)
    assert isinstance(result, Success)
    assert seen == ["POST", "POST"]


@pytest.mark.parametrize("fault", list(MAY_HAVE_BEEN_SENT_FAULTS))
def test_a_post_that_may_have_arrived_is_sent_once(caller: Caller, fault: str) -> None:
    core, seen = _core_failing_once(MAY_HAVE_BEEN_SENT_FAULTS[fault])
    result: Any = caller.call("chat_send", core, CHAT_REQUEST)
    assert isinstance(result, Failure)
    assert "may have been processed" in str(result.failure())
    assert seen == ["POST"]


# --- after a status: a gateway's answer for an origin that may have acted -----------------

#: The statuses a gateway sends for an origin that may have acted, and the failure each is.
GATEWAY = {
    502: BadGatewayResponseError,
    504: OpenRouterDefaultError,
    524: EdgeNetworkTimeoutResponseError,
}


@pytest.mark.parametrize("status", list(GATEWAY))
def test_a_post_answered_by_a_gateway_is_not_sent_again(
    status: int, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(status), Respond(200, CHAT_BODY))
    clock = FakeClock()
    result = caller.call("chat_send", make_core(retry_config=RETRY, clock=clock), CHAT_REQUEST)
    assert isinstance(result, Failure), result
    error = result.failure()
    assert type(error) is GATEWAY[status]
    assert error.status_code == status
    assert "may have been processed" in str(error)
    assert "retry_non_idempotent_after_send=True" in str(error)
    assert [r.method for r in server.requests] == ["POST"]
    assert server.requests[0].json() == CHAT_REQUEST
    assert clock.sleeps == []


def test_a_streamed_chat_answered_with_524_is_not_sent_again(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(524), Respond(200, CHAT_BODY))
    core = make_core(retry_config=RETRY, clock=FakeClock())
    result = caller.call("chat_send", core, {**CHAT_REQUEST, "stream": True})
    assert isinstance(result.failure(), EdgeNetworkTimeoutResponseError)
    assert server.request_count == 1


#: How many times the server receives a request answered first with each status (then 2XX),
#: by method: the README's table. Every call here also retries 429.
TIMES_SENT = {
    #     GET POST PATCH
    429: (2, 2, 2),
    500: (2, 2, 2),
    502: (2, 1, 1),
    503: (2, 2, 2),
    504: (2, 1, 1),
    524: (2, 1, 1),
    529: (2, 2, 2),
}
CALLS = {
    "GET": ("credits_get_credits", None, Respond(200, CREDITS_BODY)),
    "POST": ("chat_send", CHAT_REQUEST, Respond(200, CHAT_BODY)),
    "PATCH": ("api_keys_update", {"hash": "h1", "name": "n"}, Respond(200, KEY_BODY)),
}


def test_what_each_status_sends_again_by_method(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    core = make_core(retry_config=RETRY, clock=FakeClock())
    also_429 = RequestOptions(retry_codes=["429", "5XX"])
    sent: dict[int, tuple[int, ...]] = {}
    for status in TIMES_SENT:
        counts = []
        for module, request, answer in CALLS.values():
            server.clear()
            server.enqueue(error_status(status), answer)
            result = caller.call(module, core, request, also_429)
            counts.append(server.request_count)
            if server.request_count == 1:
                assert isinstance(result.failure(), OpenRouterError), result
            else:
                assert isinstance(result, Success), result
        sent[status] = tuple(counts)
    assert sent == TIMES_SENT


@pytest.mark.parametrize("status", list(GATEWAY))
def test_the_opt_in_re_sends_a_post_after_a_gateway_status(
    status: int, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(status), Respond(200, CHAT_BODY))
    core = make_core(retry_config=RESEND, clock=FakeClock())
    result = caller.call("chat_send", core, CHAT_REQUEST)
    assert isinstance(result, Success), result
    assert [r.method for r in server.requests] == ["POST", "POST"]


def test_without_retries_a_gateway_status_says_nothing_of_resending(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(error_status(524))
    result = caller.call("chat_send", make_core(), CHAT_REQUEST)  # retries off
    error = result.failure()
    assert isinstance(error, EdgeNetworkTimeoutResponseError)
    assert "Not sent again" not in str(error)
