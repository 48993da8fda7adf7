# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatTokenLogprobs) by `python -m codegen`; do not edit.
"""Log probabilities for the completion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_token_logprob import ChatTokenLogprob


@attrs.frozen(kw_only=True)
class ChatTokenLogprobs:
    """Log probabilities for the completion."""

    content: list[ChatTokenLogprob] | None
    """Log probabilities for content tokens."""
    refusal: list[ChatTokenLogprob] | Unset | None = UNSET
    """Log probabilities for refusal tokens."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
