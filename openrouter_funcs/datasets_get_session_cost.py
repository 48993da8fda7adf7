# Generated from the OpenRouter OpenAPI spec (getSessionCost) by `python -m codegen`; do not edit.
"""Cost per session by harness and model: ``GET /datasets/session-cost``.

Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
Sessions are never pooled across apps. Medians are of per-session USD spend, and
privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps for
harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source
snapshot window in `meta`.

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
from openrouter_core.models.session_cost_response import SessionCostResponse

__all__ = [
    "DatasetsGetSessionCostError",
    "DatasetsGetSessionCostRequest",
    "DatasetsGetSessionCostRequestDict",
    "SessionCostResponse",
    "datasets_get_session_cost",
    "datasets_get_session_cost_async",
]


@attrs.frozen(kw_only=True)
class DatasetsGetSessionCostRequest:
    """The parameters of ``GET /datasets/session-cost``.

    - ``app_slug`` (str, optional): Filter to one published harness slug.
    - ``model`` (str, optional): Exact model permaslug filter.
    - ``turn_range`` (str, optional): Filter by the inclusive number of turns in a session.
    - ``limit`` (int, optional): Maximum number of cells to return (1-500).
    - ``offset`` (int, optional): Number of sorted cells to skip (0-5000).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    app_slug: str | None = attrs.field(default=None, metadata={"wire": "app_slug"})
    """Filter to one published harness slug."""
    model: str | None = attrs.field(default=None, metadata={"wire": "model"})
    """Exact model permaslug filter."""
    turn_range: str | None = attrs.field(default=None, metadata={"wire": "turn_range"})
    """Filter by the inclusive number of turns in a session."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of cells to return (1-500)."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of sorted cells to skip (0-5000)."""
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
        app_slug: str | None = None,
        model: str | None = None,
        turn_range: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("app_slug", app_slug)
        _setattr("model", model)
        _setattr("turn_range", turn_range)
        _setattr("limit", limit)
        _setattr("offset", offset)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"app_slug={self.app_slug!r}, "
            f"model={self.model!r}, "
            f"turn_range={self.turn_range!r}, "
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
            self.app_slug,
            self.model,
            self.turn_range,
            self.limit,
            self.offset,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.app_slug,
            other.model,
            other.turn_range,
            other.limit,
            other.offset,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DatasetsGetSessionCostRequest",
                self.app_slug,
                self.model,
                self.turn_range,
                self.limit,
                self.offset,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class DatasetsGetSessionCostRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    app_slug: str
    model: str
    turn_range: str
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
DatasetsGetSessionCostError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[DatasetsGetSessionCostRequest, SessionCostResponse] = Operation(
    operation_id="getSessionCost",
    method="GET",
    path="/datasets/session-cost",
    request_type=DatasetsGetSessionCostRequest,
    params=(
        query("app_slug", "app_slug"),
        query("model", "model"),
        query("turn_range", "turn_range"),
        query("limit", "limit"),
        query("offset", "offset"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, SessionCostResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def datasets_get_session_cost(
    core: OpenRouterCore,
    request: DatasetsGetSessionCostRequest | DatasetsGetSessionCostRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SessionCostResponse, DatasetsGetSessionCostError]:
    """Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.

    ``GET /datasets/session-cost``: Cost per session by harness and model.

    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.
    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across
    apps for harness-vs-harness comparison at a fixed model. Results refresh weekly and
    include the source snapshot window in `meta`. Licensed under CC BY 4.0: reuse and
    republish with attribution to OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetSessionCostRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``app_slug`` (str): Filter to one published harness slug.
            - ``model`` (str): Exact model permaslug filter.
            - ``turn_range`` (str): Filter by the inclusive number of turns in a session.
            - ``limit`` (int): Maximum number of cells to return (1-500).
            - ``offset`` (int): Number of sorted cells to skip (0-5000).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(SessionCostResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import datasets_get_session_cost

        result = datasets_get_session_cost(core)
    """
    return invoke(core, OPERATION, request, options)


async def datasets_get_session_cost_async(
    core: OpenRouterCore,
    request: DatasetsGetSessionCostRequest | DatasetsGetSessionCostRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SessionCostResponse, DatasetsGetSessionCostError]:
    """Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.

    ``GET /datasets/session-cost``: Cost per session by harness and model.

    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.
    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across
    apps for harness-vs-harness comparison at a fixed model. Results refresh weekly and
    include the source snapshot window in `meta`. Licensed under CC BY 4.0: reuse and
    republish with attribution to OpenRouter.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``DatasetsGetSessionCostRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``app_slug`` (str): Filter to one published harness slug.
            - ``model`` (str): Exact model permaslug filter.
            - ``turn_range`` (str): Filter by the inclusive number of turns in a session.
            - ``limit`` (int): Maximum number of cells to return (1-500).
            - ``offset`` (int): Number of sorted cells to skip (0-5000).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(SessionCostResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import datasets_get_session_cost_async

        result = await datasets_get_session_cost_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
