# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_image_generation_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputImageGenerationServerToolItemDict",
]


class OutputImageGenerationServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputImageGenerationServerToolItem`."""

    id: str | None
    imageB64: str | None
    imageUrl: str | None
    prompt: str | None
    result: str | None
    revisedPrompt: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:image_generation"]]
