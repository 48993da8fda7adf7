# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentText) by `python -m codegen`; do not edit.
"""Text content part."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.chat_content_cache_control import ChatContentCacheControl
    from openrouter_core.models.prompt_cache_breakpoint import PromptCacheBreakpoint


@attrs.frozen(kw_only=True)
class ChatContentText:
    """Text content part."""

    cache_control: ChatContentCacheControl | None = None
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset | None = UNSET
    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: ChatContentCacheControl | None = None,
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset | None = UNSET,
        text: str,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("prompt_cache_breakpoint", prompt_cache_breakpoint)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"prompt_cache_breakpoint={self.prompt_cache_breakpoint!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cache_control,
            self.prompt_cache_breakpoint,
            self.text,
            self.type,
            self.extra_fields,
        ) == (
            other.cache_control,
            other.prompt_cache_breakpoint,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatContentText",
                self.cache_control,
                self.prompt_cache_breakpoint,
                self.text,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
