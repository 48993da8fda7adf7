# Generated from the OpenRouter OpenAPI spec (tag SystemOne) by `python -m codegen`; do not edit.
"""What the spec documents about each SystemOne function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="system_one_create",
        operation_id="createSystemone",
        request={"model": "string", "questions": {}, "state": "string"},
        method="POST",
        path="/api/v1/systemone",
        query=[],
        headers={},
        body={"model": "string", "questions": {}, "state": "string"},
        body_kind="json",
        files={},
        response="DecisionsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
]
