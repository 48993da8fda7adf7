# Generated from the OpenRouter OpenAPI spec (updateWorkspace) by `python -m codegen`; do not edit.
"""Update a workspace: ``PATCH /workspaces/{id}``.

Update an existing workspace by ID or slug. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_workspace_response import UpdateWorkspaceResponse

__all__ = [
    "UpdateWorkspaceError",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "workspaces_update",
    "workspaces_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateWorkspaceRequest:
    """The parameters and JSON body of ``PATCH /workspaces/{id}``."""

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
    default_image_model: str | Unset | None = UNSET
    """Default image model for this workspace."""
    default_provider_sort: str | Unset | None = UNSET
    """Default provider sort preference (price, throughput, latency, exacto)."""
    default_text_model: str | Unset | None = UNSET
    """Default text model for this workspace."""
    description: str | Unset | None = UNSET
    """New description for the workspace."""
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
    name: str | None = None
    """New name for the workspace."""
    slug: str | None = None
    """New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateWorkspaceError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateWorkspaceRequest, UpdateWorkspaceResponse] = Operation(
    operation_id="updateWorkspace",
    method="PATCH",
    path="/workspaces/{id}",
    request_type=UpdateWorkspaceRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, UpdateWorkspaceResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_update(
    core: OpenRouterCore,
    request: UpdateWorkspaceRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateWorkspaceResponse, UpdateWorkspaceError]:
    """Update an existing workspace by ID or slug."""
    return invoke(core, OPERATION, request, options)


async def workspaces_update_async(
    core: OpenRouterCore,
    request: UpdateWorkspaceRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateWorkspaceResponse, UpdateWorkspaceError]:
    """Update an existing workspace by ID or slug."""
    return await invoke_async(core, OPERATION, request, options)
