# Generated from the OpenRouter OpenAPI spec (queryAnalytics) by `python -m codegen`; do not edit.
"""Query analytics data: ``POST /analytics/query``.

Execute an analytics query with specified metrics, dimensions, filters, and time range.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.query_analytics_request import (
    QueryAnalyticsRequestClassifierDimensions,
    QueryAnalyticsRequestClassifierFilters,
    QueryAnalyticsRequestFilters,
    QueryAnalyticsRequestOrderBy,
    QueryAnalyticsRequestTimeRange,
)
from openrouter_core.models.query_analytics_response import (
    QueryAnalyticsResponse,
    QueryAnalyticsResponseData,
)

__all__ = [
    "QueryAnalyticsError",
    "QueryAnalyticsRequest",
    "QueryAnalyticsResponse",
    "QueryAnalyticsResponseData",
    "analytics_query_analytics",
    "analytics_query_analytics_async",
]


@attrs.frozen(kw_only=True)
class QueryAnalyticsRequest:
    """The parameters and JSON body of ``POST /analytics/query``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    classifier_dimensions: QueryAnalyticsRequestClassifierDimensions | None = None
    """Group results by custom classifier tags, breaking down metrics by the specified dimension values."""
    classifier_filters: QueryAnalyticsRequestClassifierFilters | None = None
    """Filter results to generations with specific classifier tag values."""
    dimensions: list[str] | None = None
    filters: list[QueryAnalyticsRequestFilters] | None = None
    granularity: str | None = None
    """Time granularity."""
    group_limit: int | None = None
    """Maximum rows per distinct combination of dimensions."""
    limit: int | None = None
    """Maximum total rows returned."""
    metrics: list[str]
    order_by: QueryAnalyticsRequestOrderBy | None = None
    time_range: QueryAnalyticsRequestTimeRange | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
QueryAnalyticsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[QueryAnalyticsRequest, QueryAnalyticsResponse] = Operation(
    operation_id="queryAnalytics",
    method="POST",
    path="/analytics/query",
    request_type=QueryAnalyticsRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, QueryAnalyticsResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(RequestTimeoutResponseError),
        fails(InternalServerResponseError),
    ),
)


def analytics_query_analytics(
    core: OpenRouterCore,
    request: QueryAnalyticsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[QueryAnalyticsResponse, QueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range."""
    return invoke(core, OPERATION, request, options)


async def analytics_query_analytics_async(
    core: OpenRouterCore,
    request: QueryAnalyticsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[QueryAnalyticsResponse, QueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range."""
    return await invoke_async(core, OPERATION, request, options)
