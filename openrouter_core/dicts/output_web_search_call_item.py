# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_web_search_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.output_item_web_search_call import OutputItemWebSearchCallActionDict

__all__ = [
    "OutputWebSearchCallItemDict",
]


class OutputWebSearchCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputWebSearchCallItem`."""

    action: OutputItemWebSearchCallActionDict | None
    id: Required[str]
    status: Required[Literal["completed", "searching", "in_progress", "failed"] | str]
    type: Required[Literal["web_search_call"]]
