# Generated from the OpenRouter OpenAPI spec (QueryAnalyticsRequest) by `python -m codegen`; do not edit.
"""Models nested in ``QueryAnalyticsRequest``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

QueryAnalyticsRequestClassifierFiltersFiltersValueItem: TypeAlias = str | float
"""One of the shapes of :class:`QueryAnalyticsRequestClassifierFiltersFiltersValue`."""


def _choose_query_analytics_request_classifier_filters_filters_value_item(data: Any) -> Any:
    """The member of :data:`QueryAnalyticsRequestClassifierFiltersFiltersValueItem` that ``data``
    is, by its JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"QueryAnalyticsRequestClassifierFiltersFiltersValueItem: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    QueryAnalyticsRequestClassifierFiltersFiltersValueItem,
    _choose_query_analytics_request_classifier_filters_filters_value_item,
)


QueryAnalyticsRequestClassifierFiltersFiltersValue: TypeAlias = (
    str | float | list[QueryAnalyticsRequestClassifierFiltersFiltersValueItem]
)
"""Filter value."""


def _choose_query_analytics_request_classifier_filters_filters_value(data: Any) -> Any:
    """The member of :data:`QueryAnalyticsRequestClassifierFiltersFiltersValue` that ``data`` is, by
    its JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[QueryAnalyticsRequestClassifierFiltersFiltersValueItem]
    raise TypeError(
        f"QueryAnalyticsRequestClassifierFiltersFiltersValue: expected a number, a string or an array, got {type(data).__name__}"
    )


register_union(
    QueryAnalyticsRequestClassifierFiltersFiltersValue,
    _choose_query_analytics_request_classifier_filters_filters_value,
)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestClassifierFiltersFilters:
    """The ``filters`` of a :class:`QueryAnalyticsRequestClassifierFilters`."""

    field: str
    """Classifier dimension name to filter on (snake_case identifier, e.g. "department",
    "work_type").
    """
    operator: str
    """Filter operator."""
    value: QueryAnalyticsRequestClassifierFiltersFiltersValue
    """Filter value."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestClassifierFilters:
    """Filter results to generations with specific classifier tag values."""

    classifier_id: str
    """UUID of the classifier whose tags to filter by."""
    filters: list[QueryAnalyticsRequestClassifierFiltersFilters]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


QueryAnalyticsRequestFiltersValueItem: TypeAlias = str | float
"""One of the shapes of :class:`QueryAnalyticsRequestFiltersValue`."""


def _choose_query_analytics_request_filters_value_item(data: Any) -> Any:
    """The member of :data:`QueryAnalyticsRequestFiltersValueItem` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"QueryAnalyticsRequestFiltersValueItem: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    QueryAnalyticsRequestFiltersValueItem, _choose_query_analytics_request_filters_value_item
)


QueryAnalyticsRequestFiltersValue: TypeAlias = (
    str | float | list[QueryAnalyticsRequestFiltersValueItem]
)
"""Filter value (scalar or array depending on operator)."""


def _choose_query_analytics_request_filters_value(data: Any) -> Any:
    """The member of :data:`QueryAnalyticsRequestFiltersValue` that ``data`` is, by its JSON type."""
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[QueryAnalyticsRequestFiltersValueItem]
    raise TypeError(
        f"QueryAnalyticsRequestFiltersValue: expected a number, a string or an array, got {type(data).__name__}"
    )


register_union(QueryAnalyticsRequestFiltersValue, _choose_query_analytics_request_filters_value)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestFilters:
    """The ``filters`` of a :class:`QueryAnalyticsRequest`."""

    field: str
    """Dimension to filter on."""
    include_unset: bool | None = None
    """Include rows where the dimension has no value."""
    operator: str
    """Filter operator."""
    value: QueryAnalyticsRequestFiltersValue
    """Filter value (scalar or array depending on operator)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestOrderBy:
    """The ``order_by`` of a :class:`QueryAnalyticsRequest`."""

    direction: str
    """Known values: ``"asc"``, ``"desc"``."""
    field: str
    """Field to order by: a metric included in `metrics` (or "request_count", which may be ordered
    by without being requested), a requested dimension, or "date".
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestTimeRange:
    """The ``time_range`` of a :class:`QueryAnalyticsRequest`."""

    end: datetime
    start: datetime
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequestClassifierDimensions:
    """Group results by custom classifier tags, breaking down metrics by the specified dimension
    values.
    """

    classifier_id: str
    """UUID of the classifier whose tags to group by."""
    dimension_names: list[str] | None = None
    include_nulls: bool | None = None
    """When true, also include generations that have no tag from this classifier."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
