# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatResult) by `python -m codegen`; do not edit.
"""Chat completion response."""

from __future__ import annotations

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
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
