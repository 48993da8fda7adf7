"""Every generated function against the offline stand-in, one row of the case tables at a time.

The rows (``tests/generated/cases_<area>.py``, written by ``python -m codegen`` from the spec)
say what the spec documents about each call; the checks here are what a user can observe:
its documented success example parses into its model (and back to the same JSON), every
documented error status comes back as its error class with the example body parsed, every
other status with a named class comes back as that class too (a live server sends 429 and
5XX from any endpoint), a streaming call yields the documented events, and the request goes
out with the method, path, query, headers and body the spec's examples imply.
"""

from __future__ import annotations

import json
import typing
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core._codec.writer import write as unstructure
from openrouter_core._generated.testing_examples import example_for
from openrouter_core.errors import NAMED_STATUS_ERRORS, OpenRouterDefaultError
from openrouter_core.testing import StandInTransport, standin_core
from tests.generated.cases import CASES
from tests.operation_case import Case

STREAMING_CASES = [case for case in CASES if case.events is not None]
ERROR_CASES = [
    pytest.param(case, status, id=f"{case.id}-{status}")
    for case in CASES
    for status in sorted(case.errors)
]


def _normal(value: Any) -> Any:
    """JSON compared loosely where a round trip may rewrite it: absent vs null, 1.0 vs 1.

    Date-times are compared as written: the documented ``...Z`` form must survive."""
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _assert_same_json(actual: Any, expected: Any) -> None:
    assert _normal(actual) == _normal(expected)


def _check_value(case: Case, value: Any) -> None:
    entry = example_for(case.operation_id)
    if "body" not in entry:  # a success without content (204, or a 200 documented bare)
        assert value is None
        return
    if case.response == "bytes":
        assert value == str(entry["body"]).encode()
        return
    # The row names the model; a name the module lacks is a failure, not a skipped check.
    model = getattr(case.module(), case.response)
    if isinstance(model, type):
        assert isinstance(value, model)
    _assert_same_json(unstructure(value), entry["body"])


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_documented_success_example_parses_into_the_model(case: Case) -> None:
    with standin_core() as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_function_gives_the_same_model(case: Case) -> None:
    async with standin_core() as core:
        result = await case.call(case.function + "_async")(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


@pytest.mark.parametrize(("case", "status"), ERROR_CASES)
def test_documented_error_status_gives_its_error_class(case: Case, status: int) -> None:
    transport = StandInTransport(status_overrides={case.operation_id: status})
    with standin_core(transport=transport) as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Failure), result
    error = result.failure()
    assert type(error).__name__ == case.errors[status]
    assert error.status_code == status
    body_model = case.error_bodies.get(status)
    if body_model is not None:
        declared = getattr(case.module(), body_model)
        # A union of bodies (``BadGatewayUnion``) parses into one of its members.
        members = typing.get_args(declared) or (declared,)
        assert isinstance(error.data, tuple(m for m in members if isinstance(m, type)))
    _assert_same_json(
        unstructure(error.data), example_for(case.operation_id)["errors"][str(status)]
    )


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_any_other_named_status_gives_its_error_class(case: Case) -> None:
    """Each named status the operation does not document still comes back as its class."""
    status = 0

    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": status, "message": f"live {status}"}}
        return httpx.Response(status, json=body)

    transport = httpx.MockTransport(answer)
    core = OpenRouterCore(
        api_key="sk-or-test",
        retry_config=RetryConfig(strategy="none"),
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    with core:
        for status, error_class in sorted(NAMED_STATUS_ERRORS.items()):
            if status in case.errors:
                continue
            error = case.call()(core, case.request).failure()
            assert type(error) is error_class, (status, error)
            assert isinstance(error.data, error_class.data_type()), (status, error.data)
            assert error.data.error.message == f"live {status}"
        status = 418
        assert type(case.call()(core, case.request).failure()) is OpenRouterDefaultError


@pytest.mark.parametrize("case", STREAMING_CASES, ids=lambda case: case.id)
def test_stream_true_gives_the_documented_events(case: Case) -> None:
    entry = example_for(case.operation_id)
    with standin_core() as core:
        result = case.call()(core, {**case.request, "stream": True})
        assert isinstance(result, Success), result
        with result.unwrap() as stream:
            items = list(stream)
    assert len(items) == case.events
    for item, expected in zip(items, entry["events"], strict=True):
        assert isinstance(item, Success), item
        _assert_same_json(unstructure(item.unwrap()), expected)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_goes_out_as_documented(case: Case) -> None:
    transport = StandInTransport()
    with standin_core(transport=transport, api_key="sk-or-test") as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Success), result
    (sent,) = transport.requests
    assert sent.method == case.method
    assert sent.url.path == case.path
    assert sorted(sent.url.params.multi_items()) == sorted(case.query)
    assert sent.headers["authorization"] == "Bearer sk-or-test"
    for name, value in case.headers.items():
        assert sent.headers[name] == value
    if case.body_kind is None:
        assert sent.content == b""
    elif case.body_kind == "json":
        assert sent.headers["content-type"] == "application/json"
        _assert_same_json(json.loads(sent.content), case.body)
    elif case.body_kind == "form":
        assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
        expected = [
            (name, _form_text(item))
            for name, value in case.body.items()
            for item in (value if isinstance(value, list) else [value])
        ]
        assert sorted(parse_qsl(sent.content.decode("ascii"))) == sorted(expected)
    else:
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        for name, filename in case.files.items():
            assert f'name="{name}"; filename="{filename}"'.encode() in sent.content
            assert b"example file contents" in sent.content
        for name, value in case.body.items():
            assert f'name="{name}"'.encode() in sent.content
            assert _form_text(value).encode() in sent.content


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)
