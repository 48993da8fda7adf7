# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListItemUsage) by `python -m codegen`; do not edit.
"""The ``BatchListItemUsage`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_creation import AnthropicCacheCreation
    from openrouter_core.models.anthropic_usage_iteration import AnthropicUsageIteration
    from openrouter_core.models.batch_list_item_completion_tokens_details import (
        BatchListItemCompletionTokensDetails,
    )
    from openrouter_core.models.batch_list_item_prompt_tokens_details import (
        BatchListItemPromptTokensDetails,
    )
    from openrouter_core.models.batch_list_item_server_tool_use import BatchListItemServerToolUse
    from openrouter_core.models.cost_details import CostDetails


@attrs.frozen(kw_only=True)
class BatchListItemUsage:
    """The ``BatchListItemUsage`` object."""

    completion_tokens: int
    """The tokens generated."""
    prompt_tokens: int
    """Including images, input audio, and tools if any."""
    total_tokens: int
    """Sum of the above two fields."""
    cache_creation: AnthropicCacheCreation | Unset | None = UNSET
    completion_tokens_details: BatchListItemCompletionTokensDetails | Unset | None = UNSET
    cost: float | Unset | None = UNSET
    """Cost of the completion."""
    cost_details: CostDetails | Unset | None = UNSET
    """Breakdown of upstream inference costs."""
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    iterations: list[AnthropicUsageIteration] | Unset | None = UNSET
    prompt_tokens_details: BatchListItemPromptTokensDetails | Unset | None = UNSET
    """Breakdown of tokens used in the prompt."""
    server_tool_use: BatchListItemServerToolUse | Unset | None = UNSET
    """Usage for server-side tool execution (e.g., web search)."""
    service_tier: str | Unset | None = UNSET
    """The service tier used by the upstream provider for this request."""
    speed: str | Unset | None = UNSET
    """Known values: ``"fast"``, ``"standard"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
