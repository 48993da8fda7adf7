"""Each injected fault gives the failure the SDK documents for the real thing.

The same faults are checked on the stand-in and on a replayed cassette; waits are checked
on the clock the faults and the core were given, never by timing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RequestOptions, RetryConfig
from openrouter_core._generated.testing_examples import example_for
from openrouter_core.errors import (
    ConnectionError,
    RequestTimeoutError,
    ServiceUnavailableResponseError,
    StreamEventError,
    TooManyRequestsResponseError,
)
from openrouter_core.testing import (
    CassetteTransport,
    Fault,
    FaultPlan,
    StandInTransport,
    cassette_core,
    standin_core,
)
from openrouter_funcs.api_keys_get_current_key_metadata import api_keys_get_current_key_metadata
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.conftest import FakeClock
from tests.faultserver import FaultServer
from tests.standin_server import StandInAnswer

CHAT = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
NO_RETRY = RetryConfig(strategy="none")
#: The core and transport of a test, with the faults given: the stand-in or a cassette.
MakeCore = Callable[..., OpenRouterCore]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cassette of credits, key metadata and a chat stream, each recorded three times."""
    path = tmp_path_factory.mktemp("faults") / "calls.yaml"
    with FaultServer(default=StandInAnswer()) as server:
        core = cassette_core(
            CassetteTransport(path), api_key="sk-or-test", server_url=server.url + "/api/v1"
        )
        for _ in range(3):
            credits_get_credits(core)
            api_keys_get_current_key_metadata(core)
            with chat_send(core, {**CHAT, "stream": True}).unwrap() as stream:
                list(stream)
    assert "sk-or-test" not in path.read_text()
    return path


@pytest.fixture(params=["standin", "cassette"])
def make_core(request: pytest.FixtureRequest, recorded: Path) -> MakeCore:
    def make(*faults: Fault, clock: FakeClock | None = None, **core: Any) -> OpenRouterCore:
        plan = FaultPlan(faults, clock=clock or FakeClock())
        core.setdefault("retry_config", NO_RETRY)
        core.setdefault("clock", clock or FakeClock())
        if request.param == "standin":
            return standin_core(transport=StandInTransport(faults=plan), **core)
        transport = CassetteTransport(recorded, mode="none", faults=plan)
        return cassette_core(transport, **core)

    return make


def events(core: OpenRouterCore) -> list[Any]:
    with chat_send(core, {**CHAT, "stream": True}).unwrap() as stream:
        return list(stream)


def test_a_status_on_the_second_call(make_core: MakeCore) -> None:
    core = make_core(Fault.status(503, on_call=2))
    assert isinstance(credits_get_credits(core), Success)
    failed = credits_get_credits(core).failure()
    assert isinstance(failed, ServiceUnavailableResponseError)
    assert failed.status_code == 503
    assert isinstance(credits_get_credits(core), Success)


def test_a_status_on_the_first_attempt_is_retried_away(make_core: MakeCore) -> None:
    clock = FakeClock()
    core = make_core(Fault.status(503, on_call=1), clock=clock, retry_config=RetryConfig())
    assert isinstance(credits_get_credits(core), Success)
    assert len(clock.sleeps) == 1


def test_a_request_a_fault_answers_is_among_the_requests_sent(
    make_core: MakeCore,
) -> None:
    core = make_core(Fault.status(503, on_call=1), retry_config=RetryConfig())
    assert isinstance(credits_get_credits(core), Success)
    transport = core.client._transport  # type: ignore[union-attr]
    assert [r.url.path for r in transport.requests] == ["/api/v1/credits"] * 2


def test_retry_after_is_what_the_sdk_reads_and_waits(make_core: MakeCore) -> None:
    core = make_core(Fault.retry_after(2, on_call=1))
    failed = credits_get_credits(core).failure()
    assert isinstance(failed, TooManyRequestsResponseError)
    assert failed.retry_after_ms == 2000
    clock = FakeClock()
    core = make_core(Fault.retry_after(2, on_call=1), clock=clock, retry_config=RetryConfig())
    result = credits_get_credits(core, options=RequestOptions(retry_codes=["429"]))
    assert isinstance(result, Success)
    assert clock.sleeps == [2.0]


def test_a_cut_before_the_response_is_a_connection_error(make_core: MakeCore) -> None:
    assert isinstance(credits_get_credits(make_core(Fault.cut())).failure(), ConnectionError)


