# Generated from the OpenRouter OpenAPI spec (getWorkspace) by `python -m codegen`; do not edit.
"""Get a workspace: ``GET /workspaces/{id}``.

Get a single workspace by ID or slug. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.get_workspace_response import GetWorkspaceResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GetWorkspaceResponse",
    "WorkspacesGetError",
    "WorkspacesGetRequest",
    "WorkspacesGetRequestDict",
    "workspaces_get",
    "workspaces_get_async",
]


@attrs.frozen(kw_only=True)
class WorkspacesGetRequest:
    """The parameters of ``GET /workspaces/{id}``."""

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


class WorkspacesGetRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


WorkspacesGetError: TypeAlias = (
    UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[WorkspacesGetRequest, GetWorkspaceResponse] = Operation(
    operation_id="getWorkspace",
    method="GET",
    path="/workspaces/{id}",
    request_type=WorkspacesGetRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetWorkspaceResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_get(
    core: OpenRouterCore,
    request: WorkspacesGetRequest | WorkspacesGetRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[GetWorkspaceResponse, WorkspacesGetError]:
    """Get a single workspace by ID or slug."""
    return invoke(core, OPERATION, request, options)


async def workspaces_get_async(
    core: OpenRouterCore,
    request: WorkspacesGetRequest | WorkspacesGetRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[GetWorkspaceResponse, WorkspacesGetError]:
    """Get a single workspace by ID or slug."""
    return await invoke_async(core, OPERATION, request, options)
