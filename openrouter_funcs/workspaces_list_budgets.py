# Generated from the OpenRouter OpenAPI spec (listWorkspaceBudgets) by `python -m codegen`; do not edit.
"""List workspace budgets: ``GET /workspaces/{id}/budgets``.

List all budgets configured for a workspace. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse

__all__ = [
    "ListWorkspaceBudgetsError",
    "ListWorkspaceBudgetsRequest",
    "ListWorkspaceBudgetsResponse",
    "workspaces_list_budgets",
    "workspaces_list_budgets_async",
]


@attrs.frozen(kw_only=True)
class ListWorkspaceBudgetsRequest:
    """The parameters of ``GET /workspaces/{id}/budgets``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
ListWorkspaceBudgetsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListWorkspaceBudgetsRequest, ListWorkspaceBudgetsResponse] = Operation(
    operation_id="listWorkspaceBudgets",
    method="GET",
    path="/workspaces/{id}/budgets",
    request_type=ListWorkspaceBudgetsRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListWorkspaceBudgetsResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_list_budgets(
    core: OpenRouterCore,
    request: ListWorkspaceBudgetsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListWorkspaceBudgetsResponse, ListWorkspaceBudgetsError]:
    """List all budgets configured for a workspace."""
    return invoke(core, OPERATION, request, options)


async def workspaces_list_budgets_async(
    core: OpenRouterCore,
    request: ListWorkspaceBudgetsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListWorkspaceBudgetsResponse, ListWorkspaceBudgetsError]:
    """List all budgets configured for a workspace."""
    return await invoke_async(core, OPERATION, request, options)
