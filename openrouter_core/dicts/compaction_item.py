# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.compaction_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CompactionItemDict",
]


class CompactionItemDict(TypedDict, total=False):
    """The dict form of :class:`CompactionItem`."""

    encrypted_content: Required[str]
    id: str | None
    type: Required[Literal["compaction"]]
