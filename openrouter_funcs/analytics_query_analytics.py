# Generated from the OpenRouter OpenAPI spec (queryAnalytics) by `python -m codegen`; do not edit.
"""Query analytics data: ``POST /analytics/query``.

Execute an analytics query with specified metrics, dimensions, filters, and time range.
Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
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
from openrouter_core.models.analytics_query_analytics_body import AnalyticsQueryAnalyticsBody
from openrouter_core.models.analytics_query_analytics_response import (
    AnalyticsQueryAnalyticsResponse,
    AnalyticsQueryAnalyticsResponseData,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.analytics_query_analytics_body import (
        AnalyticsQueryAnalyticsBodyClassifierDimensionsDict,
        AnalyticsQueryAnalyticsBodyClassifierFiltersDict,
        AnalyticsQueryAnalyticsBodyFiltersDict,
        AnalyticsQueryAnalyticsBodyOrderByDict,
        AnalyticsQueryAnalyticsBodyTimeRangeDict,
    )

__all__ = [
    "AnalyticsQueryAnalyticsBody",
    "AnalyticsQueryAnalyticsError",
    "AnalyticsQueryAnalyticsRequest",
    "AnalyticsQueryAnalyticsRequestDict",
    "AnalyticsQueryAnalyticsResponse",
    "AnalyticsQueryAnalyticsResponseData",
    "analytics_query_analytics",
    "analytics_query_analytics_async",
]


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsRequest:
    """The parameters and JSON body of ``POST /analytics/query``."""

    body: AnalyticsQueryAnalyticsBody
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class AnalyticsQueryAnalyticsRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
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
    extra_fields: dict[str, Any]


AnalyticsQueryAnalyticsError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | RequestTimeoutResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[AnalyticsQueryAnalyticsRequest, AnalyticsQueryAnalyticsResponse] = Operation(
    operation_id="queryAnalytics",
    method="POST",
    path="/analytics/query",
    request_type=AnalyticsQueryAnalyticsRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(AnalyticsQueryAnalyticsBody),
    responses=(
        ok(200, AnalyticsQueryAnalyticsResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(RequestTimeoutResponseError),
        fails(InternalServerResponseError),
    ),
)


def analytics_query_analytics(
    core: OpenRouterCore,
    request: AnalyticsQueryAnalyticsRequest | AnalyticsQueryAnalyticsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[AnalyticsQueryAnalyticsResponse, AnalyticsQueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range."""
    return invoke(core, OPERATION, request, options)


async def analytics_query_analytics_async(
    core: OpenRouterCore,
    request: AnalyticsQueryAnalyticsRequest | AnalyticsQueryAnalyticsRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[AnalyticsQueryAnalyticsResponse, AnalyticsQueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range."""
    return await invoke_async(core, OPERATION, request, options)
