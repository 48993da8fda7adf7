# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.item_reference_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ItemReferenceItemDict",
]


class ItemReferenceItemDict(TypedDict, total=False):
    """The dict form of :class:`ItemReferenceItem`."""

    id: Required[str]
    type: Required[Literal["item_reference"]]
