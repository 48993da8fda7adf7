# Generated from the OpenRouter OpenAPI spec (getScimSyncJob) by `python -m codegen`; do not edit.
"""Get SCIM directory sync status: ``GET /scim/sync-jobs/{id}``.

Get SCIM directory sync status. Management key required.
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
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.get_scim_sync_job_response import GetScimSyncJobResponse

__all__ = [
    "GetScimSyncJobError",
    "GetScimSyncJobRequest",
    "GetScimSyncJobResponse",
    "scim_get_sync_job",
    "scim_get_sync_job_async",
]


@attrs.frozen(kw_only=True)
class GetScimSyncJobRequest:
    """The parameters of ``GET /scim/sync-jobs/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
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
GetScimSyncJobError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetScimSyncJobRequest, GetScimSyncJobResponse] = Operation(
    operation_id="getScimSyncJob",
    method="GET",
    path="/scim/sync-jobs/{id}",
    request_type=GetScimSyncJobRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetScimSyncJobResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def scim_get_sync_job(
    core: OpenRouterCore,
    request: GetScimSyncJobRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetScimSyncJobResponse, GetScimSyncJobError]:
    """Get SCIM directory sync status."""
    return invoke(core, OPERATION, request, options)


async def scim_get_sync_job_async(
    core: OpenRouterCore,
    request: GetScimSyncJobRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetScimSyncJobResponse, GetScimSyncJobError]:
    """Get SCIM directory sync status."""
    return await invoke_async(core, OPERATION, request, options)
