# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyUsage1) by `python -m codegen`; do not edit.
"""The ``BodyUsage1`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_server_tool_use_details import (
        BatchObjectServerToolUseDetails,
    )
    from openrouter_core.models.body_completion_tokens_details import BodyCompletionTokensDetails
    from openrouter_core.models.body_prompt_tokens_details1 import BodyPromptTokensDetails1
    from openrouter_core.models.body_server_tool_use import BodyServerToolUse


@attrs.frozen(kw_only=True)
class BodyUsage1:
    """The ``BodyUsage1`` object."""

    completion_tokens: int
    """The tokens generated."""
    prompt_tokens: int
    """Including images, input audio, and tools if any."""
    total_tokens: int
    """Sum of the above two fields."""
    completion_tokens_details: BodyCompletionTokensDetails | Unset | None = UNSET
    prompt_tokens_details: BodyPromptTokensDetails1 | Unset | None = UNSET
    """Breakdown of tokens used in the prompt."""
    server_tool_use: BodyServerToolUse | Unset | None = UNSET
    """Usage for server-side tool execution (e.g., web search)."""
    server_tool_use_details: BatchObjectServerToolUseDetails | Unset | None = UNSET
    """Usage for server-side tool execution (e.g., web search)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
