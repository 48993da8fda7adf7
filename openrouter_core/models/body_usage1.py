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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion_tokens: int,
        prompt_tokens: int,
        total_tokens: int,
        completion_tokens_details: BodyCompletionTokensDetails | Unset | None = UNSET,
        prompt_tokens_details: BodyPromptTokensDetails1 | Unset | None = UNSET,
        server_tool_use: BodyServerToolUse | Unset | None = UNSET,
        server_tool_use_details: BatchObjectServerToolUseDetails | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion_tokens", completion_tokens)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("total_tokens", total_tokens)
        _setattr("completion_tokens_details", completion_tokens_details)
        _setattr("prompt_tokens_details", prompt_tokens_details)
        _setattr("server_tool_use", server_tool_use)
        _setattr("server_tool_use_details", server_tool_use_details)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion_tokens={self.completion_tokens!r}, "
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"completion_tokens_details={self.completion_tokens_details!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"server_tool_use={self.server_tool_use!r}, "
            f"server_tool_use_details={self.server_tool_use_details!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.completion_tokens,
            self.prompt_tokens,
            self.total_tokens,
            self.completion_tokens_details,
            self.prompt_tokens_details,
            self.server_tool_use,
            self.server_tool_use_details,
            self.extra_fields,
        ) == (
            other.completion_tokens,
            other.prompt_tokens,
            other.total_tokens,
            other.completion_tokens_details,
            other.prompt_tokens_details,
            other.server_tool_use,
            other.server_tool_use_details,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BodyUsage1",
                self.completion_tokens,
                self.prompt_tokens,
                self.total_tokens,
                self.completion_tokens_details,
                self.prompt_tokens_details,
                self.server_tool_use,
                self.server_tool_use_details,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
