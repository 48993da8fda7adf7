# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatResult) by `python -m codegen`; do not edit.
"""Chat completion response."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_choice import ChatChoice
    from openrouter_core.models.chat_usage import ChatUsage
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class ChatResult:
    """Chat completion response."""

    choices: list[ChatChoice]
    """List of completion choices."""
    created: int
    """Unix timestamp of creation."""
    id: str
    """Unique completion identifier."""
    model: str
    """Model used for completion."""
    object: str = "chat.completion"
    openrouter_metadata: OpenRouterMetadata | None = None
    service_tier: str | Unset | None = UNSET
    """The service tier used by the upstream provider for this request."""
    system_fingerprint: str | Unset | None = UNSET
    """System fingerprint."""
    usage: ChatUsage | None = None
    provider: str | None = None
    """The provider that served the request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        choices: list[ChatChoice],
        created: int,
        id: str,
        model: str,
        object: str = "chat.completion",
        openrouter_metadata: OpenRouterMetadata | None = None,
        service_tier: str | Unset | None = UNSET,
        system_fingerprint: str | Unset | None = UNSET,
        usage: ChatUsage | None = None,
        provider: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("choices", choices)
        _setattr("created", created)
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
                "ChatResult",
                self.choices,
                self.created,
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
