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
    image_tokens: int | None = None
    """Tokens used for image output."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        accepted_prediction_tokens: int | Unset | None = UNSET,
        audio_tokens: int | Unset | None = UNSET,
        reasoning_tokens: int | Unset | None = UNSET,
        rejected_prediction_tokens: int | Unset | None = UNSET,
        image_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("accepted_prediction_tokens", accepted_prediction_tokens)
        _setattr("audio_tokens", audio_tokens)
        _setattr("reasoning_tokens", reasoning_tokens)
        _setattr("rejected_prediction_tokens", rejected_prediction_tokens)
        _setattr("image_tokens", image_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"accepted_prediction_tokens={self.accepted_prediction_tokens!r}, "
            f"audio_tokens={self.audio_tokens!r}, "
            f"reasoning_tokens={self.reasoning_tokens!r}, "
            f"rejected_prediction_tokens={self.rejected_prediction_tokens!r}, "
            f"image_tokens={self.image_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.accepted_prediction_tokens,
            self.audio_tokens,
            self.reasoning_tokens,
            self.rejected_prediction_tokens,
            self.image_tokens,
            self.extra_fields,
        ) == (
            other.accepted_prediction_tokens,
            other.audio_tokens,
            other.reasoning_tokens,
            other.rejected_prediction_tokens,
            other.image_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatUsageCompletionTokensDetails",
                self.accepted_prediction_tokens,
                self.audio_tokens,
                self.reasoning_tokens,
                self.rejected_prediction_tokens,
                self.image_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        audio_tokens: int | None = None,
        cache_write_tokens: int | None = None,
        cached_tokens: int | None = None,
        video_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("audio_tokens", audio_tokens)
        _setattr("cache_write_tokens", cache_write_tokens)
        _setattr("cached_tokens", cached_tokens)
        _setattr("video_tokens", video_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"cache_write_tokens={self.cache_write_tokens!r}, "
            f"cached_tokens={self.cached_tokens!r}, "
            f"video_tokens={self.video_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.audio_tokens,
            self.cache_write_tokens,
            self.cached_tokens,
            self.video_tokens,
            self.extra_fields,
        ) == (
            other.audio_tokens,
            other.cache_write_tokens,
            other.cached_tokens,
            other.video_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatUsagePromptTokensDetails",
                self.audio_tokens,
                self.cache_write_tokens,
                self.cached_tokens,
                self.video_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion_tokens: int,
        completion_tokens_details: ChatUsageCompletionTokensDetails | Unset | None = UNSET,
        cost: float | Unset | None = UNSET,
        cost_details: CostDetails | Unset | None = UNSET,
        is_byok: bool | None = None,
        prompt_tokens: int,
        prompt_tokens_details: ChatUsagePromptTokensDetails | Unset | None = UNSET,
        server_tool_use_details: ServerToolUseDetails | Unset | None = UNSET,
        total_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion_tokens", completion_tokens)
        _setattr("completion_tokens_details", completion_tokens_details)
        _setattr("cost", cost)
        _setattr("cost_details", cost_details)
        _setattr("is_byok", is_byok)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("prompt_tokens_details", prompt_tokens_details)
        _setattr("server_tool_use_details", server_tool_use_details)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion_tokens={self.completion_tokens!r}, "
            f"completion_tokens_details={self.completion_tokens_details!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"server_tool_use_details={self.server_tool_use_details!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.completion_tokens,
            self.completion_tokens_details,
            self.cost,
            self.cost_details,
            self.is_byok,
            self.prompt_tokens,
            self.prompt_tokens_details,
            self.server_tool_use_details,
            self.total_tokens,
            self.extra_fields,
        ) == (
            other.completion_tokens,
            other.completion_tokens_details,
            other.cost,
            other.cost_details,
            other.is_byok,
            other.prompt_tokens,
            other.prompt_tokens_details,
            other.server_tool_use_details,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatUsage",
                self.completion_tokens,
                self.completion_tokens_details,
                self.cost,
                self.cost_details,
                self.is_byok,
                self.prompt_tokens,
                self.prompt_tokens_details,
                self.server_tool_use_details,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
