# Generated from the OpenRouter OpenAPI spec (AnalyticsQueryAnalyticsResponse) by `python -m codegen`; do not edit.
"""The ``AnalyticsQueryAnalyticsResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponseDataMetadata:
    """The ``metadata`` of a :class:`AnalyticsQueryAnalyticsResponseData`."""

    query_time_ms: float
    row_count: int
    truncated: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponseData:
    """The ``data`` of a :class:`AnalyticsQueryAnalyticsResponse`."""

    cached_at: float | None = attrs.field(default=None, metadata={"wire": "cachedAt"})
    data: list[dict[str, Any]]
    metadata: AnalyticsQueryAnalyticsResponseDataMetadata
    warnings: list[str] | None = None
    """Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponse:
    """The ``AnalyticsQueryAnalyticsResponse`` object."""

    data: AnalyticsQueryAnalyticsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
