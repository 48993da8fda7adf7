# Generated from the OpenRouter OpenAPI spec (tag Organization) by `python -m codegen`; do not edit.
"""The Organization functions against the offline stand-in: examples, errors, requests."""

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
        function="organization_get_settings",
        operation_id="getOrganizationSettings",
        request={},
        method="GET",
        path="/api/v1/organization/settings",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetOrganizationSettingsResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="organization_list_members",
        operation_id="listOrganizationMembers",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/organization/members",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="OrganizationListMembersResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="organization_update_settings",
        operation_id="updateOrganizationSettings",
        request={"is_filtered_model_catalog_enabled": False},
        method="PATCH",
        path="/api/v1/organization/settings",
        query=[],
        headers={},
        body={"is_filtered_model_catalog_enabled": False},
        body_kind="json",
        files={},
        response="UpdateOrganizationSettingsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
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
