# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicMessagesErrorResponse) by `python -m codegen`; do not edit.
"""Error response from the Anthropic Messages API."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicMessagesErrorResponseError:
    """The ``error`` of a :class:`AnthropicMessagesErrorResponse`."""

    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    message: str
    type: str
    """Known values: ``"invalid_request_error"``, ``"authentication_error"``,
    ``"permission_error"``, ``"not_found_error"``, ``"rate_limit_error"``, ``"api_error"``,
    ``"overloaded_error"``, ``"billing_error"``, ``"timeout_error"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnthropicMessagesErrorResponse:
    """Error response from the Anthropic Messages API."""

    error: AnthropicMessagesErrorResponseError
    metadata: dict[str, Any] | None = None
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    request_id: str | None
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
