# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamChunk) by `python -m codegen`; do not edit.
"""Streaming chat completion chunk."""

from __future__ import annotations

import builtins
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_type: str,
        provider_code: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_type", error_type)
        _setattr("provider_code", provider_code)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error_type={self.error_type!r}, "
            f"provider_code={self.provider_code!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_type, self.provider_code, self.extra_fields) == (
            other.error_type,
            other.provider_code,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatStreamChunkErrorMetadata", self.error_type, self.provider_code, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: int,
        message: str,
        metadata: ChatStreamChunkErrorMetadata | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("message", message)
        _setattr("metadata", metadata)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"metadata={self.metadata!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.code, self.message, self.metadata, self.extra_fields) == (
            other.code,
            other.message,
            other.metadata,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatStreamChunkError", self.code, self.message, self.metadata, self.extra_fields)
        )

    # --- end of attrs methods ---


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
    provider: str | None = None
    """The provider that served the request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        choices: list[ChatStreamChoice],
        created: int,
        error: ChatStreamChunkError | None = None,
        id: str,
        model: str,
        object: str = "chat.completion.chunk",
        openrouter_metadata: OpenRouterMetadata | None = None,
        service_tier: str | Unset | None = UNSET,
        system_fingerprint: str | None = None,
        usage: ChatUsage | None = None,
        provider: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("choices", choices)
        _setattr("created", created)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("service_tier", service_tier)
        _setattr("system_fingerprint", system_fingerprint)
        _setattr("usage", usage)
        _setattr("provider", provider)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"choices={self.choices!r}, "
            f"created={self.created!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"service_tier={self.service_tier!r}, "
            f"system_fingerprint={self.system_fingerprint!r}, "
            f"usage={self.usage!r}, "
            f"provider={self.provider!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.choices,
            self.created,
            self.error,
            self.id,
            self.model,
            self.object,
            self.openrouter_metadata,
            self.service_tier,
            self.system_fingerprint,
            self.usage,
            self.provider,
            self.extra_fields,
        ) == (
            other.choices,
            other.created,
            other.error,
            other.id,
            other.model,
            other.object,
            other.openrouter_metadata,
            other.service_tier,
            other.system_fingerprint,
            other.usage,
            other.provider,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatStreamChunk",
                self.choices,
                self.created,
                self.error,
                self.id,
                self.model,
                self.object,
                self.openrouter_metadata,
                self.service_tier,
                self.system_fingerprint,
                self.usage,
                self.provider,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
