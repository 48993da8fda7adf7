# Generated from the OpenRouter OpenAPI spec (createWorkspace) by `python -m codegen`; do not edit.
"""Create a workspace: ``POST /workspaces``.

Create a new workspace for the authenticated user. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_workspace_response import CreateWorkspaceResponse

__all__ = [
    "CreateWorkspaceError",
    "CreateWorkspaceRequest",
    "CreateWorkspaceResponse",
    "workspaces_create",
    "workspaces_create_async",
]


@attrs.frozen(kw_only=True)
class CreateWorkspaceRequest:
    """The parameters and JSON body of ``POST /workspaces``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    default_image_model: str | Unset | None = UNSET
    """Default image model for this workspace."""
    default_provider_sort: str | Unset | None = UNSET
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | Unset | None = UNSET
    """Default text model for this workspace."""
    description: str | Unset | None = UNSET
    """Description of the workspace."""
    io_logging_api_key_ids: list[int] | Unset | None = UNSET
    """Optional array of API key IDs to filter I/O logging."""
    io_logging_sampling_rate: float | None = None
    """Sampling rate for I/O logging (0.0001-1)."""
    is_data_discount_logging_enabled: bool | None = None
    """Whether data discount logging is enabled."""
    is_observability_broadcast_enabled: bool | None = None
    """Whether broadcast is enabled."""
    is_observability_io_logging_enabled: bool | None = None
    """Whether private logging is enabled."""
    name: str
    """Name for the new workspace."""
    slug: str
    """URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateWorkspaceError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateWorkspaceRequest, CreateWorkspaceResponse] = Operation(
    operation_id="createWorkspace",
    method="POST",
    path="/workspaces",
    request_type=CreateWorkspaceRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, CreateWorkspaceResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_create(
    core: OpenRouterCore,
    request: CreateWorkspaceRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateWorkspaceResponse, CreateWorkspaceError]:
    """Create a new workspace for the authenticated user."""
    return invoke(core, OPERATION, request, options)


async def workspaces_create_async(
    core: OpenRouterCore,
    request: CreateWorkspaceRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateWorkspaceResponse, CreateWorkspaceError]:
    """Create a new workspace for the authenticated user."""
    return await invoke_async(core, OPERATION, request, options)
