# Generated from the OpenRouter OpenAPI spec (tag Chat) by `python -m codegen`; do not edit.
"""What the spec documents about each Chat function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="chat_send",
        operation_id="sendChatCompletionRequest",
        request={
            "max_tokens": 150,
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
            "model": "openai/gpt-4",
            "temperature": 0.7,
        },
        method="POST",
        path="/api/v1/chat/completions",
        query=[],
        headers={},
        body={
            "max_tokens": 150,
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "What is the capital of France?", "role": "user"},
            ],
            "model": "openai/gpt-4",
            "temperature": 0.7,
        },
        body_kind="json",
        files={},
        response="ChatResult",
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
