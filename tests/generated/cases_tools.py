# Generated from the OpenRouter OpenAPI spec (tag Tools) by `python -m codegen`; do not edit.
"""What the spec documents about each Tools function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="tools_get_tool",
        operation_id="getTool",
        request={"name": "string"},
        method="GET",
        path="/api/v1/tools/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetToolResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="tools_list_tools",
        operation_id="listTools",
        request={},
        method="GET",
        path="/api/v1/tools",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListToolsResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
