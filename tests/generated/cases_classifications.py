# Generated from the OpenRouter OpenAPI spec (tag Classifications) by `python -m codegen`; do not edit.
"""What the spec documents about each Classifications function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="classifications_get_task_classifications",
        operation_id="getTaskClassifications",
        request={"window": "7d"},
        method="GET",
        path="/api/v1/classifications/task",
        query=[("window", "7d")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="TaskClassificationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
