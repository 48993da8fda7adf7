# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_datetime_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputDatetimeItemDict",
]


class OutputDatetimeItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputDatetimeItem`."""

    datetime: Required[str]
    id: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    timezone: Required[str]
    type: Required[Literal["openrouter:datetime"]]
