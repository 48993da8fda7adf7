# Generated from the OpenRouter OpenAPI spec (tag Endpoints) by `python -m codegen`; do not edit.
"""The Endpoints functions against the offline stand-in: examples, errors, requests."""

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
        function="endpoints_list",
        operation_id="listEndpoints",
        request={"author": "openai", "slug": "gpt-4"},
        method="GET",
        path="/api/v1/models/openai/gpt-4/endpoints",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="EndpointsListResponse",
        errors={
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="endpoints_list_zdr_endpoints",
        operation_id="listEndpointsZdr",
        request={},
        method="GET",
        path="/api/v1/endpoints/zdr",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="EndpointsListZdrEndpointsResponse",
        errors={403: "ForbiddenResponseError", 500: "InternalServerResponseError"},
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
