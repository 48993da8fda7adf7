# Generated from the OpenRouter OpenAPI spec (components/schemas/ApiErrorType) by `python -m codegen`; do not edit.
"""Canonical OpenRouter error type, stable across all API formats."""

from __future__ import annotations

from typing import Final


class ApiErrorType:
    """Canonical OpenRouter error type, stable across all API formats.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    CONTEXT_LENGTH_EXCEEDED: Final = "context_length_exceeded"
    MAX_TOKENS_EXCEEDED: Final = "max_tokens_exceeded"
    TOKEN_LIMIT_EXCEEDED: Final = "token_limit_exceeded"
    STRING_TOO_LONG: Final = "string_too_long"
    AUTHENTICATION: Final = "authentication"
    PERMISSION_DENIED: Final = "permission_denied"
    PAYMENT_REQUIRED: Final = "payment_required"
    RATE_LIMIT_EXCEEDED: Final = "rate_limit_exceeded"
    PROVIDER_OVERLOADED: Final = "provider_overloaded"
    PROVIDER_UNAVAILABLE: Final = "provider_unavailable"
    INVALID_REQUEST: Final = "invalid_request"
    INVALID_PROMPT: Final = "invalid_prompt"
    NOT_FOUND: Final = "not_found"
    PRECONDITION_FAILED: Final = "precondition_failed"
    PAYLOAD_TOO_LARGE: Final = "payload_too_large"
    UNPROCESSABLE: Final = "unprocessable"
    CONTENT_POLICY_VIOLATION: Final = "content_policy_violation"
    REFUSAL: Final = "refusal"
    INVALID_IMAGE: Final = "invalid_image"
    IMAGE_TOO_LARGE: Final = "image_too_large"
    IMAGE_TOO_SMALL: Final = "image_too_small"
    UNSUPPORTED_IMAGE_FORMAT: Final = "unsupported_image_format"
    IMAGE_NOT_FOUND: Final = "image_not_found"
    IMAGE_DOWNLOAD_FAILED: Final = "image_download_failed"
    SERVER: Final = "server"
    TIMEOUT: Final = "timeout"
    UNMAPPED: Final = "unmapped"
