# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentCacheControl) by `python -m codegen`; do not edit.
"""Anthropic-style cache breakpoint for the content part."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentCacheControl:
    """Anthropic-style cache breakpoint for the content part."""

    ttl: str | None = None
    """Known values: :class:`AnthropicCacheControlTtl`."""
    type: str = "ephemeral"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
