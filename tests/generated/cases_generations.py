# Generated from the OpenRouter OpenAPI spec (tag Generations) by `python -m codegen`; do not edit.
"""What the spec documents about each Generations function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="generations_get_generation",
        operation_id="getGeneration",
        request={"id": "gen-1234567890"},
        method="GET",
        path="/api/v1/generation",
        query=[("id", "gen-1234567890")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GenerationResponse",
        errors={
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="generations_list_generation_content",
        operation_id="listGenerationContent",
        request={"id": "gen-1234567890"},
        method="GET",
        path="/api/v1/generation/content",
        query=[("id", "gen-1234567890")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GenerationContentResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="generations_submit_feedback",
        operation_id="submitGenerationFeedback",
        request={
            "category": "incorrect_response",
            "comment": "The model repeated the same paragraph three times.",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        },
        method="POST",
        path="/api/v1/generation/feedback",
        query=[],
        headers={},
        body={
            "category": "incorrect_response",
            "comment": "The model repeated the same paragraph three times.",
            "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
        },
        body_kind="json",
        files={},
        response="SubmitGenerationFeedbackResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
