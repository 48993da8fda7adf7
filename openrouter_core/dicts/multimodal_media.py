# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.multimodal_media` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "MultimodalMediaDict",
]


class MultimodalMediaDict(TypedDict, total=False):
    """The dict form of :class:`MultimodalMedia`."""

    data: Required[str]
    format: str | None
