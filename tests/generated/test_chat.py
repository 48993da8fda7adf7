# Generated from the OpenRouter OpenAPI spec (tag Chat) by `python -m codegen`; do not edit.
"""The Chat functions against the offline stand-in: examples, errors, requests."""

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
        function="chat_send",
        operation_id="sendChatCompletionRequest",
        request={
            "max_tokens": 150,
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
            "model": "openai/gpt-4",
            "temperature": 0.7,
        },
        method="POST",
        path="/api/v1/chat/completions",
        query=[],
        headers={},
        body={
            "max_tokens": 150,
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
            "model": "openai/gpt-4",
            "temperature": 0.7,
        },
        body_kind="json",
        files={},
        response="ChatResult",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            413: "PayloadTooLargeResponseError",
            422: "UnprocessableEntityResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
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
