# Generated from the OpenRouter OpenAPI spec (tag Rerank) by `python -m codegen`; do not edit.
"""What the spec documents about each Rerank function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="rerank_rerank",
        operation_id="createRerank",
        request={
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
            "top_n": 3,
        },
        method="POST",
        path="/api/v1/rerank",
        query=[],
        headers={},
        body={
            "documents": ["Paris is the capital of France.", "Berlin is the capital of Germany."],
            "model": "cohere/rerank-v3.5",
            "query": "What is the capital of France?",
            "top_n": 3,
        },
        body_kind="json",
        files={},
        response="RerankRerankResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
]
