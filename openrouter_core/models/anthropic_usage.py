# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicUsage) by `python -m codegen`; do not edit.
"""The ``AnthropicUsage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from openrouter_core.models.anthropic_server_tool_usage import AnthropicServerToolUsage


@attrs.frozen(kw_only=True)
class AnthropicUsage:
    """The ``AnthropicUsage`` object."""

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: str | None
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: str | None
    """Known values: :class:`AnthropicServiceTier`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
