# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatChoice) by `python -m codegen`; do not edit.
"""Chat completion choice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_assistant_message import ChatAssistantMessage
    from openrouter_core.models.chat_token_logprobs import ChatTokenLogprobs


@attrs.frozen(kw_only=True)
class ChatChoice:
    """Chat completion choice."""

    finish_reason: str | None
    """Known values: :class:`ChatFinishReasonEnum`."""
    index: int
    """Choice index."""
    logprobs: ChatTokenLogprobs | Unset | None = UNSET
    message: ChatAssistantMessage
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
