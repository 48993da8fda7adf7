# Generated from the OpenRouter OpenAPI spec (tag External Users) by `python -m codegen`; do not edit.
"""What the spec documents about each External Users function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="external_users_create",
        operation_id="createExternalUser",
        request={"user": "string"},
        method="POST",
        path="/api/v1/external-users",
        query=[],
        headers={},
        body={"user": "string"},
        body_kind="json",
        files={},
        response="ExternalUserResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="external_users_delete",
        operation_id="deleteExternalUser",
        request={"user": "string"},
        method="DELETE",
        path="/api/v1/external-users/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="None",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="external_users_get",
        operation_id="getExternalUser",
        request={"user": "string"},
        method="GET",
        path="/api/v1/external-users/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ExternalUserResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="external_users_list",
        operation_id="listExternalUsers",
        request={},
        method="GET",
        path="/api/v1/external-users",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListExternalUsersResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="external_users_update",
        operation_id="updateExternalUser",
        request={"user": "string", "is_active": False},
        method="PATCH",
        path="/api/v1/external-users/string",
        query=[],
        headers={},
        body={"is_active": False},
        body_kind="json",
        files={},
        response="ExternalUserResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
