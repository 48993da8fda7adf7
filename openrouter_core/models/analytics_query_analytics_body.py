# Generated from the OpenRouter OpenAPI spec (AnalyticsQueryAnalyticsBody) by `python -m codegen`; do not edit.
"""The ``AnalyticsQueryAnalyticsBody`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyClassifierDimensions:
    """Group results by custom classifier tags, breaking down metrics by the specified dimension
    values.
    """

    classifier_id: str
    """UUID of the classifier whose tags to group by."""
    dimension_names: list[str] | None = None
    include_nulls: bool | None = None
    """When true, also include generations that have no tag from this classifier."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem: TypeAlias = str | float
"""One of the shapes of :class:`AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue`."""


def _choose_analytics_query_analytics_body_classifier_filters_filters_value_item(data: Any) -> Any:
    """The member of :data:`AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem` that
    ``data`` is, by its JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem,
    _choose_analytics_query_analytics_body_classifier_filters_filters_value_item,
)


AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue: TypeAlias = (
    str | float | list[AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem]
)
"""Filter value."""


def _choose_analytics_query_analytics_body_classifier_filters_filters_value(data: Any) -> Any:
    """The member of :data:`AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue` that ``data``
    is, by its JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem]
    raise TypeError(
        f"AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue: expected a number, a string or an array, got {type(data).__name__}"
    )


register_union(
    AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue,
    _choose_analytics_query_analytics_body_classifier_filters_filters_value,
)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyClassifierFiltersFilters:
    """The ``filters`` of a :class:`AnalyticsQueryAnalyticsBodyClassifierFilters`."""

    field: str
    """Classifier dimension name to filter on (snake_case identifier, e.g. "department",
    "work_type").
    """
    operator: str
    """Filter operator."""
    value: AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue
    """Filter value."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyClassifierFilters:
    """Filter results to generations with specific classifier tag values."""

    classifier_id: str
    """UUID of the classifier whose tags to filter by."""
    filters: list[AnalyticsQueryAnalyticsBodyClassifierFiltersFilters]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


AnalyticsQueryAnalyticsBodyFiltersValueItem: TypeAlias = str | float
"""One of the shapes of :class:`AnalyticsQueryAnalyticsBodyFiltersValue`."""


def _choose_analytics_query_analytics_body_filters_value_item(data: Any) -> Any:
    """The member of :data:`AnalyticsQueryAnalyticsBodyFiltersValueItem` that ``data`` is, by its
    JSON type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"AnalyticsQueryAnalyticsBodyFiltersValueItem: expected a number or a string, got {type(data).__name__}"
    )


register_union(
    AnalyticsQueryAnalyticsBodyFiltersValueItem,
    _choose_analytics_query_analytics_body_filters_value_item,
)


AnalyticsQueryAnalyticsBodyFiltersValue: TypeAlias = (
    str | float | list[AnalyticsQueryAnalyticsBodyFiltersValueItem]
)
"""Filter value (scalar or array depending on operator)."""


def _choose_analytics_query_analytics_body_filters_value(data: Any) -> Any:
    """The member of :data:`AnalyticsQueryAnalyticsBodyFiltersValue` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[AnalyticsQueryAnalyticsBodyFiltersValueItem]
    raise TypeError(
        f"AnalyticsQueryAnalyticsBodyFiltersValue: expected a number, a string or an array, got {type(data).__name__}"
    )


register_union(
    AnalyticsQueryAnalyticsBodyFiltersValue, _choose_analytics_query_analytics_body_filters_value
)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyFilters:
    """The ``filters`` of a :class:`AnalyticsQueryAnalyticsBody`."""

    field: str
    """Dimension to filter on."""
    include_unset: bool | None = None
    """Include rows where the dimension has no value."""
    operator: str
    """Filter operator."""
    value: AnalyticsQueryAnalyticsBodyFiltersValue
    """Filter value (scalar or array depending on operator)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyOrderBy:
    """The ``order_by`` of a :class:`AnalyticsQueryAnalyticsBody`."""

    direction: str
    """Known values: ``"asc"``, ``"desc"``."""
    field: str
    """Field to order by: a metric included in `metrics` (or "request_count", which may be ordered
    by without being requested), a requested dimension, or "date".
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyTimeRange:
    """The ``time_range`` of a :class:`AnalyticsQueryAnalyticsBody`."""

    end: datetime
    start: datetime
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBody:
    """The ``AnalyticsQueryAnalyticsBody`` object."""

    classifier_dimensions: AnalyticsQueryAnalyticsBodyClassifierDimensions | None = None
    """Group results by custom classifier tags, breaking down metrics by the specified dimension
    values.
    """
    classifier_filters: AnalyticsQueryAnalyticsBodyClassifierFilters | None = None
    """Filter results to generations with specific classifier tag values."""
    dimensions: list[str] | None = None
    filters: list[AnalyticsQueryAnalyticsBodyFilters] | None = None
    granularity: str | None = None
    """Time granularity."""
    group_limit: int | None = None
    """Maximum rows per distinct combination of dimensions."""
    limit: int | None = None
    """Maximum total rows returned."""
    metrics: list[str]
    order_by: AnalyticsQueryAnalyticsBodyOrderBy | None = None
    time_range: AnalyticsQueryAnalyticsBodyTimeRange | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
