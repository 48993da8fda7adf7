# Generated from the OpenRouter OpenAPI spec (QueryAnalyticsResponse) by `python -m codegen`; do not edit.
"""The ``QueryAnalyticsResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class QueryAnalyticsResponseDataMetadata:
    """The ``metadata`` of a :class:`QueryAnalyticsResponseData`."""

    query_time_ms: float
    row_count: int
    truncated: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsResponseData:
    """The ``data`` of a :class:`QueryAnalyticsResponse`."""

    cached_at: float | None = attrs.field(default=None, metadata={"wire": "cachedAt"})
    data: list[dict[str, Any]]
    metadata: QueryAnalyticsResponseDataMetadata
    warnings: list[str] | None = None
    """Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class QueryAnalyticsResponse:
    """The ``QueryAnalyticsResponse`` object."""

    data: QueryAnalyticsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
