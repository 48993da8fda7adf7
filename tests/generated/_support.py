"""Checks shared by the generated tests: each takes a :class:`Case` built from the spec."""

from __future__ import annotations

import importlib
import json
import typing
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core._converter import unstructure
from openrouter_core._testing_examples import example_for
from openrouter_core.errors import NAMED_STATUS_ERRORS, OpenRouterDefaultError
from openrouter_core.testing import StandInTransport, standin_core


@attrs.frozen(kw_only=True)
class Case:
    """One function and what the spec says about it."""

    function: str
    operation_id: str
    #: The request, with wire keys, built from the spec's examples (or required fields).
    request: dict[str, Any]
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    #: The JSON body (or form fields) expected on the wire; None when there is no body.
    body: Any
    body_kind: str | None
    #: File fields of a multipart body → the file name sent.
    files: dict[str, str]
    #: The success type's name (``"bytes"`` for raw bodies).
    response: str
    #: Documented error status → error class name.
    errors: dict[int, str]
    #: Status → body model name, where an error's body is not its class's usual one.
    error_bodies: dict[int, str | None] = attrs.field(factory=dict)
    #: For streaming operations: how many events the stand-in's example stream carries.
    events: int | None = None
    upload: bool = False

    @property
    def id(self) -> str:
        return self.function + ("-upload" if self.upload else "")

    def module(self) -> Any:
        return importlib.import_module(f"openrouter_funcs.{self.function}")

    def call(self, name: str | None = None) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self.module(), name or self.function)
        return function


def error_params(cases: Iterable[Case]) -> list[Any]:
    return [
        pytest.param(case, status, id=f"{case.id}-{status}")
        for case in cases
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


def assert_same_json(actual: Any, expected: Any) -> None:
    assert _normal(actual) == _normal(expected)


def _check_value(case: Case, value: Any) -> None:
    entry = example_for(case.operation_id)
    if "body" not in entry:  # a success without content (204, or a 200 documented bare)
        assert value is None
        return
    if case.response == "bytes":
        assert value == str(entry["body"]).encode()
        return
    model = getattr(case.module(), case.response, None)
    if isinstance(model, type):
        assert isinstance(value, model)
    assert_same_json(unstructure(value), entry["body"])


def check_success(case: Case) -> None:
    with standin_core() as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


async def check_success_async(case: Case) -> None:
    async with standin_core() as core:
        result = await case.call(case.function + "_async")(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


def check_error(case: Case, status: int) -> None:
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
    assert_same_json(unstructure(error.data), example_for(case.operation_id)["errors"][str(status)])


def check_undocumented_statuses(case: Case) -> None:
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


def check_stream(case: Case) -> None:
    entry = example_for(case.operation_id)
    with standin_core() as core:
        result = case.call()(core, {**case.request, "stream": True})
        assert isinstance(result, Success), result
        with result.unwrap() as stream:
            items = list(stream)
    assert len(items) == case.events
    for item, expected in zip(items, entry["events"], strict=True):
        assert isinstance(item, Success), item
        assert_same_json(unstructure(item.unwrap()), expected)


def check_request(case: Case) -> None:
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
        assert_same_json(json.loads(sent.content), case.body)
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
