# Generated from the OpenRouter OpenAPI spec (tag Credits) by `python -m codegen`; do not edit.
"""The Credits functions against the offline stand-in: examples, errors, requests."""

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
        function="credits_create_coinbase_charge",
        operation_id="createCoinbaseCharge",
        request={},
        method="POST",
        path="/api/v1/credits/coinbase",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="None",
        errors={410: "GoneResponseError"},
    ),
    Case(
        function="credits_get_credits",
        operation_id="getCredits",
        request={},
        method="GET",
        path="/api/v1/credits",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="CreditsGetCreditsResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
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
