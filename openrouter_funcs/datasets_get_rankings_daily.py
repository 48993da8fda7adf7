# Generated from the OpenRouter OpenAPI spec (getRankingsDaily) by `python -m codegen`; do not edit.
"""Daily token totals for top 50 models: ``GET /datasets/rankings-daily``.

Returns the top 50 public models per day by total token usage on OpenRouter, plus a single
aggregated `other` row per day that sums every model outside that top 50. Token totals are
`prompt_tokens + completion_tokens`, matching the public rankings chart on
openrouter.ai/rankings.

Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the reserved
permaslug `other` and is always returned last within its date, so callers can compute `top-50
traffic / total daily traffic` without a second request.

Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time grain.
`modality` and `context_bucket` narrow the exact dataset by output/input modality (or
tool-calling activity) and request context length. `category` and `language_type` instead read a
sampled, upsampled dataset whose `total_tokens` are weekly-grain estimates — they cannot be
combined with each other or with the exact filters, and reject `period=day` with a 400.

Authenticate with any valid OpenRouter API key (same key used for inference). Rate-limited to 30
requests/minute per key and 500 requests/day per account.

When republishing or quoting this dataset, OpenRouter must be cited as: "Source: OpenRouter
(openrouter.ai/rankings), as of {as_of}.\"

Token counts come from each upstream provider's own tokenizer (Anthropic counts are as reported
by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so a token in one row is not
directly comparable to a token in another row from a different provider.

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
from openrouter_core.models.rankings_daily_response import RankingsDailyResponse

__all__ = [
    "DatasetsGetRankingsDailyError",
    "DatasetsGetRankingsDailyRequest",
    "DatasetsGetRankingsDailyRequestDict",
    "RankingsDailyResponse",
    "datasets_get_rankings_daily",
    "datasets_get_rankings_daily_async",
]


@attrs.frozen(kw_only=True)
class DatasetsGetRankingsDailyRequest:
    """The parameters of ``GET /datasets/rankings-daily``.

    - ``start_date`` (str, optional): Start of the date window in YYYY-MM-DD (UTC),
      inclusive.
    - ``end_date`` (str, optional): End of the date window in YYYY-MM-DD (UTC), inclusive.
    - ``period`` (str, optional): Time grain of each row.
    - ``modality`` (str, optional): Restrict to models for a modality surface: `text` /
      `image_output` match output modality, `image` / `audio` match input modality, and
      `tool_calling` keeps only rows that recorded at least one tool call.
    - ``context_bucket`` (str, optional): Restrict to requests whose context length falls in
      this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`).
    - ``category`` (str, optional): Restrict to a use-case category (e.g. `programming`,
      `roleplay`).
    - ``language_type`` (str, optional): Restrict to natural-language or
      programming-language tagged activity.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    start_date: str | None = attrs.field(default=None, metadata={"wire": "start_date"})
    """Start of the date window in YYYY-MM-DD (UTC), inclusive."""
    end_date: str | None = attrs.field(default=None, metadata={"wire": "end_date"})
    """End of the date window in YYYY-MM-DD (UTC), inclusive."""
    period: str | None = attrs.field(default=None, metadata={"wire": "period"})
    """Time grain of each row."""
    modality: str | None = attrs.field(default=None, metadata={"wire": "modality"})
    """Restrict to models for a modality surface: `text` / `image_output` match output modality, `image` / `audio` match input modality, and `tool_calling` keeps only rows that recorded at least one tool call."""
    context_bucket: str | None = attrs.field(default=None, metadata={"wire": "context_bucket"})
    """Restrict to requests whose context length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`)."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Restrict to a use-case category (e.g. `programming`, `roleplay`)."""
    language_type: str | None = attrs.field(default=None, metadata={"wire": "language_type"})
    """Restrict to natural-language or programming-language tagged activity."""
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
        start_date: str | None = None,
        end_date: str | None = None,
        period: str | None = None,
        modality: str | None = None,
        context_bucket: str | None = None,
        category: str | None = None,
        language_type: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("start_date", start_date)
        _setattr("end_date", end_date)
        _setattr("period", period)
        _setattr("modality", modality)
        _setattr("context_bucket", context_bucket)
        _setattr("category", category)
        _setattr("language_type", language_type)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"start_date={self.start_date!r}, "
            f"end_date={self.end_date!r}, "
            f"period={self.period!r}, "
            f"modality={self.modality!r}, "
            f"context_bucket={self.context_bucket!r}, "
            f"category={self.category!r}, "
            f"language_type={self.language_type!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.start_date,
            self.end_date,
            self.period,
            self.modality,
            self.context_bucket,
            self.category,
            self.language_type,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.start_date,
            other.end_date,
            other.period,
            other.modality,
            other.context_bucket,
            other.category,
            other.language_type,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DatasetsGetRankingsDailyRequest",
                self.start_date,
                self.end_date,
                self.period,
                self.modality,
                self.context_bucket,
                self.category,
                self.language_type,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class DatasetsGetRankingsDailyRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    start_date: str
    end_date: str
    period: str
    modality: str
    context_bucket: str
    category: str
    language_type: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
