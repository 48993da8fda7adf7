# Generated from the OpenRouter OpenAPI spec (tag Workspaces) by `python -m codegen`; do not edit.
"""The Workspaces functions against the offline stand-in: examples, errors, requests."""

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
        function="workspaces_bulk_add_members",
        operation_id="bulkAddWorkspaceMembers",
        request={"id": "production", "user_ids": ["user_abc123", "user_def456"]},
        method="POST",
        path="/api/v1/workspaces/production/members/add",
        query=[],
        headers={},
        body={"user_ids": ["user_abc123", "user_def456"]},
        body_kind="json",
        files={},
        response="BulkAddWorkspaceMembersResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_bulk_remove_members",
        operation_id="bulkRemoveWorkspaceMembers",
        request={"id": "production", "user_ids": ["user_abc123", "user_def456"]},
        method="POST",
        path="/api/v1/workspaces/production/members/remove",
        query=[],
        headers={},
        body={"user_ids": ["user_abc123", "user_def456"]},
        body_kind="json",
        files={},
        response="BulkRemoveWorkspaceMembersResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_create",
        operation_id="createWorkspace",
        request={
            "default_image_model": "openai/dall-e-3",
            "default_provider_sort": "price",
            "default_text_model": "openai/gpt-4o",
            "description": "Production environment workspace",
            "name": "Production",
            "slug": "production",
        },
        method="POST",
        path="/api/v1/workspaces",
        query=[],
        headers={},
        body={
            "default_image_model": "openai/dall-e-3",
            "default_provider_sort": "price",
            "default_text_model": "openai/gpt-4o",
            "description": "Production environment workspace",
            "name": "Production",
            "slug": "production",
        },
        body_kind="json",
        files={},
        response="CreateWorkspaceResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_delete",
        operation_id="deleteWorkspace",
        request={"id": "production"},
        method="DELETE",
        path="/api/v1/workspaces/production",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteWorkspaceResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_delete_budget",
        operation_id="deleteWorkspaceBudget",
        request={"id": "production", "interval": "monthly"},
        method="DELETE",
        path="/api/v1/workspaces/production/budgets/monthly",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteWorkspaceBudgetResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_get",
        operation_id="getWorkspace",
        request={"id": "production"},
        method="GET",
        path="/api/v1/workspaces/production",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetWorkspaceResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_get_budget",
        operation_id="getWorkspaceBudget",
        request={"id": "production", "interval": "monthly"},
        method="GET",
        path="/api/v1/workspaces/production/budgets/monthly",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetWorkspaceBudgetResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_list",
        operation_id="listWorkspaces",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/workspaces",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListWorkspacesResponse",
        errors={401: "UnauthorizedResponseError", 500: "InternalServerResponseError"},
    ),
    Case(
        function="workspaces_list_budgets",
        operation_id="listWorkspaceBudgets",
        request={"id": "production"},
        method="GET",
        path="/api/v1/workspaces/production/budgets",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListWorkspaceBudgetsResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_list_members",
        operation_id="listWorkspaceMembers",
        request={"id": "production", "offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/workspaces/production/members",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListWorkspaceMembersResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_set_budget",
        operation_id="upsertWorkspaceBudget",
        request={
            "id": "production",
            "interval": "monthly",
            "include_byok_in_budgets": True,
            "limit_usd": 100,
        },
        method="PUT",
        path="/api/v1/workspaces/production/budgets/monthly",
        query=[],
        headers={},
        body={"include_byok_in_budgets": True, "limit_usd": 100},
        body_kind="json",
        files={},
        response="UpsertWorkspaceBudgetResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="workspaces_update",
        operation_id="updateWorkspace",
        request={"id": "production", "name": "Updated Workspace", "slug": "updated-workspace"},
        method="PATCH",
        path="/api/v1/workspaces/production",
        query=[],
        headers={},
        body={"name": "Updated Workspace", "slug": "updated-workspace"},
        body_kind="json",
        files={},
        response="UpdateWorkspaceResponse",
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
