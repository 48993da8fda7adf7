# Generated from the OpenRouter OpenAPI spec (getAppRankings) by `python -m codegen`; do not edit.
"""Top apps by token usage: ``GET /datasets/app-rankings``.

Returns the top public apps on OpenRouter ranked by token usage inside the requested date
window, matching the public apps marketplace on openrouter.ai/apps. Token totals are
`prompt_tokens + completion_tokens`; hidden and private apps are excluded and traffic from
related app aliases is merged into the canonical visible app.

`sort=popular` (default) ranks by total token volume inside the window. `sort=trending` ranks by
absolute excess token growth: window volume minus the average volume of the three equal-length
periods immediately preceding the window. Apps with no excess growth are omitted, so `trending`
may return fewer than `limit` rows.

Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory` (e.g.
`cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` — `rank` stays
absolute, so the first row of `offset=50` is `rank: 51`.

Authenticate with any valid OpenRouter API key (same key used for inference). Rate-limited to 30
requests/minute per key and 500 requests/day per account.

When republishing or quoting this dataset, OpenRouter must be cited as: "Source: OpenRouter
(openrouter.ai/apps), as of {as_of}.\"

Token counts come from each upstream provider's own tokenizer, so a token attributed to one app
is not directly comparable to a token attributed to another app whose traffic flows through a
different provider.

Licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.app_rankings_response import AppRankingsResponse

__all__ = [
    "AppRankingsResponse",
    "DatasetsGetAppRankingsError",
    "DatasetsGetAppRankingsRequest",
    "DatasetsGetAppRankingsRequestDict",
    "datasets_get_app_rankings",
    "datasets_get_app_rankings_async",
]


@attrs.frozen(kw_only=True)
class DatasetsGetAppRankingsRequest:
    """The parameters of ``GET /datasets/app-rankings``.

    - ``category`` (str, optional): Marketplace category group to filter by (e.g. `coding`).
    - ``subcategory`` (str, optional): Marketplace subcategory to filter by (e.g.
      `cli-agent`).
    - ``sort`` (str, optional): `popular` ranks apps by total token volume inside the date
      window.
    - ``start_date`` (str, optional): Start of the date window in YYYY-MM-DD (UTC),
      inclusive.
    - ``end_date`` (str, optional): End of the date window in YYYY-MM-DD (UTC), inclusive.
    - ``limit`` (int, optional): Maximum number of apps to return (1-100).
    - ``offset`` (int, optional): Number of ranked apps to skip before the first returned
      row (0-100).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Marketplace category group to filter by (e.g. `coding`)."""
    subcategory: str | None = attrs.field(default=None, metadata={"wire": "subcategory"})
    """Marketplace subcategory to filter by (e.g. `cli-agent`)."""
    sort: str | None = attrs.field(default=None, metadata={"wire": "sort"})
    """`popular` ranks apps by total token volume inside the date window."""
    start_date: str | None = attrs.field(default=None, metadata={"wire": "start_date"})
    """Start of the date window in YYYY-MM-DD (UTC), inclusive."""
    end_date: str | None = attrs.field(default=None, metadata={"wire": "end_date"})
    """End of the date window in YYYY-MM-DD (UTC), inclusive."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of apps to return (1-100)."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of ranked apps to skip before the first returned row (0-100)."""
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
        category: str | None = None,
        subcategory: str | None = None,
        sort: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("category", category)
        _setattr("subcategory", subcategory)
        _setattr("sort", sort)
        _setattr("start_date", start_date)
        _setattr("end_date", end_date)
        _setattr("limit", limit)
        _setattr("offset", offset)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"category={self.category!r}, "
            f"subcategory={self.subcategory!r}, "
            f"sort={self.sort!r}, "
            f"start_date={self.start_date!r}, "
            f"end_date={self.end_date!r}, "
            f"limit={self.limit!r}, "
            f"offset={self.offset!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.category,
            self.subcategory,
            self.sort,
            self.start_date,
            self.end_date,
            self.limit,
            self.offset,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.category,
            other.subcategory,
            other.sort,
            other.start_date,
            other.end_date,
            other.limit,
            other.offset,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DatasetsGetAppRankingsRequest",
                self.category,
                self.subcategory,
                self.sort,
                self.start_date,
                self.end_date,
                self.limit,
                self.offset,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class DatasetsGetAppRankingsRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    category: str
    subcategory: str
    sort: str
    start_date: str
    end_date: str
    limit: int
    offset: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
DatasetsGetAppRankingsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[DatasetsGetAppRankingsRequest, AppRankingsResponse] = Operation(
    operation_id="getAppRankings",
    method="GET",
    path="/datasets/app-rankings",
    request_type=DatasetsGetAppRankingsRequest,
    params=(
        query("category", "category"),
        query("subcategory", "subcategory"),
        query("sort", "sort"),
        query("start_date", "start_date"),
        query("end_date", "end_date"),
        query("limit", "limit"),
        query("offset", "offset"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, AppRankingsResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def datasets_get_app_rankings(
    core: OpenRouterCore,
    request: DatasetsGetAppRankingsRequest | DatasetsGetAppRankingsRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AppRankingsResponse, DatasetsGetAppRankingsError]:
    """Returns the top public apps on OpenRouter ranked by token usage inside the requested date window, matching the public apps marketplace on openrouter.ai/apps.

    ``GET /datasets/app-rankings``: Top apps by token usage.

    Token totals are `prompt_tokens + completion_tokens`; hidden and private apps are
    excluded and traffic from related app aliases is merged into the canonical visible app.
    `sort=popular` (default) ranks by total token volume inside the window. `sort=trending`
    ranks by absolute excess token growth: window volume minus the average volume of the
    three equal-length periods immediately preceding the window. Apps with no excess growth
    are omitted, so `trending` may return fewer than `limit` rows. Filter with `category`
    (marketplace category group, e.g. `coding`) or `subcategory` (e.g. `cli-agent`). Ranks
    are re-numbered 1..N after filtering. Page with `offset` — `rank` stays absolute, so the
    first row of `offset=50` is `rank: 51`. Authenticate with any valid OpenRouter API key
    (same key used for inference). Rate-limited to 30 requests/minute per key and 500
    requests/day per account. When republishing or quoting this dataset, OpenRouter must be
    cited as: "Source: OpenRouter (openrouter.ai/apps), as of {as_of}." Token counts come
    from each upstream provider's own tokenizer, so a token attributed to one app is not
    directly comparable to a token attributed to another app whose traffic flows through a
    different provider. Licensed under CC BY 4.0: reuse and republish with attribution to
    OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetAppRankingsRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``category`` (str): Marketplace category group to filter by (e.g. `coding`).
            - ``subcategory`` (str): Marketplace subcategory to filter by (e.g.
              `cli-agent`).
            - ``sort`` (str): `popular` ranks apps by total token volume inside the date
              window.
            - ``start_date`` (str): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``end_date`` (str): End of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``limit`` (int): Maximum number of apps to return (1-100).
            - ``offset`` (int): Number of ranked apps to skip before the first returned row
              (0-100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AppRankingsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import datasets_get_app_rankings

        result = datasets_get_app_rankings(core)
    """
    return invoke(core, OPERATION, request, options)


async def datasets_get_app_rankings_async(
    core: OpenRouterCore,
    request: DatasetsGetAppRankingsRequest | DatasetsGetAppRankingsRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AppRankingsResponse, DatasetsGetAppRankingsError]:
    """Returns the top public apps on OpenRouter ranked by token usage inside the requested date window, matching the public apps marketplace on openrouter.ai/apps.

    ``GET /datasets/app-rankings``: Top apps by token usage.

    Token totals are `prompt_tokens + completion_tokens`; hidden and private apps are
    excluded and traffic from related app aliases is merged into the canonical visible app.
    `sort=popular` (default) ranks by total token volume inside the window. `sort=trending`
    ranks by absolute excess token growth: window volume minus the average volume of the
    three equal-length periods immediately preceding the window. Apps with no excess growth
    are omitted, so `trending` may return fewer than `limit` rows. Filter with `category`
    (marketplace category group, e.g. `coding`) or `subcategory` (e.g. `cli-agent`). Ranks
    are re-numbered 1..N after filtering. Page with `offset` — `rank` stays absolute, so the
    first row of `offset=50` is `rank: 51`. Authenticate with any valid OpenRouter API key
    (same key used for inference). Rate-limited to 30 requests/minute per key and 500
    requests/day per account. When republishing or quoting this dataset, OpenRouter must be
    cited as: "Source: OpenRouter (openrouter.ai/apps), as of {as_of}." Token counts come
    from each upstream provider's own tokenizer, so a token attributed to one app is not
    directly comparable to a token attributed to another app whose traffic flows through a
    different provider. Licensed under CC BY 4.0: reuse and republish with attribution to
    OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetAppRankingsRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``category`` (str): Marketplace category group to filter by (e.g. `coding`).
            - ``subcategory`` (str): Marketplace subcategory to filter by (e.g.
              `cli-agent`).
            - ``sort`` (str): `popular` ranks apps by total token volume inside the date
              window.
            - ``start_date`` (str): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``end_date`` (str): End of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``limit`` (int): Maximum number of apps to return (1-100).
            - ``offset`` (int): Number of ranked apps to skip before the first returned row
              (0-100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AppRankingsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import datasets_get_app_rankings_async

        result = await datasets_get_app_rankings_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
