# Generated from the OpenRouter OpenAPI spec (createScimSyncJob) by `python -m codegen`; do not edit.
"""Start a SCIM directory sync: ``POST /scim/sync-jobs``.

Start a SCIM directory sync. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
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
from openrouter_core.models.create_scim_sync_job_response import CreateScimSyncJobResponse

__all__ = [
    "CreateScimSyncJobError",
    "CreateScimSyncJobRequest",
    "CreateScimSyncJobResponse",
    "scim_create_sync_job",
    "scim_create_sync_job_async",
]


@attrs.frozen(kw_only=True)
class CreateScimSyncJobRequest:
    """The parameters of ``POST /scim/sync-jobs``."""

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
CreateScimSyncJobError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateScimSyncJobRequest, CreateScimSyncJobResponse] = Operation(
    operation_id="createScimSyncJob",
    method="POST",
    path="/scim/sync-jobs",
    request_type=CreateScimSyncJobRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(202, CreateScimSyncJobResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def scim_create_sync_job(
    core: OpenRouterCore,
    request: CreateScimSyncJobRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateScimSyncJobResponse, CreateScimSyncJobError]:
    """Start a SCIM directory sync."""
    return invoke(core, OPERATION, request, options)


async def scim_create_sync_job_async(
    core: OpenRouterCore,
    request: CreateScimSyncJobRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateScimSyncJobResponse, CreateScimSyncJobError]:
    """Start a SCIM directory sync."""
    return await invoke_async(core, OPERATION, request, options)
