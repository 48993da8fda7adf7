# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamChunk) by `python -m codegen`; do not edit.
"""Streaming chat completion chunk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_stream_choice import ChatStreamChoice
    from openrouter_core.models.chat_usage import ChatUsage
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class ChatStreamChunkErrorMetadata:
    """Structured error metadata."""

    error_type: str
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    provider_code: str | None = None
    """Upstream provider-specific error code, when available."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatStreamChunkError:
    """Error information."""

    code: int
    """Error code."""
    message: str
    """Error message."""
    metadata: ChatStreamChunkErrorMetadata | None = None
    """Structured error metadata."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatStreamChunk:
    """Streaming chat completion chunk."""

    choices: list[ChatStreamChoice]
    """List of streaming chunk choices."""
    created: int
    """Unix timestamp of creation."""
    error: ChatStreamChunkError | None = None
    """Error information."""
    id: str
    """Unique chunk identifier."""
    model: str
    """Model used for completion."""
    object: str = "chat.completion.chunk"
    openrouter_metadata: OpenRouterMetadata | None = None
    service_tier: str | Unset | None = UNSET
    """The service tier used by the upstream provider for this request."""
    system_fingerprint: str | None = None
    """System fingerprint."""
    usage: ChatUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
