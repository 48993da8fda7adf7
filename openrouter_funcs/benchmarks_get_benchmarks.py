# Generated from the OpenRouter OpenAPI spec (getBenchmarks) by `python -m codegen`; do not edit.
"""List Benchmarks: ``GET /benchmarks``.

Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial
Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by
source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to
find models suited for specific workloads. Use task_type=search (or a search_* benchmark_type)
for OpenRouter's search benchmarks, which publish each model's highest-scoring eligible
evaluation configuration with same-configuration runs combined by task-weighted mean.
Authenticate with any valid OpenRouter API key. Rate-limited to 30 requests/minute per key and
500 requests/day per account.
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
from openrouter_core.models.unified_benchmarks_response import (
    UnifiedBenchmarksResponse,
    UnifiedBenchmarksResponseData,
)

__all__ = [
    "BenchmarksGetBenchmarksError",
    "BenchmarksGetBenchmarksRequest",
    "BenchmarksGetBenchmarksRequestDict",
    "UnifiedBenchmarksResponse",
    "UnifiedBenchmarksResponseData",
    "benchmarks_get_benchmarks",
    "benchmarks_get_benchmarks_async",
]


@attrs.frozen(kw_only=True)
class BenchmarksGetBenchmarksRequest:
    """The parameters of ``GET /benchmarks``.

    - ``source`` (str, optional): Benchmark source to query.
    - ``task_type`` (str, optional): Filter results by task type.
    - ``benchmark_type`` (str, optional): Return results for one exact OpenRouter benchmark.
    - ``include_run_config`` (bool, optional): Search benchmarks only: include the published
      lane configuration whitelist in each search item.
    - ``search_engine`` (str, optional): OpenRouter search benchmarks only: filter by the
      search engine used.
    - ``search_surface`` (str, optional): OpenRouter search benchmarks only: filter by the
      request surface the lane ran on.
    - ``arena`` (str, optional): Design Arena only: arena to query.
    - ``category`` (str, optional): Design Arena only: category within the arena (e.g.
      `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`).
    - ``max_results`` (int, optional): Maximum number of items to return.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    source: str | None = attrs.field(default=None, metadata={"wire": "source"})
    """Benchmark source to query."""
    task_type: str | None = attrs.field(default=None, metadata={"wire": "task_type"})
    """Filter results by task type."""
    benchmark_type: str | None = attrs.field(default=None, metadata={"wire": "benchmark_type"})
    """Return results for one exact OpenRouter benchmark."""
    include_run_config: bool | None = attrs.field(
        default=None, metadata={"wire": "include_run_config"}
    )
    """Search benchmarks only: include the published lane configuration whitelist in each search item."""
    search_engine: str | None = attrs.field(default=None, metadata={"wire": "search_engine"})
    """OpenRouter search benchmarks only: filter by the search engine used."""
    search_surface: str | None = attrs.field(default=None, metadata={"wire": "search_surface"})
    """OpenRouter search benchmarks only: filter by the request surface the lane ran on."""
    arena: str | None = attrs.field(default=None, metadata={"wire": "arena"})
    """Design Arena only: arena to query."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Design Arena only: category within the arena (e.g. `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`)."""
    max_results: int | None = attrs.field(default=None, metadata={"wire": "max_results"})
    """Maximum number of items to return."""
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
        source: str | None = None,
        task_type: str | None = None,
        benchmark_type: str | None = None,
        include_run_config: bool | None = None,
        search_engine: str | None = None,
        search_surface: str | None = None,
        arena: str | None = None,
        category: str | None = None,
        max_results: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("source", source)
        _setattr("task_type", task_type)
        _setattr("benchmark_type", benchmark_type)
        _setattr("include_run_config", include_run_config)
        _setattr("search_engine", search_engine)
        _setattr("search_surface", search_surface)
        _setattr("arena", arena)
        _setattr("category", category)
        _setattr("max_results", max_results)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"source={self.source!r}, "
            f"task_type={self.task_type!r}, "
            f"benchmark_type={self.benchmark_type!r}, "
            f"include_run_config={self.include_run_config!r}, "
            f"search_engine={self.search_engine!r}, "
            f"search_surface={self.search_surface!r}, "
            f"arena={self.arena!r}, "
            f"category={self.category!r}, "
            f"max_results={self.max_results!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.source,
            self.task_type,
            self.benchmark_type,
            self.include_run_config,
            self.search_engine,
            self.search_surface,
            self.arena,
            self.category,
            self.max_results,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.source,
            other.task_type,
            other.benchmark_type,
            other.include_run_config,
            other.search_engine,
            other.search_surface,
            other.arena,
            other.category,
            other.max_results,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BenchmarksGetBenchmarksRequest",
                self.source,
                self.task_type,
                self.benchmark_type,
                self.include_run_config,
                self.search_engine,
                self.search_surface,
                self.arena,
                self.category,
                self.max_results,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class BenchmarksGetBenchmarksRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    source: str
    task_type: str
    benchmark_type: str
    include_run_config: bool
    search_engine: str
    search_surface: str
    arena: str
    category: str
    max_results: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
