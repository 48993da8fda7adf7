# Generated from the OpenRouter OpenAPI spec (tag Responses) by `python -m codegen`; do not edit.
"""The Responses functions against the offline stand-in: examples, errors, requests."""

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
        function="beta_responses_send",
        operation_id="createResponses",
        request={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        method="POST",
        path="/api/v1/responses",
        query=[],
        headers={},
        body={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        body_kind="json",
        files={},
        response="OpenResponsesResult",
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
    Case(
        function="responses_send",
        operation_id="createResponses",
        request={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        method="POST",
        path="/api/v1/responses",
        query=[],
        headers={},
        body={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        body_kind="json",
        files={},
        response="OpenResponsesResult",
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
