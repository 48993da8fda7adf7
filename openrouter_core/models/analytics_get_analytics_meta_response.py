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


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponseData:
    """The ``data`` of a :class:`AnalyticsGetAnalyticsMetaResponse`."""

    dimensions: list[AnalyticsGetAnalyticsMetaResponseDataDimensions]
    granularities: list[AnalyticsGetAnalyticsMetaResponseDataGranularities]
    metrics: list[AnalyticsGetAnalyticsMetaResponseDataMetrics]
    operators: list[AnalyticsGetAnalyticsMetaResponseDataOperators]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsGetAnalyticsMetaResponse:
    """The ``AnalyticsGetAnalyticsMetaResponse`` object."""

    data: AnalyticsGetAnalyticsMetaResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
