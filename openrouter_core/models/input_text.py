# Generated from the OpenRouter OpenAPI spec (components/schemas/InputText) by `python -m codegen`; do not edit.
"""Text input content item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.prompt_cache_breakpoint import PromptCacheBreakpoint


@attrs.frozen(kw_only=True)
class InputText:
    """Text input content item."""

    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset | None = UNSET
    text: str
    type: str = "input_text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
