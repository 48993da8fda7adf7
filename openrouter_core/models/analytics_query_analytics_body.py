# Generated from the OpenRouter OpenAPI spec (AnalyticsQueryAnalyticsBody) by `python -m codegen`; do not edit.
"""The ``AnalyticsQueryAnalyticsBody`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        classifier_id: str,
        dimension_names: list[str] | None = None,
        include_nulls: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("classifier_id", classifier_id)
        _setattr("dimension_names", dimension_names)
        _setattr("include_nulls", include_nulls)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"classifier_id={self.classifier_id!r}, "
            f"dimension_names={self.dimension_names!r}, "
            f"include_nulls={self.include_nulls!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.classifier_id,
            self.dimension_names,
            self.include_nulls,
            self.extra_fields,
        ) == (other.classifier_id, other.dimension_names, other.include_nulls, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsBodyClassifierDimensions",
                self.classifier_id,
                self.dimension_names,
                self.include_nulls,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        field: str,
        operator: str,
        value: AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("field", field)
        _setattr("operator", operator)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"field={self.field!r}, "
            f"operator={self.operator!r}, "
            f"value={self.value!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.field, self.operator, self.value, self.extra_fields) == (
            other.field,
            other.operator,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsBodyClassifierFiltersFilters",
                self.field,
                self.operator,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyClassifierFilters:
    """Filter results to generations with specific classifier tag values."""

    classifier_id: str
    """UUID of the classifier whose tags to filter by."""
    filters: list[AnalyticsQueryAnalyticsBodyClassifierFiltersFilters]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        classifier_id: str,
        filters: list[AnalyticsQueryAnalyticsBodyClassifierFiltersFilters],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("classifier_id", classifier_id)
        _setattr("filters", filters)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"classifier_id={self.classifier_id!r}, "
            f"filters={self.filters!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.classifier_id, self.filters, self.extra_fields) == (
            other.classifier_id,
            other.filters,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsBodyClassifierFilters",
                self.classifier_id,
                self.filters,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        field: str,
        include_unset: bool | None = None,
        operator: str,
        value: AnalyticsQueryAnalyticsBodyFiltersValue,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("field", field)
        _setattr("include_unset", include_unset)
        _setattr("operator", operator)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"field={self.field!r}, "
            f"include_unset={self.include_unset!r}, "
            f"operator={self.operator!r}, "
            f"value={self.value!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.field, self.include_unset, self.operator, self.value, self.extra_fields) == (
            other.field,
            other.include_unset,
            other.operator,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsBodyFilters",
                self.field,
                self.include_unset,
                self.operator,
                self.value,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        direction: str,
        field: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("direction", direction)
        _setattr("field", field)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(direction={self.direction!r}, field={self.field!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.direction, self.field, self.extra_fields) == (
            other.direction,
            other.field,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnalyticsQueryAnalyticsBodyOrderBy", self.direction, self.field, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsBodyTimeRange:
    """The ``time_range`` of a :class:`AnalyticsQueryAnalyticsBody`."""

    end: datetime
    start: datetime
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        end: datetime,
        start: datetime,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("end", end)
        _setattr("start", start)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(end={self.end!r}, start={self.start!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.end, self.start, self.extra_fields) == (
            other.end,
            other.start,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnalyticsQueryAnalyticsBodyTimeRange", self.end, self.start, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        classifier_dimensions: AnalyticsQueryAnalyticsBodyClassifierDimensions | None = None,
        classifier_filters: AnalyticsQueryAnalyticsBodyClassifierFilters | None = None,
        dimensions: list[str] | None = None,
        filters: list[AnalyticsQueryAnalyticsBodyFilters] | None = None,
        granularity: str | None = None,
        group_limit: int | None = None,
        limit: int | None = None,
        metrics: list[str],
        order_by: AnalyticsQueryAnalyticsBodyOrderBy | None = None,
        time_range: AnalyticsQueryAnalyticsBodyTimeRange | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("classifier_dimensions", classifier_dimensions)
        _setattr("classifier_filters", classifier_filters)
        _setattr("dimensions", dimensions)
        _setattr("filters", filters)
        _setattr("granularity", granularity)
        _setattr("group_limit", group_limit)
        _setattr("limit", limit)
        _setattr("metrics", metrics)
        _setattr("order_by", order_by)
        _setattr("time_range", time_range)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"classifier_dimensions={self.classifier_dimensions!r}, "
            f"classifier_filters={self.classifier_filters!r}, "
            f"dimensions={self.dimensions!r}, "
            f"filters={self.filters!r}, "
            f"granularity={self.granularity!r}, "
            f"group_limit={self.group_limit!r}, "
            f"limit={self.limit!r}, "
            f"metrics={self.metrics!r}, "
            f"order_by={self.order_by!r}, "
            f"time_range={self.time_range!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.classifier_dimensions,
            self.classifier_filters,
            self.dimensions,
            self.filters,
            self.granularity,
            self.group_limit,
            self.limit,
            self.metrics,
            self.order_by,
            self.time_range,
            self.extra_fields,
        ) == (
            other.classifier_dimensions,
            other.classifier_filters,
            other.dimensions,
            other.filters,
            other.granularity,
            other.group_limit,
            other.limit,
            other.metrics,
            other.order_by,
            other.time_range,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsBody",
                self.classifier_dimensions,
                self.classifier_filters,
                self.dimensions,
                self.filters,
                self.granularity,
                self.group_limit,
                self.limit,
                self.metrics,
                self.order_by,
                self.time_range,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
