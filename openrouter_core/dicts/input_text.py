# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.input_text` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.prompt_cache_breakpoint import PromptCacheBreakpointDict

__all__ = [
    "InputTextDict",
]


class InputTextDict(TypedDict, total=False):
    """The dict form of :class:`InputText`."""

    prompt_cache_breakpoint: PromptCacheBreakpointDict | None
    text: Required[str]
    type: Required[Literal["input_text"]]
