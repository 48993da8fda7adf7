# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamChoice) by `python -m codegen`; do not edit.
"""Streaming completion choice chunk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_stream_delta import ChatStreamDelta
    from openrouter_core.models.chat_token_logprobs import ChatTokenLogprobs


@attrs.frozen(kw_only=True)
class ChatStreamChoice:
    """Streaming completion choice chunk."""

    delta: ChatStreamDelta
    finish_reason: str | Unset | None = UNSET
    """Known values: :class:`ChatFinishReasonEnum`."""
    index: int
    """Choice index."""
    logprobs: ChatTokenLogprobs | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
