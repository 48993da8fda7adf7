# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.anthropic_input_tokens_clear_at_least` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnthropicInputTokensClearAtLeastDict",
]


class AnthropicInputTokensClearAtLeastDict(TypedDict, total=False):
    """The dict form of :class:`AnthropicInputTokensClearAtLeast`."""

    type: Required[Literal["input_tokens"]]
    value: Required[int]
