# Generated from the OpenRouter OpenAPI spec (tag SCIM) by `python -m codegen`; do not edit.
"""The SCIM functions against the offline stand-in: examples, errors, requests."""

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
        function="scim_create",
        operation_id="createScimGroupMapping",
        request={
            "scim_group_id": "00000000-0000-4000-8000-000000000000",
            "workspace_id": "00000000-0000-4000-8000-000000000000",
            "role": "admin",
        },
        method="POST",
        path="/api/v1/scim/group-mappings",
        query=[],
        headers={},
        body={
            "scim_group_id": "00000000-0000-4000-8000-000000000000",
            "workspace_id": "00000000-0000-4000-8000-000000000000",
            "role": "admin",
        },
        body_kind="json",
        files={},
        response="CreateScimGroupMappingResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_create_sync_job",
        operation_id="createScimSyncJob",
        request={},
        method="POST",
        path="/api/v1/scim/sync-jobs",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="CreateScimSyncJobResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_delete",
        operation_id="deleteScimGroupMapping",
        request={"id": "00000000-0000-4000-8000-000000000000", "keep_members": False},
        method="DELETE",
        path="/api/v1/scim/group-mappings/00000000-0000-4000-8000-000000000000",
        query=[("keep_members", "false")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteScimGroupMappingResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_get_sync_job",
        operation_id="getScimSyncJob",
        request={"id": "string"},
        method="GET",
        path="/api/v1/scim/sync-jobs/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetScimSyncJobResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_list_groups",
        operation_id="listScimGroups",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/scim/groups",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListScimGroupsResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_list_mappings",
        operation_id="listScimGroupMappings",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/scim/group-mappings",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListScimGroupMappingsResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_read",
        operation_id="getScimGroupMapping",
        request={"id": "00000000-0000-4000-8000-000000000000"},
        method="GET",
        path="/api/v1/scim/group-mappings/00000000-0000-4000-8000-000000000000",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetScimGroupMappingResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="scim_update",
        operation_id="updateScimGroupMapping",
        request={"id": "00000000-0000-4000-8000-000000000000", "role": "admin"},
        method="PATCH",
        path="/api/v1/scim/group-mappings/00000000-0000-4000-8000-000000000000",
        query=[],
        headers={},
        body={"role": "admin"},
        body_kind="json",
        files={},
        response="UpdateScimGroupMappingResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
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
