# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.analytics_query_analytics_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AnalyticsQueryAnalyticsBodyClassifierDimensionsDict",
    "AnalyticsQueryAnalyticsBodyClassifierFiltersDict",
    "AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersDict",
    "AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueDict",
    "AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItemDict",
    "AnalyticsQueryAnalyticsBodyDict",
    "AnalyticsQueryAnalyticsBodyFiltersDict",
    "AnalyticsQueryAnalyticsBodyFiltersValueDict",
    "AnalyticsQueryAnalyticsBodyFiltersValueItemDict",
    "AnalyticsQueryAnalyticsBodyOrderByDict",
    "AnalyticsQueryAnalyticsBodyTimeRangeDict",
]


class AnalyticsQueryAnalyticsBodyDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBody`."""

    classifier_dimensions: AnalyticsQueryAnalyticsBodyClassifierDimensionsDict | None
    classifier_filters: AnalyticsQueryAnalyticsBodyClassifierFiltersDict | None
    dimensions: list[str] | None
    filters: list[AnalyticsQueryAnalyticsBodyFiltersDict] | None
    granularity: str | None
    group_limit: int | None
    limit: int | None
    metrics: Required[list[str]]
    order_by: AnalyticsQueryAnalyticsBodyOrderByDict | None
    time_range: AnalyticsQueryAnalyticsBodyTimeRangeDict | None


class AnalyticsQueryAnalyticsBodyClassifierDimensionsDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyClassifierDimensions`."""

    classifier_id: Required[str]
    dimension_names: list[str] | None
    include_nulls: bool | None


class AnalyticsQueryAnalyticsBodyClassifierFiltersDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyClassifierFilters`."""

    classifier_id: Required[str]
    filters: Required[list[AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersDict]]


class AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyClassifierFiltersFilters`."""

    field: Required[str]
    operator: Required[str]
    value: Required[AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueDict]


AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueDict: TypeAlias = (
    "str | float | list[AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItemDict]"
)


AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItemDict: TypeAlias = "str | float"


class AnalyticsQueryAnalyticsBodyFiltersDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyFilters`."""

    field: Required[str]
    include_unset: bool | None
    operator: Required[str]
    value: Required[AnalyticsQueryAnalyticsBodyFiltersValueDict]


AnalyticsQueryAnalyticsBodyFiltersValueDict: TypeAlias = (
    "str | float | list[AnalyticsQueryAnalyticsBodyFiltersValueItemDict]"
)


AnalyticsQueryAnalyticsBodyFiltersValueItemDict: TypeAlias = "str | float"


class AnalyticsQueryAnalyticsBodyOrderByDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyOrderBy`."""

    direction: Required[Literal["asc", "desc"] | str]
    field: Required[str]


class AnalyticsQueryAnalyticsBodyTimeRangeDict(TypedDict, total=False):
    """The dict form of :class:`AnalyticsQueryAnalyticsBodyTimeRange`."""

    end: Required[str]
    start: Required[str]