BenchmarksGetBenchmarksError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[BenchmarksGetBenchmarksRequest, UnifiedBenchmarksResponse] = Operation(
    operation_id="getBenchmarks",
    method="GET",
    path="/benchmarks",
    request_type=BenchmarksGetBenchmarksRequest,
    params=(
        query("source", "source"),
        query("task_type", "task_type"),
        query("benchmark_type", "benchmark_type"),
        query("include_run_config", "include_run_config"),
        query("search_engine", "search_engine"),
        query("search_surface", "search_surface"),
        query("arena", "arena"),
        query("category", "category"),
        query("max_results", "max_results"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, UnifiedBenchmarksResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def benchmarks_get_benchmarks(
    core: OpenRouterCore,
    request: BenchmarksGetBenchmarksRequest | BenchmarksGetBenchmarksRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UnifiedBenchmarksResponse, BenchmarksGetBenchmarksError]:
    """Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals).

    ``GET /benchmarks``: List Benchmarks.

    Filter by source to reproduce the exact shapes from the legacy per-source endpoints, or
    use task_type to find models suited for specific workloads. Use task_type=search (or a
    search_* benchmark_type) for OpenRouter's search benchmarks, which publish each model's
    highest-scoring eligible evaluation configuration with same-configuration runs combined
    by task-weighted mean. Authenticate with any valid OpenRouter API key. Rate-limited to
    30 requests/minute per key and 500 requests/day per account.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BenchmarksGetBenchmarksRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``source`` (str): Benchmark source to query.
            - ``task_type`` (str): Filter results by task type.
            - ``benchmark_type`` (str): Return results for one exact OpenRouter benchmark.
            - ``include_run_config`` (bool): Search benchmarks only: include the published
              lane configuration whitelist in each search item.
            - ``search_engine`` (str): OpenRouter search benchmarks only: filter by the
              search engine used.
            - ``search_surface`` (str): OpenRouter search benchmarks only: filter by the
              request surface the lane ran on.
            - ``arena`` (str): Design Arena only: arena to query.
            - ``category`` (str): Design Arena only: category within the arena (e.g.
              `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`,
              `svg`).
            - ``max_results`` (int): Maximum number of items to return.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UnifiedBenchmarksResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import benchmarks_get_benchmarks

        result = benchmarks_get_benchmarks(core)
    """
    return invoke(core, OPERATION, request, options)


async def benchmarks_get_benchmarks_async(
    core: OpenRouterCore,
    request: BenchmarksGetBenchmarksRequest | BenchmarksGetBenchmarksRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UnifiedBenchmarksResponse, BenchmarksGetBenchmarksError]:
    """Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals).

    ``GET /benchmarks``: List Benchmarks.

    Filter by source to reproduce the exact shapes from the legacy per-source endpoints, or
    use task_type to find models suited for specific workloads. Use task_type=search (or a
    search_* benchmark_type) for OpenRouter's search benchmarks, which publish each model's
    highest-scoring eligible evaluation configuration with same-configuration runs combined
    by task-weighted mean. Authenticate with any valid OpenRouter API key. Rate-limited to
    30 requests/minute per key and 500 requests/day per account.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BenchmarksGetBenchmarksRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``source`` (str): Benchmark source to query.
            - ``task_type`` (str): Filter results by task type.
            - ``benchmark_type`` (str): Return results for one exact OpenRouter benchmark.
            - ``include_run_config`` (bool): Search benchmarks only: include the published
              lane configuration whitelist in each search item.
            - ``search_engine`` (str): OpenRouter search benchmarks only: filter by the
              search engine used.
            - ``search_surface`` (str): OpenRouter search benchmarks only: filter by the
              request surface the lane ran on.
            - ``arena`` (str): Design Arena only: arena to query.
            - ``category`` (str): Design Arena only: category within the arena (e.g.
              `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`,
              `svg`).
            - ``max_results`` (int): Maximum number of items to return.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UnifiedBenchmarksResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import benchmarks_get_benchmarks_async

        result = await benchmarks_get_benchmarks_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
