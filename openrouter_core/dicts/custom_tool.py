# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.custom_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CustomToolDict",
    "CustomToolFormatDict",
    "CustomToolFormatGrammarDict",
    "CustomToolFormatTextDict",
]


class CustomToolDict(TypedDict, total=False):
    """The dict form of :class:`CustomTool`."""

    description: str | None
    format: CustomToolFormatDict | None
    name: Required[str]
    type: Required[Literal["custom"]]


CustomToolFormatDict: TypeAlias = "CustomToolFormatTextDict | CustomToolFormatGrammarDict"


class CustomToolFormatGrammarDict(TypedDict, total=False):
    """The dict form of :class:`CustomToolFormatGrammar`."""

    definition: Required[str]
    syntax: Required[Literal["lark", "regex"] | str]
    type: Required[Literal["grammar"]]


class CustomToolFormatTextDict(TypedDict, total=False):
    """The dict form of :class:`CustomToolFormatText`."""

    type: Required[Literal["text"]]
