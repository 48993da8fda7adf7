# Generated from the OpenRouter OpenAPI spec (tag Observability) by `python -m codegen`; do not edit.
"""What the spec documents about each Observability function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="observability_create",
        operation_id="createObservabilityDestination",
        request={
            "config": {
                "baseUrl": "https://us.cloud.langfuse.com",
                "publicKey": "pk-l...EfGh",
                "secretKey": "sk-l...AbCd",
            },
            "name": "Production Langfuse",
            "type": "langfuse",
        },
        method="POST",
        path="/api/v1/observability/destinations",
        query=[],
        headers={},
        body={
            "config": {
                "baseUrl": "https://us.cloud.langfuse.com",
                "publicKey": "pk-l...EfGh",
                "secretKey": "sk-l...AbCd",
            },
            "name": "Production Langfuse",
            "type": "langfuse",
        },
        body_kind="json",
        files={},
        response="CreateObservabilityDestinationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="observability_delete",
        operation_id="deleteObservabilityDestination",
        request={"id": "99999999-aaaa-bbbb-cccc-dddddddddddd"},
        method="DELETE",
        path="/api/v1/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeleteObservabilityDestinationResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="observability_get",
        operation_id="getObservabilityDestination",
        request={"id": "99999999-aaaa-bbbb-cccc-dddddddddddd"},
        method="GET",
        path="/api/v1/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetObservabilityDestinationResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="observability_list",
        operation_id="listObservabilityDestinations",
        request={"offset": 0, "limit": 50, "workspace_id": "550e8400-e29b-41d4-a716-446655440000"},
        method="GET",
        path="/api/v1/observability/destinations",
        query=[
            ("limit", "50"),
            ("offset", "0"),
            ("workspace_id", "550e8400-e29b-41d4-a716-446655440000"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListObservabilityDestinationsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="observability_update",
        operation_id="updateObservabilityDestination",
        request={
            "id": "99999999-aaaa-bbbb-cccc-dddddddddddd",
            "enabled": False,
            "name": "Updated Langfuse",
        },
        method="PATCH",
        path="/api/v1/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd",
        query=[],
        headers={},
        body={"enabled": False, "name": "Updated Langfuse"},
        body_kind="json",
        files={},
        response="UpdateObservabilityDestinationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
