# Generated from the OpenRouter OpenAPI spec (tag Endpoints) by `python -m codegen`; do not edit.
"""What the spec documents about each Endpoints function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="endpoints_list",
        operation_id="listEndpoints",
        request={"author": "openai", "slug": "gpt-4"},
        method="GET",
        path="/api/v1/models/openai/gpt-4/endpoints",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="EndpointsListResponse",
        errors={
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="endpoints_list_zdr_endpoints",
        operation_id="listEndpointsZdr",
        request={},
        method="GET",
        path="/api/v1/endpoints/zdr",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="EndpointsListZdrEndpointsResponse",
        errors={403: "ForbiddenResponseError", 500: "InternalServerResponseError"},
    ),
]
