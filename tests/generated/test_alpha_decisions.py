# Generated from the OpenRouter OpenAPI spec (tag alpha.decisions) by `python -m codegen`; do not edit.
"""The alpha.decisions functions against the offline stand-in: examples, errors, requests."""

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
        function="alpha_decisions_create",
        operation_id="createApiAlphaDecisions",
        request={"model": "string", "questions": {}, "state": "string"},
        method="POST",
        path="/api/alpha/decisions",
        query=[],
        headers={},
        body={"model": "string", "questions": {}, "state": "string"},
        body_kind="json",
        files={},
        response="DecisionsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
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
