# Generated from the OpenRouter OpenAPI spec (upsertWorkspaceBudget) by `python -m codegen`; do not edit.
"""Create or update a workspace budget: ``PUT /workspaces/{id}/budgets/{interval}``.

Create or update the budget for a given interval. Budget limits must strictly decrease as the
interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets`
flag is a workspace-wide setting: when provided it applies to every budget interval for the
workspace, not just the interval in this request. Note that a change made here is applied to
budget enforcement immediately, but an already-open workspace settings page in the web dashboard
may keep showing the previous value until it is reloaded. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
from openrouter_core.models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpsertWorkspaceBudgetRequest",
    "UpsertWorkspaceBudgetResponse",
    "WorkspacesSetBudgetError",
    "WorkspacesSetBudgetRequest",
    "WorkspacesSetBudgetRequestDict",
    "workspaces_set_budget",
    "workspaces_set_budget_async",
]


@attrs.frozen(kw_only=True)
class WorkspacesSetBudgetRequest:
    """The parameters and JSON body of ``PUT /workspaces/{id}/budgets/{interval}``.

    - ``body`` (UpsertWorkspaceBudgetRequest): the JSON body; its fields are listed in
      ``help(workspaces_set_budget)``.
    - ``id`` (str): The workspace ID (UUID) or slug.
    - ``interval`` (str): Budget reset interval.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpsertWorkspaceBudgetRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
    interval: str = attrs.field(metadata={"wire": "interval"})
    """Budget reset interval."""
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
        body: UpsertWorkspaceBudgetRequest,
        id: str,
        interval: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("id", id)
        _setattr("interval", interval)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"id={self.id!r}, "
            f"interval={self.interval!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.body,
            self.id,
            self.interval,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.body,
            other.id,
            other.interval,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WorkspacesSetBudgetRequest",
                self.body,
                self.id,
                self.interval,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class WorkspacesSetBudgetRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    interval: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    include_byok_in_budgets: bool | None
    limit_usd: Required[float]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
WorkspacesSetBudgetError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[WorkspacesSetBudgetRequest, UpsertWorkspaceBudgetResponse] = Operation(
    operation_id="upsertWorkspaceBudget",
    method="PUT",
    path="/workspaces/{id}/budgets/{interval}",
    request_type=WorkspacesSetBudgetRequest,
    params=(
        path("id", "id"),
        path("interval", "interval"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpsertWorkspaceBudgetRequest),
    responses=(
        ok(200, UpsertWorkspaceBudgetResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_set_budget(
    core: OpenRouterCore,
    request: WorkspacesSetBudgetRequest | WorkspacesSetBudgetRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpsertWorkspaceBudgetResponse, WorkspacesSetBudgetError]:
    """Create or update the budget for a given interval.

    ``PUT /workspaces/{id}/budgets/{interval}``: Create or update a workspace budget.

    Budget limits must strictly decrease as the interval narrows (lifetime > monthly >
    weekly > daily). The optional `include_byok_in_budgets` flag is a workspace-wide
    setting: when provided it applies to every budget interval for the workspace, not just
    the interval in this request. Note that a change made here is applied to budget
    enforcement immediately, but an already-open workspace settings page in the web
    dashboard may keep showing the previous value until it is reloaded. Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesSetBudgetRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``interval`` (str, required): Budget reset interval.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``include_byok_in_budgets`` (bool): Whether to include BYOK
              (bring-your-own-key) spend when enforcing the workspace's budgets.
            - ``limit_usd`` (float, required): Spending limit in USD.
            The class takes the body as ``body=UpsertWorkspaceBudgetRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpsertWorkspaceBudgetResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_set_budget

        result = workspaces_set_budget(core,
            {"id": "production", "interval": "monthly", "limit_usd": 100},
        )
    """
    return invoke(core, OPERATION, request, options)


async def workspaces_set_budget_async(
    core: OpenRouterCore,
    request: WorkspacesSetBudgetRequest | WorkspacesSetBudgetRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpsertWorkspaceBudgetResponse, WorkspacesSetBudgetError]:
    """Create or update the budget for a given interval.

    ``PUT /workspaces/{id}/budgets/{interval}``: Create or update a workspace budget.

    Budget limits must strictly decrease as the interval narrows (lifetime > monthly >
    weekly > daily). The optional `include_byok_in_budgets` flag is a workspace-wide
    setting: when provided it applies to every budget interval for the workspace, not just
    the interval in this request. Note that a change made here is applied to budget
    enforcement immediately, but an already-open workspace settings page in the web
    dashboard may keep showing the previous value until it is reloaded. Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesSetBudgetRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``interval`` (str, required): Budget reset interval.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``include_byok_in_budgets`` (bool): Whether to include BYOK
              (bring-your-own-key) spend when enforcing the workspace's budgets.
            - ``limit_usd`` (float, required): Spending limit in USD.
            The class takes the body as ``body=UpsertWorkspaceBudgetRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(UpsertWorkspaceBudgetResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_set_budget_async

        result = await workspaces_set_budget_async(core,
            {"id": "production", "interval": "monthly", "limit_usd": 100},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