def test_a_cut_inside_the_body_is_a_connection_error_while_reading(make_core: MakeCore) -> None:
    failed = credits_get_credits(make_core(Fault.cut(after_bytes=10))).failure()
    assert isinstance(failed, ConnectionError)
    assert "while the response was read" in str(failed)


def test_a_cut_inside_a_stream_ends_it_with_a_connection_error_item(make_core: MakeCore) -> None:
    (first,) = example_for("sendChatCompletionRequest")["events"]
    first_event = len(f"data: {json.dumps(first, separators=(',', ':'))}\n\n")
    items = events(make_core(Fault.cut(after_bytes=first_event + 3)))
    assert [type(item) for item in items] == [Success, Failure]
    assert items[0] == events(make_core())[0]
    assert isinstance(items[1].failure(), ConnectionError)


def test_an_error_event_after_n_events(make_core: MakeCore) -> None:
    items = events(make_core(Fault.error_event(after=1, code=502, message="provider gone")))
    assert [type(item) for item in items] == [Success, Failure]
    error = items[1].failure()
    assert isinstance(error, StreamEventError)
    assert error.code == 502 and "provider gone" in str(error)


def test_an_error_event_before_any_event(make_core: MakeCore) -> None:
    (item,) = events(make_core(Fault.error_event(after=0)))
    assert isinstance(item.failure(), StreamEventError)


def test_an_error_event_after_more_events_than_the_stream_has_replaces_its_end(
    make_core: MakeCore,
) -> None:
    whole = events(make_core())
    items = events(make_core(Fault.error_event(after=50)))
    assert items[:-1] == whole
    assert isinstance(items[-1].failure(), StreamEventError)


def test_an_error_event_leaves_a_body_that_is_not_a_stream_alone(make_core: MakeCore) -> None:
    core = make_core(Fault.error_event(after=0))
    assert isinstance(credits_get_credits(core), Success)
    assert isinstance(events(core)[0].failure(), StreamEventError)


def test_a_timeout(make_core: MakeCore) -> None:
    failed = credits_get_credits(make_core(Fault.timeout())).failure()
    assert isinstance(failed, RequestTimeoutError)


def test_a_delay_waits_on_the_plans_clock(make_core: MakeCore) -> None:
    clock = FakeClock()
    core = make_core(Fault.delay(5, on_call=[1, 3]), clock=clock)
    for _ in range(3):
        assert isinstance(credits_get_credits(core), Success)
    assert clock.sleeps == [5, 5]


async def test_faults_apply_to_async_calls(make_core: MakeCore) -> None:
    clock = FakeClock()
    core = make_core(Fault.delay(1), Fault.status(503, on_call=1), clock=clock)
    failed = (await credits_get_credits_async(core)).failure()
    assert isinstance(failed, ServiceUnavailableResponseError)
    assert isinstance(await credits_get_credits_async(core), Success)
    assert clock.sleeps == [1, 1]
    stream = (
        await chat_send_async(make_core(Fault.error_event()), {**CHAT, "stream": True})
    ).unwrap()
    items = [item async for item in stream]
    assert isinstance(items[0].failure(), StreamEventError)


def test_a_fault_counts_only_its_operations_calls(make_core: MakeCore) -> None:
    core = make_core(Fault.status(500, on_call=2, operation=credits_get_credits))
    assert isinstance(api_keys_get_current_key_metadata(core), Success)
    assert isinstance(credits_get_credits(core), Success)
    assert isinstance(api_keys_get_current_key_metadata(core), Success)
    assert isinstance(credits_get_credits(core), Failure)
    by_id = make_core(Fault.status(500, operation="getCurrentKey"))
    assert isinstance(credits_get_credits(by_id), Success)
    assert isinstance(api_keys_get_current_key_metadata(by_id), Failure)


def test_a_fault_that_cannot_be_stops_the_set_up() -> None:
    with pytest.raises(ValueError, match="HTTP status"):
        Fault.status(99)
    with pytest.raises(ValueError, match="No operation is called 'credits_get_credit'"):
        Fault.status(500, operation="credits_get_credit")
    with pytest.raises(ValueError, match="on_call counts calls from 1"):
        Fault.cut(on_call=0)
    with pytest.raises(ValueError, match="must not be negative"):
        Fault.delay(-1)