DatasetsGetRankingsDailyError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[DatasetsGetRankingsDailyRequest, RankingsDailyResponse] = Operation(
    operation_id="getRankingsDaily",
    method="GET",
    path="/datasets/rankings-daily",
    request_type=DatasetsGetRankingsDailyRequest,
    params=(
        query("start_date", "start_date"),
        query("end_date", "end_date"),
        query("period", "period"),
        query("modality", "modality"),
        query("context_bucket", "context_bucket"),
        query("category", "category"),
        query("language_type", "language_type"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, RankingsDailyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def datasets_get_rankings_daily(
    core: OpenRouterCore,
    request: DatasetsGetRankingsDailyRequest | DatasetsGetRankingsDailyRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RankingsDailyResponse, DatasetsGetRankingsDailyError]:
    """Returns the top 50 public models per day by total token usage on OpenRouter, plus a single aggregated `other` row per day that sums every model outside that top 50. Token totals are `prompt_tokens + completion_tokens`, matching the public rankings chart on openrouter.ai/rankings.

    ``GET /datasets/rankings-daily``: Daily token totals for top 50 models.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the reserved
    permaslug `other` and is always returned last within its date, so callers can compute
    `top-50 traffic / total daily traffic` without a second request. Optional filters slice
    the dataset. `period` (`day`/`week`/`month`) sets the time grain. `modality` and
    `context_bucket` narrow the exact dataset by output/input modality (or tool-calling
    activity) and request context length. `category` and `language_type` instead read a
    sampled, upsampled dataset whose `total_tokens` are weekly-grain estimates — they cannot
    be combined with each other or with the exact filters, and reject `period=day` with a
    400. Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account. When
    republishing or quoting this dataset, OpenRouter must be cited as: "Source: OpenRouter
    (openrouter.ai/rankings), as of {as_of}." Token counts come from each upstream
    provider's own tokenizer (Anthropic counts are as reported by Anthropic, OpenAI counts
    are as reported by OpenAI, etc.), so a token in one row is not directly comparable to a
    token in another row from a different provider. Licensed under CC BY 4.0: reuse and
    republish with attribution to OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetRankingsDailyRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``start_date`` (str): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``end_date`` (str): End of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``period`` (str): Time grain of each row.
            - ``modality`` (str): Restrict to models for a modality surface: `text` /
              `image_output` match output modality, `image` / `audio` match input modality,
              and `tool_calling` keeps only rows that recorded at least one tool call.
            - ``context_bucket`` (str): Restrict to requests whose context length falls in
              this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`).
            - ``category`` (str): Restrict to a use-case category (e.g. `programming`,
              `roleplay`).
            - ``language_type`` (str): Restrict to natural-language or programming-language
              tagged activity.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(RankingsDailyResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import datasets_get_rankings_daily

        result = datasets_get_rankings_daily(core)
    """
    return invoke(core, OPERATION, request, options)


async def datasets_get_rankings_daily_async(
    core: OpenRouterCore,
    request: DatasetsGetRankingsDailyRequest | DatasetsGetRankingsDailyRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[RankingsDailyResponse, DatasetsGetRankingsDailyError]:
    """Returns the top 50 public models per day by total token usage on OpenRouter, plus a single aggregated `other` row per day that sums every model outside that top 50. Token totals are `prompt_tokens + completion_tokens`, matching the public rankings chart on openrouter.ai/rankings.

    ``GET /datasets/rankings-daily``: Daily token totals for top 50 models.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the reserved
    permaslug `other` and is always returned last within its date, so callers can compute
    `top-50 traffic / total daily traffic` without a second request. Optional filters slice
    the dataset. `period` (`day`/`week`/`month`) sets the time grain. `modality` and
    `context_bucket` narrow the exact dataset by output/input modality (or tool-calling
    activity) and request context length. `category` and `language_type` instead read a
    sampled, upsampled dataset whose `total_tokens` are weekly-grain estimates — they cannot
    be combined with each other or with the exact filters, and reject `period=day` with a
    400. Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account. When
    republishing or quoting this dataset, OpenRouter must be cited as: "Source: OpenRouter
    (openrouter.ai/rankings), as of {as_of}." Token counts come from each upstream
    provider's own tokenizer (Anthropic counts are as reported by Anthropic, OpenAI counts
    are as reported by OpenAI, etc.), so a token in one row is not directly comparable to a
    token in another row from a different provider. Licensed under CC BY 4.0: reuse and
    republish with attribution to OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetRankingsDailyRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``start_date`` (str): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``end_date`` (str): End of the date window in YYYY-MM-DD (UTC), inclusive.
            - ``period`` (str): Time grain of each row.
            - ``modality`` (str): Restrict to models for a modality surface: `text` /
              `image_output` match output modality, `image` / `audio` match input modality,
              and `tool_calling` keeps only rows that recorded at least one tool call.
            - ``context_bucket`` (str): Restrict to requests whose context length falls in
              this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`).
            - ``category`` (str): Restrict to a use-case category (e.g. `programming`,
              `roleplay`).
            - ``language_type`` (str): Restrict to natural-language or programming-language
              tagged activity.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(RankingsDailyResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import datasets_get_rankings_daily_async

        result = await datasets_get_rankings_daily_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
