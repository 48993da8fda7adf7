# Generated from the OpenRouter OpenAPI spec (getUserActivity) by `python -m codegen`; do not edit.
"""Get user activity grouped by endpoint: ``GET /activity``.

Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass
`workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split
each row per workspace and include `workspace_id` on every item; by default rows are aggregated
across workspaces and `workspace_id` is not returned. Activity recorded before workspace
resolution existed is permanently attributed to the account default workspace (no backfill is
possible). Management key required.
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
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.activity_response import ActivityResponse

__all__ = [
    "ActivityResponse",
    "AnalyticsGetUserActivityError",
    "AnalyticsGetUserActivityRequest",
    "AnalyticsGetUserActivityRequestDict",
    "analytics_get_user_activity",
    "analytics_get_user_activity_async",
]


@attrs.frozen(kw_only=True)
class AnalyticsGetUserActivityRequest:
    """The parameters of ``GET /activity``.

    - ``date`` (str, optional): Filter by a single UTC date in the last 30 days (YYYY-MM-DD
      format).
    - ``api_key_hash`` (str, optional): Filter by API key hash (SHA-256 hex string, as
      returned by the keys API).
    - ``user_id`` (str, optional): Filter by org member user ID.
    - ``group_by`` (str, optional): Set to 'workspace' to split each row per workspace and
      include `workspace_id` on every item.
    - ``workspace_id`` (str, optional): Filter by workspace ID (UUID).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    date: str | None = attrs.field(default=None, metadata={"wire": "date"})
    """Filter by a single UTC date in the last 30 days (YYYY-MM-DD format)."""
    api_key_hash: str | None = attrs.field(default=None, metadata={"wire": "api_key_hash"})
    """Filter by API key hash (SHA-256 hex string, as returned by the keys API)."""
    user_id: str | None = attrs.field(default=None, metadata={"wire": "user_id"})
    """Filter by org member user ID."""
    group_by: str | None = attrs.field(default=None, metadata={"wire": "group_by"})
    """Set to 'workspace' to split each row per workspace and include `workspace_id` on every item."""
    workspace_id: str | None = attrs.field(default=None, metadata={"wire": "workspace_id"})
    """Filter by workspace ID (UUID)."""
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
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        group_by: str | None = None,
        workspace_id: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("date", date)
        _setattr("api_key_hash", api_key_hash)
        _setattr("user_id", user_id)
        _setattr("group_by", group_by)
        _setattr("workspace_id", workspace_id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"date={self.date!r}, "
            f"api_key_hash={self.api_key_hash!r}, "
            f"user_id={self.user_id!r}, "
            f"group_by={self.group_by!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.date,
            self.api_key_hash,
            self.user_id,
            self.group_by,
            self.workspace_id,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.date,
            other.api_key_hash,
            other.user_id,
            other.group_by,
            other.workspace_id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsGetUserActivityRequest",
                self.date,
                self.api_key_hash,
                self.user_id,
                self.group_by,
                self.workspace_id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class AnalyticsGetUserActivityRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    date: str
    api_key_hash: str
    user_id: str
    group_by: str
    workspace_id: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
AnalyticsGetUserActivityError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[AnalyticsGetUserActivityRequest, ActivityResponse] = Operation(
    operation_id="getUserActivity",
    method="GET",
    path="/activity",
    request_type=AnalyticsGetUserActivityRequest,
    params=(
        query("date", "date"),
        query("api_key_hash", "api_key_hash"),
        query("user_id", "user_id"),
        query("group_by", "group_by"),
        query("workspace_id", "workspace_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ActivityResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def analytics_get_user_activity(
    core: OpenRouterCore,
    request: AnalyticsGetUserActivityRequest | AnalyticsGetUserActivityRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ActivityResponse, AnalyticsGetUserActivityError]:
    """Returns user activity data grouped by endpoint for the last 30 (completed) UTC days.

    ``GET /activity``: Get user activity grouped by endpoint.

    Pass `workspace_id` to scope the response to a single workspace. Pass
    `group_by=workspace` to split each row per workspace and include `workspace_id` on every
    item; by default rows are aggregated across workspaces and `workspace_id` is not
    returned. Activity recorded before workspace resolution existed is permanently
    attributed to the account default workspace (no backfill is possible). Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AnalyticsGetUserActivityRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``date`` (str): Filter by a single UTC date in the last 30 days (YYYY-MM-DD
              format).
            - ``api_key_hash`` (str): Filter by API key hash (SHA-256 hex string, as
              returned by the keys API).
            - ``user_id`` (str): Filter by org member user ID.
            - ``group_by`` (str): Set to 'workspace' to split each row per workspace and
              include `workspace_id` on every item.
            - ``workspace_id`` (str): Filter by workspace ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ActivityResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import analytics_get_user_activity

        result = analytics_get_user_activity(core)
    """
    return invoke(core, OPERATION, request, options)


async def analytics_get_user_activity_async(
    core: OpenRouterCore,
    request: AnalyticsGetUserActivityRequest | AnalyticsGetUserActivityRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ActivityResponse, AnalyticsGetUserActivityError]:
    """Returns user activity data grouped by endpoint for the last 30 (completed) UTC days.

    ``GET /activity``: Get user activity grouped by endpoint.

    Pass `workspace_id` to scope the response to a single workspace. Pass
    `group_by=workspace` to split each row per workspace and include `workspace_id` on every
    item; by default rows are aggregated across workspaces and `workspace_id` is not
    returned. Activity recorded before workspace resolution existed is permanently
    attributed to the account default workspace (no backfill is possible). Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``AnalyticsGetUserActivityRequest`` or a dict with these keys (all
            optional; ``None`` sends none):

            - ``date`` (str): Filter by a single UTC date in the last 30 days (YYYY-MM-DD
              format).
            - ``api_key_hash`` (str): Filter by API key hash (SHA-256 hex string, as
              returned by the keys API).
            - ``user_id`` (str): Filter by org member user ID.
            - ``group_by`` (str): Set to 'workspace' to split each row per workspace and
              include `workspace_id` on every item.
            - ``workspace_id`` (str): Filter by workspace ID (UUID).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ActivityResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import analytics_get_user_activity_async

        result = await analytics_get_user_activity_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
