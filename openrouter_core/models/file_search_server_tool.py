# Generated from the OpenRouter OpenAPI spec (components/schemas/FileSearchServerTool) by `python -m codegen`; do not edit.
"""File search tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.compound_filter import CompoundFilter

FileSearchServerToolFiltersVariant1ValueItem: TypeAlias = str | float
"""One of the shapes of :class:`FileSearchServerToolFiltersVariant1Value`."""


def _choose_file_search_server_tool_filters_variant1_value_item(data: Any) -> Any:
    """The member of :data:`FileSearchServerToolFiltersVariant1ValueItem` that ``data`` is, by its
    JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"FileSearchServerToolFiltersVariant1ValueItem: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    FileSearchServerToolFiltersVariant1ValueItem,
    _choose_file_search_server_tool_filters_variant1_value_item,
)


FileSearchServerToolFiltersVariant1Value: TypeAlias = (
    str | float | bool | list[FileSearchServerToolFiltersVariant1ValueItem]
)
"""The ``value`` of a :class:`FileSearchServerToolFiltersVariant1`."""


def _choose_file_search_server_tool_filters_variant1_value(data: Any) -> Any:
    """The member of :data:`FileSearchServerToolFiltersVariant1Value` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, bool):
        return bool
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[FileSearchServerToolFiltersVariant1ValueItem]
    raise TypeError(
        f"FileSearchServerToolFiltersVariant1Value: expected a boolean, a number, a string or an array, got {type(data).__name__}"
    )


register_union(
    FileSearchServerToolFiltersVariant1Value, _choose_file_search_server_tool_filters_variant1_value
)


@attrs.frozen(kw_only=True)
class FileSearchServerToolFiltersVariant1:
    """One of the shapes of :class:`FileSearchServerToolFilters`."""

    key: str
    type: str
    """Known values: ``"eq"``, ``"ne"``, ``"gt"``, ``"gte"``, ``"lt"``, ``"lte"``."""
    value: FileSearchServerToolFiltersVariant1Value
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        key: str,
        type: str,
        value: FileSearchServerToolFiltersVariant1Value,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("key", key)
        _setattr("type", type)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"key={self.key!r}, "
            f"type={self.type!r}, "
            f"value={self.value!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key, self.type, self.value, self.extra_fields) == (
            other.key,
            other.type,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FileSearchServerToolFiltersVariant1",
                self.key,
                self.type,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


FileSearchServerToolFilters: TypeAlias = (
    FileSearchServerToolFiltersVariant1 | CompoundFilter | dict[str, Any]
)
"""The ``filters`` of a :class:`FileSearchServerTool`."""


_FILE_SEARCH_SERVER_TOOL_FILTERS_BY_TYPE: dict[Any, Any] = {
    "and": CompoundFilter,
    "eq": FileSearchServerToolFiltersVariant1,
    "gt": FileSearchServerToolFiltersVariant1,
    "gte": FileSearchServerToolFiltersVariant1,
    "lt": FileSearchServerToolFiltersVariant1,
    "lte": FileSearchServerToolFiltersVariant1,
    "ne": FileSearchServerToolFiltersVariant1,
    "or": CompoundFilter,
}


def _choose_file_search_server_tool_filters(data: Any) -> Any:
    """The member of :data:`FileSearchServerToolFilters` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FILE_SEARCH_SERVER_TOOL_FILTERS_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"FileSearchServerToolFilters: expected an object, got {type(data).__name__}")


register_union(FileSearchServerToolFilters, _choose_file_search_server_tool_filters)


@attrs.frozen(kw_only=True)
class FileSearchServerToolRankingOptions:
    """The ``ranking_options`` of a :class:`FileSearchServerTool`."""

    ranker: str | None = None
    """Known values: ``"auto"``, ``"default-2024-11-15"``."""
    score_threshold: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        ranker: str | None = None,
        score_threshold: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("ranker", ranker)
        _setattr("score_threshold", score_threshold)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ranker={self.ranker!r}, "
            f"score_threshold={self.score_threshold!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.ranker, self.score_threshold, self.extra_fields) == (
            other.ranker,
            other.score_threshold,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FileSearchServerToolRankingOptions",
                self.ranker,
                self.score_threshold,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FileSearchServerTool:
    """File search tool configuration."""

    filters: FileSearchServerToolFilters | Unset | None = UNSET
    max_num_results: int | None = None
    ranking_options: FileSearchServerToolRankingOptions | None = None
    type: str = "file_search"
    vector_store_ids: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        filters: FileSearchServerToolFilters | Unset | None = UNSET,
        max_num_results: int | None = None,
        ranking_options: FileSearchServerToolRankingOptions | None = None,
        type: str = "file_search",
        vector_store_ids: list[str],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("filters", filters)
        _setattr("max_num_results", max_num_results)
        _setattr("ranking_options", ranking_options)
        _setattr("type", type)
        _setattr("vector_store_ids", vector_store_ids)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"filters={self.filters!r}, "
            f"max_num_results={self.max_num_results!r}, "
            f"ranking_options={self.ranking_options!r}, "
            f"type={self.type!r}, "
            f"vector_store_ids={self.vector_store_ids!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.filters,
            self.max_num_results,
            self.ranking_options,
            self.type,
            self.vector_store_ids,
            self.extra_fields,
        ) == (
            other.filters,
            other.max_num_results,
            other.ranking_options,
            other.type,
            other.vector_store_ids,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FileSearchServerTool",
                self.filters,
                self.max_num_results,
                self.ranking_options,
                self.type,
                self.vector_store_ids,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
