# Generated from the OpenRouter OpenAPI spec (tag BYOK) by `python -m codegen`; do not edit.
"""What the spec documents about each BYOK function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="byok_create",
        operation_id="createBYOKKey",
        request={"key": "sk-proj-abc123...", "name": "Production OpenAI Key", "provider": "openai"},
        method="POST",
        path="/api/v1/byok",
        query=[],
        headers={},
        body={"key": "sk-proj-abc123...", "name": "Production OpenAI Key", "provider": "openai"},
        body_kind="json",
        files={},
        response="CreateBYOKKeyResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="byok_delete",
        operation_id="deleteBYOKKey",
        request={"id": "11111111-2222-3333-4444-555555555555"},
        method="DELETE",
        path="/api/v1/byok/11111111-2222-3333-4444-555555555555",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteBYOKKeyResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="byok_get",
        operation_id="getBYOKKey",
        request={"id": "11111111-2222-3333-4444-555555555555"},
        method="GET",
        path="/api/v1/byok/11111111-2222-3333-4444-555555555555",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetBYOKKeyResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="byok_list",
        operation_id="listBYOKKeys",
        request={
            "offset": 0,
            "limit": 50,
            "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
            "provider": "openai",
        },
        method="GET",
        path="/api/v1/byok",
        query=[
            ("limit", "50"),
            ("offset", "0"),
            ("provider", "openai"),
            ("workspace_id", "550e8400-e29b-41d4-a716-446655440000"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListBYOKKeysResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="byok_update",
        operation_id="updateBYOKKey",
        request={
            "id": "11111111-2222-3333-4444-555555555555",
            "disabled": False,
            "name": "Updated OpenAI Key",
        },
        method="PATCH",
        path="/api/v1/byok/11111111-2222-3333-4444-555555555555",
        query=[],
        headers={},
        body={"disabled": False, "name": "Updated OpenAI Key"},
        body_kind="json",
        files={},
        response="UpdateBYOKKeyResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
