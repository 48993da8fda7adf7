# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_content_text` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_content_cache_control import ChatContentCacheControlDict
    from openrouter_core.dicts.prompt_cache_breakpoint import PromptCacheBreakpointDict

__all__ = [
    "ChatContentTextDict",
]


class ChatContentTextDict(TypedDict, total=False):
    """The dict form of :class:`ChatContentText`."""

    cache_control: ChatContentCacheControlDict | None
    prompt_cache_breakpoint: PromptCacheBreakpointDict | None
    text: Required[str]
    type: Required[Literal["text"]]
