"""A live server sends 429 and 5XX on any endpoint: every named status maps on every operation."""

from __future__ import annotations

import json
import typing
from typing import Any

import httpx
import pytest
from returns.result import Failure

from openrouter_core import RequestOptions, RetryConfig
from openrouter_core.errors import (
    AnyStatusError,
    BadGatewayResponseError,
    ConflictResponseError,
    DocumentedStatusError,
    EdgeNetworkTimeoutResponseError,
    GoneResponseError,
    OpenRouterDefaultError,
    ProviderOverloadedResponseError,
    RequestTimeoutResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.anthropic_messages_error_response import (
    AnthropicMessagesErrorResponse,
)
from openrouter_core.models.too_many_requests_response import TooManyRequestsResponse
from openrouter_funcs.api_keys_get_current_key_metadata import api_keys_get_current_key_metadata
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from openrouter_funcs.messages_create import messages_create
from openrouter_funcs.models_list import models_list

from .conftest import make_core

NO_RETRY = RetryConfig(strategy="none")
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
MESSAGES = {
    "model": "anthropic/claude-sonnet-4",
    "max_tokens": 10,
    "messages": [{"role": "user", "content": "hi"}],
}


def answer(status: int, body: str, content_type: str = "application/json"):  # type: ignore[no-untyped-def]
    return lambda request: httpx.Response(
        status, content=body.encode(), headers={"content-type": content_type}
    )


def standard_body(status: int, message: str) -> str:
    return json.dumps({"error": {"code": status, "message": message}, "user_id": "user_1"})


#: Every status with a named class, and an operation that does not document it.
UNDOCUMENTED = [
    (429, TooManyRequestsResponseError, credits_get_credits),
    (502, BadGatewayResponseError, credits_get_credits),
    (503, ServiceUnavailableResponseError, models_list),
    (524, EdgeNetworkTimeoutResponseError, api_keys_get_current_key_metadata),
    (529, ProviderOverloadedResponseError, credits_get_credits),
    (408, RequestTimeoutResponseError, models_list),
    (409, ConflictResponseError, credits_get_credits),
    (410, GoneResponseError, credits_get_credits),
]


@pytest.mark.parametrize(("status", "error_class", "function"), UNDOCUMENTED)
def test_an_undocumented_named_status_gives_its_class_with_parsed_data(
    status: int, error_class: type[DocumentedStatusError[Any]], function: Any
) -> None:
    core = make_core(answer(status, standard_body(status, "slow down")), retry_config=NO_RETRY)
    error = function(core).failure()
    assert type(error) is error_class
    assert error.status_code == status
    assert isinstance(error.data, error_class.data_type())
    assert error.data.error.message == "slow down"
    assert error.data.error.code == status
    assert "slow down" in str(error)


def test_a_429_on_credits_is_matchable_as_too_many_requests() -> None:
    core = make_core(answer(429, standard_body(429, "Rate limit exceeded")), retry_config=NO_RETRY)
    match credits_get_credits(core):
        case Failure(TooManyRequestsResponseError() as err):
            assert isinstance(err.data, TooManyRequestsResponse)
            assert err.data.error.message == "Rate limit exceeded"
        case other:
            pytest.fail(f"unexpected {other}")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><body>503 Service Temporarily Unavailable</body></html>", "text/html"),
        ("upstream connect error", "text/plain"),
        ('{"message": "not the standard shape"}', "application/json"),
        ("", "application/json"),
    ],
)
def test_a_named_status_without_the_standard_body_keeps_the_text_and_no_data(
    body: str, content_type: str
) -> None:
    core = make_core(answer(503, body, content_type), retry_config=NO_RETRY)
    error = credits_get_credits(core).failure()
    assert type(error) is ServiceUnavailableResponseError
    assert error.data is None
    assert error.body == body
    assert error.status_code == 503


def test_a_documented_status_without_the_standard_body_is_still_its_class() -> None:
    core = make_core(answer(401, "<html>Unauthorized</html>", "text/html"), retry_config=NO_RETRY)
    error = credits_get_credits(core).failure()
    assert type(error) is UnauthorizedResponseError
    assert error.data is None
    assert error.body == "<html>Unauthorized</html>"


