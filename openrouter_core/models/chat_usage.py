# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatUsage) by `python -m codegen`; do not edit.
"""Token usage statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.cost_details import CostDetails
    from openrouter_core.models.server_tool_use_details import ServerToolUseDetails


@attrs.frozen(kw_only=True)
class ChatUsageCompletionTokensDetails:
    """Detailed completion token usage."""

    accepted_prediction_tokens: int | Unset | None = UNSET
    """Accepted prediction tokens."""
    audio_tokens: int | Unset | None = UNSET
    """Tokens used for audio output."""
    reasoning_tokens: int | Unset | None = UNSET
    """Tokens used for reasoning."""
    rejected_prediction_tokens: int | Unset | None = UNSET
    """Rejected prediction tokens."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatUsagePromptTokensDetails:
    """Detailed prompt token usage."""

    audio_tokens: int | None = None
    """Audio input tokens."""
    cache_write_tokens: int | None = None
    """Tokens written to cache."""
    cached_tokens: int | None = None
    """Cached prompt tokens."""
    video_tokens: int | None = None
    """Video input tokens."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatUsage:
    """Token usage statistics."""

    completion_tokens: int
    """Number of tokens in the completion."""
    completion_tokens_details: ChatUsageCompletionTokensDetails | Unset | None = UNSET
    """Detailed completion token usage."""
    cost: float | Unset | None = UNSET
    """Cost of the completion."""
    cost_details: CostDetails | Unset | None = UNSET
    is_byok: bool | None = None
    """Whether a request was made using a Bring Your Own Key configuration."""
    prompt_tokens: int
    """Number of tokens in the prompt."""
    prompt_tokens_details: ChatUsagePromptTokensDetails | Unset | None = UNSET
    """Detailed prompt token usage."""
    server_tool_use_details: ServerToolUseDetails | Unset | None = UNSET
    total_tokens: int
    """Total number of tokens."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
