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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[ChatTokenLogprob] | None,
        refusal: list[ChatTokenLogprob] | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("refusal", refusal)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r}, refusal={self.refusal!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.refusal, self.extra_fields) == (
            other.content,
            other.refusal,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatTokenLogprobs", self.content, self.refusal, self.extra_fields))

    # --- end of attrs methods ---
