# Generated from the OpenRouter OpenAPI spec (tag Guardrails) by `python -m codegen`; do not edit.
"""The Guardrails functions against the offline stand-in: examples, errors, requests."""

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
        function="guardrails_bulk_assign_keys",
        operation_id="bulkAssignKeysToGuardrail",
        request={
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"],
        },
        method="POST",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys",
        query=[],
        headers={},
        body={"key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]},
        body_kind="json",
        files={},
        response="BulkAssignKeysResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_bulk_assign_members",
        operation_id="bulkAssignMembersToGuardrail",
        request={
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "member_user_ids": ["user_abc123", "user_def456"],
        },
        method="POST",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members",
        query=[],
        headers={},
        body={"member_user_ids": ["user_abc123", "user_def456"]},
        body_kind="json",
        files={},
        response="BulkAssignMembersResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_bulk_unassign_keys",
        operation_id="bulkUnassignKeysFromGuardrail",
        request={
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"],
        },
        method="POST",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys/remove",
        query=[],
        headers={},
        body={"key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]},
        body_kind="json",
        files={},
        response="BulkUnassignKeysResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_bulk_unassign_members",
        operation_id="bulkUnassignMembersFromGuardrail",
        request={
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "member_user_ids": ["user_abc123", "user_def456"],
        },
        method="POST",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members/remove",
        query=[],
        headers={},
        body={"member_user_ids": ["user_abc123", "user_def456"]},
        body_kind="json",
        files={},
        response="BulkUnassignMembersResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_create",
        operation_id="createGuardrail",
        request={
            "allowed_models": None,
            "allowed_providers": ["openai", "anthropic", "deepseek"],
            "description": "A guardrail for limiting API usage",
            "enforce_zdr_anthropic": True,
            "enforce_zdr_google": False,
            "enforce_zdr_openai": True,
            "enforce_zdr_other": False,
            "enforce_zdr_xai": False,
            "ignored_models": None,
            "ignored_providers": None,
            "limit_usd": 50,
            "name": "My New Guardrail",
            "reset_interval": "monthly",
        },
        method="POST",
        path="/api/v1/guardrails",
        query=[],
        headers={},
        body={
            "allowed_models": None,
            "allowed_providers": ["openai", "anthropic", "deepseek"],
            "description": "A guardrail for limiting API usage",
            "enforce_zdr_anthropic": True,
            "enforce_zdr_google": False,
            "enforce_zdr_openai": True,
            "enforce_zdr_other": False,
            "enforce_zdr_xai": False,
            "ignored_models": None,
            "ignored_providers": None,
            "limit_usd": 50,
            "name": "My New Guardrail",
            "reset_interval": "monthly",
        },
        body_kind="json",
        files={},
        response="CreateGuardrailResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_delete",
        operation_id="deleteGuardrail",
        request={"id": "550e8400-e29b-41d4-a716-446655440000"},
        method="DELETE",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteGuardrailResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_get",
        operation_id="getGuardrail",
        request={"id": "550e8400-e29b-41d4-a716-446655440000"},
        method="GET",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetGuardrailResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_list",
        operation_id="listGuardrails",
        request={"offset": 0, "limit": 50, "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11"},
        method="GET",
        path="/api/v1/guardrails",
        query=[
            ("limit", "50"),
            ("offset", "0"),
            ("workspace_id", "0df9e665-d932-5740-b2c7-b52af166bc11"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListGuardrailsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_list_guardrail_key_assignments",
        operation_id="listGuardrailKeyAssignments",
        request={"id": "550e8400-e29b-41d4-a716-446655440000", "offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListKeyAssignmentsResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_list_guardrail_member_assignments",
        operation_id="listGuardrailMemberAssignments",
        request={"id": "550e8400-e29b-41d4-a716-446655440000", "offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListMemberAssignmentsResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="guardrails_list_key_assignments",
        operation_id="listKeyAssignments",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/guardrails/assignments/keys",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListKeyAssignmentsResponse",
        errors={401: "UnauthorizedResponseError", 500: "InternalServerResponseError"},
    ),
    Case(
        function="guardrails_list_member_assignments",
        operation_id="listMemberAssignments",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/guardrails/assignments/members",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListMemberAssignmentsResponse",
        errors={401: "UnauthorizedResponseError", 500: "InternalServerResponseError"},
    ),
    Case(
        function="guardrails_update",
        operation_id="updateGuardrail",
        request={
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "description": "Updated description",
            "limit_usd": 75,
            "name": "Updated Guardrail Name",
            "reset_interval": "weekly",
        },
        method="PATCH",
        path="/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000",
        query=[],
        headers={},
        body={
            "description": "Updated description",
            "limit_usd": 75,
            "name": "Updated Guardrail Name",
            "reset_interval": "weekly",
        },
        body_kind="json",
        files={},
        response="UpdateGuardrailResponse",
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
