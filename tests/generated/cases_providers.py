# Generated from the OpenRouter OpenAPI spec (tag Providers) by `python -m codegen`; do not edit.
"""What the spec documents about each Providers function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="providers_list",
        operation_id="listProviders",
        request={},
        method="GET",
        path="/api/v1/providers",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ProvidersListResponse",
        errors={500: "InternalServerResponseError"},
    ),
]
