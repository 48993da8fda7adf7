# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyUsage2) by `python -m codegen`; do not edit.
"""The ``BodyUsage2`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from openrouter_core.models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from openrouter_core.models.anthropic_usage_iteration import AnthropicUsageIteration


@attrs.frozen(kw_only=True)
class BodyUsage2:
    """The ``BodyUsage2`` object."""

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: str | None
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: str | None
    """Known values: ``"standard"``, ``"priority"``, ``"batch"``."""
    iterations: list[AnthropicUsageIteration] | None = None
    speed: str | Unset | None = UNSET
    """Known values: ``"fast"``, ``"standard"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
