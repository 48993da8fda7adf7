# Generated from the OpenRouter OpenAPI spec (tag alpha.decisions) by `python -m codegen`; do not edit.
"""What the spec documents about each alpha.decisions function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="alpha_decisions_create",
        operation_id="createApiAlphaDecisions",
        request={"model": "string", "questions": {}, "state": "string"},
        method="POST",
        path="/api/alpha/decisions",
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
