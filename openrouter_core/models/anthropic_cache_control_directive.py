# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCacheControlDirective) by `python -m codegen`; do not edit.
"""Enable automatic prompt caching."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCacheControlDirective:
    """Enable automatic prompt caching."""

    ttl: str | None = None
    """Known values: :class:`AnthropicCacheControlTtl`."""
    type: str = "ephemeral"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
