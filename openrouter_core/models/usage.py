# Generated from the OpenRouter OpenAPI spec (components/schemas/Usage) by `python -m codegen`; do not edit.
"""Token usage information for the response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_usage import (
        OpenAIResponsesUsageInputTokensDetails,
        OpenAIResponsesUsageOutputTokensDetails,
    )
    from openrouter_core.models.server_tool_use_details import ServerToolUseDetails


@attrs.frozen(kw_only=True)
class UsageCostDetails:
    """The ``cost_details`` of a :class:`Usage`."""

    upstream_inference_cost: float | Unset | None = UNSET
    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class Usage:
    """Token usage information for the response."""

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    cost: float | Unset | None = UNSET
    """Cost of the completion."""
    cost_details: UsageCostDetails | None = None
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    server_tool_use_details: ServerToolUseDetails | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
