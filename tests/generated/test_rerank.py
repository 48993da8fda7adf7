# Generated from the OpenRouter OpenAPI spec (tag Rerank) by `python -m codegen`; do not edit.
"""The Rerank functions against the offline stand-in: examples, errors, requests."""

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
        function="rerank_rerank",
        operation_id="createRerank",
        request={
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
            "top_n": 3,
        },
        method="POST",
        path="/api/v1/rerank",
        query=[],
        headers={},
        body={
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
            "top_n": 3,
        },
        body_kind="json",
        files={},
        response="RerankRerankResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
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
