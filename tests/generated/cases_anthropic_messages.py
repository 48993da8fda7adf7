# Generated from the OpenRouter OpenAPI spec (tag Anthropic Messages) by `python -m codegen`; do not edit.
"""What the spec documents about each Anthropic Messages function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="messages_create",
        operation_id="createMessages",
        request={
            "max_tokens": 1024,
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        },
        method="POST",
        path="/api/v1/messages",
        query=[],
        headers={},
        body={
            "max_tokens": 1024,
            "messages": [{"content": "Hello, how are you?", "role": "user"}],
            "model": "anthropic/claude-sonnet-4",
        },
        body_kind="json",
        files={},
        response="MessagesResult",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            503: "ServiceUnavailableResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
        error_bodies={
            400: "AnthropicMessagesErrorResponse",
            401: "AnthropicMessagesErrorResponse",
            403: "AnthropicMessagesErrorResponse",
            404: "AnthropicMessagesErrorResponse",
            429: "AnthropicMessagesErrorResponse",
            500: "AnthropicMessagesErrorResponse",
            503: "AnthropicMessagesErrorResponse",
            529: "AnthropicMessagesErrorResponse",
        },
    ),
]
