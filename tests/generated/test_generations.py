# Generated from the OpenRouter OpenAPI spec (tag Generations) by `python -m codegen`; do not edit.
"""The Generations functions against the offline stand-in: examples, errors, requests."""

from __future__ import annotations

import pytest

from tests.generated._support import (
    Case,
    check_error,
    check_request,
    check_success,
    check_success_async,
    check_undocumented_statuses,
    error_params,
)

CASES = [
    Case(
        function="generations_get_generation",
        operation_id="getGeneration",
        request={"id": "gen-1234567890"},
        method="GET",
        path="/api/v1/generation",
        query=[("id", "gen-1234567890")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GenerationResponse",
        errors={
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="generations_list_generation_content",
        operation_id="listGenerationContent",
        request={"id": "gen-1234567890"},
        method="GET",
        path="/api/v1/generation/content",
        query=[("id", "gen-1234567890")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GenerationContentResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="generations_submit_feedback",
        operation_id="submitGenerationFeedback",
        request={
            "category": "incorrect_response",
            "comment": "The model repeated the same paragraph three times.",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        },
        method="POST",
        path="/api/v1/generation/feedback",
        query=[],
        headers={},
        body={
            "category": "incorrect_response",
            "comment": "The model repeated the same paragraph three times.",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        },
        body_kind="json",
        files={},
        response="SubmitGenerationFeedbackResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
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
