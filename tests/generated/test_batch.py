# Generated from the OpenRouter OpenAPI spec (tag Batch) by `python -m codegen`; do not edit.
"""The Batch functions against the offline stand-in: examples, errors, requests."""

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
        function="batch_create_batches",
        operation_id="createBatches",
        request={
            "endpoint": "/v1/chat/completions",
            "model": "string",
            "requests": [{"body": {}, "custom_id": "string"}],
        },
        method="POST",
        path="/api/v1/batches",
        query=[],
        headers={},
        body={
            "endpoint": "/v1/chat/completions",
            "model": "string",
            "requests": [{"body": {}, "custom_id": "string"}],
        },
        body_kind="json",
        files={},
        response="BatchObject",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
            422: "UnprocessableEntityResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
        error_bodies={
            400: "BatchErrorResponse",
            401: "BatchErrorResponse",
            402: "BatchErrorResponse",
            403: "BatchErrorResponse",
            404: "BatchErrorResponse",
            413: "BatchErrorResponse",
            422: "BatchErrorResponse",
            429: "BatchErrorResponse",
            500: "BatchErrorResponse",
            502: "BatchErrorResponse",
        },
    ),
    Case(
        function="batch_delete",
        operation_id="deleteBatch",
        request={"id": "string"},
        method="DELETE",
        path="/api/v1/batches/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="BatchDeletedObject",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
        error_bodies={
            401: "BatchErrorResponse",
            404: "BatchErrorResponse",
            409: "BatchErrorResponse",
            429: "BatchErrorResponse",
            500: "BatchErrorResponse",
            502: "BatchErrorResponse",
        },
    ),
    Case(
        function="batch_get_batches",
        operation_id="getBatches",
        request={"id": "string"},
        method="GET",
        path="/api/v1/batches/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="BatchObject",
        errors={
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            410: "GoneResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
        error_bodies={
            401: "BatchErrorResponse",
            402: "BatchPaymentRequiredResponse",
            404: "BatchErrorResponse",
            410: "BatchErrorResponse",
            429: "BatchErrorResponse",
            500: "BatchErrorResponse",
            502: "BatchErrorResponse",
        },
    ),
    Case(
        function="batch_list",
        operation_id="listBatches",
        request={},
        method="GET",
        path="/api/v1/batches",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="BatchListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
        error_bodies={
            400: "BatchErrorResponse",
            401: "BatchErrorResponse",
            429: "BatchErrorResponse",
            500: "BatchErrorResponse",
            502: "BatchErrorResponse",
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
