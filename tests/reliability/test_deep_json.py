"""JSON nested deeper than the parser's recursion limit is an error value, never a raise.

``json.loads`` raises ``RecursionError`` (not ``ValueError``) on such input; a stream event or
a body made of it must still end as a ``Failure``, in both modes.
"""

from __future__ import annotations

from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core.errors import ResponseValidationError
from tests.faultserver import SSE_DONE, EventStream, Respond

from .conftest import Caller, CoreFactory
from .test_stream_faults import assert_next_call_succeeds, chunk, drain, stream_of, texts

DEPTH = 1000
DEEP = "[" * DEPTH + "]" * DEPTH
DEEP_ERROR_EVENT = b'data: {"error": ' + DEEP.encode() + b"}\n\n"
DEEP_EVENT = b'data: {"choices": ' + DEEP.encode() + b"}\n\n"


@pytest.mark.parametrize("event", [DEEP_ERROR_EVENT, DEEP_EVENT], ids=["error-event", "event"])
def test_a_deeply_nested_event_is_a_failure_item_not_a_raise(
    event: bytes, caller: Caller, server: Any, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(EventStream([chunk("a"), event, chunk("b"), SSE_DONE]))
    items = drain(caller, stream_of(caller, core))
    assert texts(items)[0] == "a"
    failures = [item.failure() for item in items if isinstance(item, Failure)]
    assert len(failures) == 1
    assert isinstance(failures[0], ResponseValidationError)
    assert "RecursionError" in str(failures[0])
    assert_next_call_succeeds(caller, core, server)


def test_a_deeply_nested_body_is_a_response_validation_error(
    caller: Caller, server: Any, make_core: CoreFactory
) -> None:
    core = make_core()
    server.enqueue(Respond(200, DEEP.encode(), {"Content-Type": "application/json"}))
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ResponseValidationError), result
    assert "not valid JSON" in str(result.failure())
    server.enqueue(Respond(200, {"data": {"total_credits": 1, "total_usage": 0}}))
    assert isinstance(caller.call("credits_get_credits", core), Success)
