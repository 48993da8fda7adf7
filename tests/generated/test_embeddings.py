# Generated from the OpenRouter OpenAPI spec (tag Embeddings) by `python -m codegen`; do not edit.
"""The Embeddings functions against the offline stand-in: examples, errors, requests."""

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
        function="embeddings_generate",
        operation_id="createEmbeddings",
        request={
            "dimensions": 1536,
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        },
        method="POST",
        path="/api/v1/embeddings",
        query=[],
        headers={},
        body={
            "dimensions": 1536,
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        },
        body_kind="json",
        files={},
        response="EmbeddingsGenerateResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="embeddings_list_models",
        operation_id="listEmbeddingsModels",
        request={"offset": 0, "limit": 500},
        method="GET",
        path="/api/v1/embeddings/models",
        query=[("limit", "500"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelsListResponse",
        errors={400: "BadRequestResponseError", 500: "InternalServerResponseError"},
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
