# Generated from the OpenRouter OpenAPI spec (AnalyticsGetAnalyticsMetaResponse) by `python -m codegen`; do not edit.
"""The ``AnalyticsGetAnalyticsMetaResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseDataDimensions:
    """The ``dimensions`` of a :class:`AnalyticsGetAnalyticsMetaResponseData`."""

    display_label: str
    """Human-readable label."""
    name: str
    """Dimension identifier used in query requests."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        display_label: str,
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("display_label", display_label)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"display_label={self.display_label!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.display_label, self.name, self.extra_fields) == (
            other.display_label,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetAnalyticsMetaResponseDataDimensions",
                self.display_label,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseDataGranularities:
    """The ``granularities`` of a :class:`AnalyticsGetAnalyticsMetaResponseData`."""

    display_label: str
    """Human-readable label."""
    name: str
    """Granularity identifier. Known values: ``"minute"``, ``"hour"``, ``"day"``, ``"week"``,
    ``"month"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        display_label: str,
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("display_label", display_label)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"display_label={self.display_label!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.display_label, self.name, self.extra_fields) == (
            other.display_label,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetAnalyticsMetaResponseDataGranularities",
                self.display_label,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseDataMetrics:
    """The ``metrics`` of a :class:`AnalyticsGetAnalyticsMetaResponseData`."""

    display_format: str
    """How this metric value should be formatted for display (e.g. percent → multiply by 100 and
    append %, currency → prefix with $). Known values: ``"number"``, ``"currency"``,
    ``"percent"``, ``"latency"``, ``"throughput"``.
    """
    display_label: str
    """Human-readable label."""
    is_rate: bool
    """Whether this metric is a rate/ratio (averaged, not summed)."""
    name: str
    """Metric identifier used in query requests."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        display_format: str,
        display_label: str,
        is_rate: bool,
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("display_format", display_format)
        _setattr("display_label", display_label)
        _setattr("is_rate", is_rate)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"display_format={self.display_format!r}, "
            f"display_label={self.display_label!r}, "
            f"is_rate={self.is_rate!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.display_format,
            self.display_label,
            self.is_rate,
            self.name,
            self.extra_fields,
        ) == (
            other.display_format,
            other.display_label,
            other.is_rate,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetAnalyticsMetaResponseDataMetrics",
                self.display_format,
                self.display_label,
                self.is_rate,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseDataOperators:
    """The ``operators`` of a :class:`AnalyticsGetAnalyticsMetaResponseData`."""

    name: str
    """Operator identifier used in filter definitions. Known values: ``"eq"``, ``"neq"``, ``"in"``,
    ``"not_in"``, ``"gt"``, ``"gte"``, ``"lt"``, ``"lte"``.
    """
    value_type: str
    """Whether the operator expects a single value or an array. Known values: ``"scalar"``,
    ``"array"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        value_type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("value_type", value_type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, value_type={self.value_type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.value_type, self.extra_fields) == (
            other.name,
            other.value_type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetAnalyticsMetaResponseDataOperators",
                self.name,
                self.value_type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseData:
    """The ``data`` of a :class:`AnalyticsGetAnalyticsMetaResponse`."""

    dimensions: list[AnalyticsGetAnalyticsMetaResponseDataDimensions]
    granularities: list[AnalyticsGetAnalyticsMetaResponseDataGranularities]
    metrics: list[AnalyticsGetAnalyticsMetaResponseDataMetrics]
    operators: list[AnalyticsGetAnalyticsMetaResponseDataOperators]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        dimensions: list[AnalyticsGetAnalyticsMetaResponseDataDimensions],
        granularities: list[AnalyticsGetAnalyticsMetaResponseDataGranularities],
        metrics: list[AnalyticsGetAnalyticsMetaResponseDataMetrics],
        operators: list[AnalyticsGetAnalyticsMetaResponseDataOperators],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("dimensions", dimensions)
        _setattr("granularities", granularities)
        _setattr("metrics", metrics)
        _setattr("operators", operators)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"dimensions={self.dimensions!r}, "
            f"granularities={self.granularities!r}, "
            f"metrics={self.metrics!r}, "
            f"operators={self.operators!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.dimensions,
            self.granularities,
            self.metrics,
            self.operators,
            self.extra_fields,
        ) == (
            other.dimensions,
            other.granularities,
            other.metrics,
            other.operators,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetAnalyticsMetaResponseData",
                self.dimensions,
                self.granularities,
                self.metrics,
                self.operators,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponse:
    """The ``AnalyticsGetAnalyticsMetaResponse`` object."""

    data: AnalyticsGetAnalyticsMetaResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: AnalyticsGetAnalyticsMetaResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AnalyticsGetAnalyticsMetaResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
