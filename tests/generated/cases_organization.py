# Generated from the OpenRouter OpenAPI spec (tag Organization) by `python -m codegen`; do not edit.
"""What the spec documents about each Organization function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
