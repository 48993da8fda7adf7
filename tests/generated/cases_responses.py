# Generated from the OpenRouter OpenAPI spec (tag Responses) by `python -m codegen`; do not edit.
"""What the spec documents about each Responses function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="beta_responses_send",
        operation_id="createResponses",
        request={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        method="POST",
        path="/api/v1/responses",
        query=[],
        headers={},
        body={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        body_kind="json",
        files={},
        response="OpenResponsesResult",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            413: "PayloadTooLargeResponseError",
            422: "UnprocessableEntityResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
    ),
    Case(
        function="responses_send",
        operation_id="createResponses",
        request={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        method="POST",
        path="/api/v1/responses",
        query=[],
        headers={},
        body={"input": "Tell me a joke", "model": "openai/gpt-4o"},
        body_kind="json",
        files={},
        response="OpenResponsesResult",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            413: "PayloadTooLargeResponseError",
            422: "UnprocessableEntityResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
    ),
]
