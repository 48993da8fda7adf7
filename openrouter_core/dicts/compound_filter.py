# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.compound_filter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CompoundFilterDict",
]


class CompoundFilterDict(TypedDict, total=False):
    """The dict form of :class:`CompoundFilter`."""

    filters: Required[list[dict[str, Any]]]
    type: Required[Literal["and", "or"] | str]
