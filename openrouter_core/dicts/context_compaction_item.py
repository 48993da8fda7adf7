# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.context_compaction_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContextCompactionItemDict",
]


class ContextCompactionItemDict(TypedDict, total=False):
    """The dict form of :class:`ContextCompactionItem`."""

    encrypted_content: str | None
    id: str | None
    type: Required[Literal["context_compaction"]]
