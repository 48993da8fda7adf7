# Generated from the OpenRouter OpenAPI spec (tag Anthropic Messages) by `python -m codegen`; do not edit.
"""The Anthropic Messages functions against the offline stand-in: examples, errors, requests."""

from __future__ import annotations

import pytest

from tests.generated._support import (
    Case,
    check_error,
    check_request,
    check_stream,
    check_success,
    check_success_async,
    check_undocumented_statuses,
    error_params,
)

CASES = [
    Case(
        function="messages_create",
        operation_id="createMessages",
        request={
            "max_tokens": 1024,
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        },
        method="POST",
        path="/api/v1/messages",
        query=[],
        headers={},
        body={
            "max_tokens": 1024,
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        },
        body_kind="json",
        files={},
        response="MessagesResult",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            503: "ServiceUnavailableResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
        error_bodies={
            400: "AnthropicMessagesErrorResponse",
            401: "AnthropicMessagesErrorResponse",
            403: "AnthropicMessagesErrorResponse",
            404: "AnthropicMessagesErrorResponse",
            429: "AnthropicMessagesErrorResponse",
            500: "AnthropicMessagesErrorResponse",
            503: "AnthropicMessagesErrorResponse",
            529: "AnthropicMessagesErrorResponse",
        },
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_documented_success_example_parses_into_the_model(case: Case) -> None:
    check_success(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_function_gives_the_same_model(case: Case) -> None:
    await check_success_async(case)


@pytest.mark.parametrize(("case", "status"), error_params(CASES))
def test_documented_error_status_gives_its_error_class(case: Case, status: int) -> None:
    check_error(case, status)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_any_other_named_status_gives_its_error_class(case: Case) -> None:
    check_undocumented_statuses(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_goes_out_as_documented(case: Case) -> None:
    check_request(case)


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.events is not None], ids=lambda case: case.id
)
def test_stream_true_gives_the_documented_events(case: Case) -> None:
    check_stream(case)
