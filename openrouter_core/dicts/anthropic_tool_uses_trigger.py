# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_tool_uses_trigger` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicToolUsesTriggerDict",
]


class AnthropicToolUsesTriggerDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicToolUsesTrigger`."""

    type: Required[Literal["tool_uses"]]
    value: Required[int]