@pytest.mark.parametrize("status", [418, 420, 451, 501, 599, 400 + 99])
def test_a_status_without_a_class_is_the_default_error(status: int) -> None:
    core = make_core(answer(status, standard_body(status, "teapot")), retry_config=NO_RETRY)
    error = credits_get_credits(core).failure()
    assert type(error) is OpenRouterDefaultError
    assert error.status_code == status
    assert "teapot" in str(error)


def test_every_named_class_is_in_the_shared_union() -> None:
    named = {cls for cls in DocumentedStatusError.__subclasses__()}
    assert set(typing.get_args(AnyStatusError)) == named
    assert {cls.status for cls in named} == {
        400, 401, 402, 403, 404, 408, 409, 410, 413, 422, 429, 500, 502, 503, 524, 529,
    }  # fmt: skip


def test_a_documented_body_override_still_wins() -> None:
    anthropic = json.dumps(
        {
            "type": "error",
            "error": {"type": "rate_limit_error", "message": "calm"},
            "request_id": None,
        }
    )
    core = make_core(answer(429, anthropic), retry_config=NO_RETRY)
    error = messages_create(core, MESSAGES).failure()
    assert type(error) is TooManyRequestsResponseError
    assert isinstance(error.data, AnthropicMessagesErrorResponse)
    assert error.data.error.message == "calm"


def test_an_undocumented_status_on_messages_uses_the_standard_body() -> None:
    core = make_core(answer(502, standard_body(502, "provider down")), retry_config=NO_RETRY)
    error = messages_create(core, {**MESSAGES, "stream": True}).failure()
    assert type(error) is BadGatewayResponseError
    assert error.data.error.message == "provider down"


def test_a_stream_refused_with_429_before_it_starts_is_too_many_requests() -> None:
    core = make_core(answer(429, standard_body(429, "Rate limit exceeded")), retry_config=NO_RETRY)
    error = chat_send(core, CHAT, stream=True).failure()
    assert type(error) is TooManyRequestsResponseError
    assert error.data.error.message == "Rate limit exceeded"


def test_a_stream_refused_with_an_undocumented_named_status_gives_its_class() -> None:
    core = make_core(answer(409, standard_body(409, "busy")), retry_config=NO_RETRY)
    error = chat_send(core, {**CHAT, "stream": True}).failure()
    assert type(error) is ConflictResponseError
    assert error.data.error.message == "busy"


async def test_async_maps_undocumented_named_statuses_too() -> None:
    core = make_core(answer(429, standard_body(429, "later")), retry_config=NO_RETRY)
    error = (await credits_get_credits_async(core)).failure()
    assert type(error) is TooManyRequestsResponseError
    assert error.data.error.message == "later"
    core = make_core(answer(410, standard_body(410, "gone")), retry_config=NO_RETRY)
    error = (await chat_send_async(core, CHAT, stream=True)).failure()
    assert type(error) is GoneResponseError


def test_retrying_is_unchanged_429_is_retried_only_when_asked() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            return httpx.Response(429, content=standard_body(429, "wait").encode())
        return httpx.Response(200, json={"data": {"total_credits": 2, "total_usage": 1}})

    error = credits_get_credits(make_core(handler)).failure()
    assert type(error) is TooManyRequestsResponseError
    assert len(calls) == 1
    calls.clear()
    options = RequestOptions(retry_codes=["429"])
    credits = credits_get_credits(make_core(handler), options=options).unwrap()
    assert credits.data.total_credits == 2
    assert len(calls) == 3


def test_the_status_table_and_the_error_classes_agree() -> None:
    # Codegen writes every function's error table from the rows; the classes must say the same.
    from openrouter_core import errors
    from openrouter_core.errors import STATUS_ERROR_TABLE

    classes = {error.status: error for error in typing.get_args(AnyStatusError)}
    assert sorted(classes) == sorted(status for status, _, _ in STATUS_ERROR_TABLE)
    for status, class_name, body_model in STATUS_ERROR_TABLE:
        error_class = classes[status]
        assert getattr(errors, class_name) is error_class
        assert error_class.data_type().__name__ == body_model.partition(":")[2]
