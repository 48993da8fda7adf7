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
