# Generated from the OpenRouter OpenAPI spec (queryAnalytics) by `python -m codegen`; do not edit.
"""Query analytics data: ``POST /analytics/query``.

Execute an analytics query with specified metrics, dimensions, filters, and time range.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    RequestTimeoutResponseError,
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
    """The parameters and JSON body of ``POST /analytics/query``.

    - ``body`` (AnalyticsQueryAnalyticsBody): the JSON body; its fields are listed in
      ``help(analytics_query_analytics)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: AnalyticsQueryAnalyticsBody,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class AnalyticsQueryAnalyticsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

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


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
AnalyticsQueryAnalyticsError: TypeAlias = OpenRouterBaseError

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
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AnalyticsQueryAnalyticsResponse, AnalyticsQueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range.

    ``POST /analytics/query``: Query analytics data.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AnalyticsQueryAnalyticsRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``classifier_dimensions`` (AnalyticsQueryAnalyticsBodyClassifierDimensions):
              Group results by custom classifier tags, breaking down metrics by the
              specified dimension values.
            - ``classifier_filters`` (AnalyticsQueryAnalyticsBodyClassifierFilters): Filter
              results to generations with specific classifier tag values.
            - ``dimensions`` (list[str])
            - ``filters`` (list[AnalyticsQueryAnalyticsBodyFilters])
            - ``granularity`` (str): Time granularity.
            - ``group_limit`` (int): Maximum rows per distinct combination of dimensions.
            - ``limit`` (int): Maximum total rows returned.
            - ``metrics`` (list[str], required)
            - ``order_by`` (AnalyticsQueryAnalyticsBodyOrderBy)
            - ``time_range`` (AnalyticsQueryAnalyticsBodyTimeRange)
            The class takes the body as ``body=AnalyticsQueryAnalyticsBody(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AnalyticsQueryAnalyticsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import analytics_query_analytics

        result = analytics_query_analytics(core, {"metrics": ["request_count"]})
    """
    return invoke(core, OPERATION, request, options)


async def analytics_query_analytics_async(
    core: OpenRouterCore,
    request: AnalyticsQueryAnalyticsRequest | AnalyticsQueryAnalyticsRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AnalyticsQueryAnalyticsResponse, AnalyticsQueryAnalyticsError]:
    """Execute an analytics query with specified metrics, dimensions, filters, and time range.

    ``POST /analytics/query``: Query analytics data.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AnalyticsQueryAnalyticsRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``classifier_dimensions`` (AnalyticsQueryAnalyticsBodyClassifierDimensions):
              Group results by custom classifier tags, breaking down metrics by the
              specified dimension values.
            - ``classifier_filters`` (AnalyticsQueryAnalyticsBodyClassifierFilters): Filter
              results to generations with specific classifier tag values.
            - ``dimensions`` (list[str])
            - ``filters`` (list[AnalyticsQueryAnalyticsBodyFilters])
            - ``granularity`` (str): Time granularity.
            - ``group_limit`` (int): Maximum rows per distinct combination of dimensions.
            - ``limit`` (int): Maximum total rows returned.
            - ``metrics`` (list[str], required)
            - ``order_by`` (AnalyticsQueryAnalyticsBodyOrderBy)
            - ``time_range`` (AnalyticsQueryAnalyticsBodyTimeRange)
            The class takes the body as ``body=AnalyticsQueryAnalyticsBody(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AnalyticsQueryAnalyticsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import analytics_query_analytics_async

        result = await analytics_query_analytics_async(core, {"metrics": ["request_count"]})
    """
    return await invoke_async(core, OPERATION, request, options)
