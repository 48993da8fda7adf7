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
    native_finish_reason: str | Unset | None = UNSET
    """The finish reason as the provider gave it."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        delta: ChatStreamDelta,
        finish_reason: str | Unset | None = UNSET,
        index: int,
        logprobs: ChatTokenLogprobs | Unset | None = UNSET,
        native_finish_reason: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("delta", delta)
        _setattr("finish_reason", finish_reason)
        _setattr("index", index)
        _setattr("logprobs", logprobs)
        _setattr("native_finish_reason", native_finish_reason)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"delta={self.delta!r}, "
            f"finish_reason={self.finish_reason!r}, "
            f"index={self.index!r}, "
            f"logprobs={self.logprobs!r}, "
            f"native_finish_reason={self.native_finish_reason!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.delta,
            self.finish_reason,
            self.index,
            self.logprobs,
            self.native_finish_reason,
            self.extra_fields,
        ) == (
            other.delta,
            other.finish_reason,
            other.index,
            other.logprobs,
            other.native_finish_reason,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatStreamChoice",
                self.delta,
                self.finish_reason,
                self.index,
                self.logprobs,
                self.native_finish_reason,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
