# Generated from the OpenRouter OpenAPI spec (tag Embeddings) by `python -m codegen`; do not edit.
"""What the spec documents about each Embeddings function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="embeddings_generate",
        operation_id="createEmbeddings",
        request={
            "dimensions": 1536,
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        },
        method="POST",
        path="/api/v1/embeddings",
        query=[],
        headers={},
        body={
            "dimensions": 1536,
            "input": "The quick brown fox jumps over the lazy dog",
            "model": "openai/text-embedding-3-small",
        },
        body_kind="json",
        files={},
        response="EmbeddingsGenerateResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
    Case(
        function="embeddings_list_models",
        operation_id="listEmbeddingsModels",
        request={"offset": 0, "limit": 500},
        method="GET",
        path="/api/v1/embeddings/models",
        query=[("limit", "500"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelsListResponse",
        errors={400: "BadRequestResponseError", 500: "InternalServerResponseError"},
    ),
]
