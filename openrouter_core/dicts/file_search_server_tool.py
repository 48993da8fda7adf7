# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.file_search_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.compound_filter import CompoundFilterDict

__all__ = [
    "FileSearchServerToolDict",
    "FileSearchServerToolFiltersDict",
    "FileSearchServerToolFiltersVariant1Dict",
    "FileSearchServerToolFiltersVariant1ValueDict",
    "FileSearchServerToolFiltersVariant1ValueItemDict",
    "FileSearchServerToolRankingOptionsDict",
]


class FileSearchServerToolDict(TypedDict, total=False):
    """The dict form of :class:`FileSearchServerTool`."""

    filters: FileSearchServerToolFiltersDict | None
    max_num_results: int | None
    ranking_options: FileSearchServerToolRankingOptionsDict | None
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[list[str]]


FileSearchServerToolFiltersDict: TypeAlias = (
    "FileSearchServerToolFiltersVariant1Dict | CompoundFilterDict"
)


class FileSearchServerToolFiltersVariant1Dict(TypedDict, total=False):
    """The dict form of :class:`FileSearchServerToolFiltersVariant1`."""

    key: Required[str]
    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte"] | str]
    value: Required[FileSearchServerToolFiltersVariant1ValueDict]


FileSearchServerToolFiltersVariant1ValueDict: TypeAlias = (
    "str | float | bool | list[FileSearchServerToolFiltersVariant1ValueItemDict]"
)


FileSearchServerToolFiltersVariant1ValueItemDict: TypeAlias = "str | float"


class FileSearchServerToolRankingOptionsDict(TypedDict, total=False):
    """The dict form of :class:`FileSearchServerToolRankingOptions`."""

    ranker: Literal["auto", "default-2024-11-15"] | str | None
    score_threshold: float | None
