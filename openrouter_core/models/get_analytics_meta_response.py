# Generated from the OpenRouter OpenAPI spec (GetAnalyticsMetaResponse) by `python -m codegen`; do not edit.
"""The ``GetAnalyticsMetaResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class GetAnalyticsMetaResponseDataDimensions:
    """The ``dimensions`` of a :class:`GetAnalyticsMetaResponseData`."""

    display_label: str
    """Human-readable label."""
    name: str
    """Dimension identifier used in query requests."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GetAnalyticsMetaResponseDataGranularities:
    """The ``granularities`` of a :class:`GetAnalyticsMetaResponseData`."""

    display_label: str
    """Human-readable label."""
    name: str
    """Granularity identifier. Known values: ``"minute"``, ``"hour"``, ``"day"``, ``"week"``,
    ``"month"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GetAnalyticsMetaResponseDataMetrics:
    """The ``metrics`` of a :class:`GetAnalyticsMetaResponseData`."""

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
class GetAnalyticsMetaResponseDataOperators:
    """The ``operators`` of a :class:`GetAnalyticsMetaResponseData`."""

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
class GetAnalyticsMetaResponseData:
    """The ``data`` of a :class:`GetAnalyticsMetaResponse`."""

    dimensions: list[GetAnalyticsMetaResponseDataDimensions]
    granularities: list[GetAnalyticsMetaResponseDataGranularities]
    metrics: list[GetAnalyticsMetaResponseDataMetrics]
    operators: list[GetAnalyticsMetaResponseDataOperators]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GetAnalyticsMetaResponse:
    """The ``GetAnalyticsMetaResponse`` object."""

    data: GetAnalyticsMetaResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
