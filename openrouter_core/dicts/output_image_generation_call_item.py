# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_image_generation_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputImageGenerationCallItemDict",
]


class OutputImageGenerationCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputImageGenerationCallItem`."""

    id: Required[str]
    result: str | None
    status: Required[Literal["in_progress", "completed", "generating", "failed"] | str]
    type: Required[Literal["image_generation_call"]]
    prompt: str | None
