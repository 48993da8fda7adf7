# Generated from the OpenRouter OpenAPI spec (promoteContainerFile) by `python -m codegen`; do not edit.
"""Promote a container file into workspace documents: ``POST /containers/{container_id}/files/{file_id}/promote``.

Copies a file from the container's sandbox prefix into the workspace's durable document storage,
so it outlives the container. Returns the new document in the Files API shape, with a durable
file id in the documents namespace. The copy counts against the workspace's storage quota.
Unlike a direct upload, promoted files are downloadable.
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
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.promote_container_file_response import PromoteContainerFileResponse

__all__ = [
    "PromoteContainerFileError",
    "PromoteContainerFileRequest",
    "PromoteContainerFileResponse",
    "containers_promote_container_file",
    "containers_promote_container_file_async",
]


@attrs.frozen(kw_only=True)
class PromoteContainerFileRequest:
    """The parameters of ``POST /containers/{container_id}/files/{file_id}/promote``."""

    container_id: str = attrs.field(metadata={"wire": "container_id"})
    """The canonical container id, exactly as returned in a bash/shell tool result — a restarted session has its own `-r<nonce>`-suffixed id."""
    file_id: str = attrs.field(metadata={"wire": "file_id"})
    """Container file id (`cfile_` + base64url of the file path)."""
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
PromoteContainerFileError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[PromoteContainerFileRequest, PromoteContainerFileResponse] = Operation(
    operation_id="promoteContainerFile",
    method="POST",
    path="/containers/{container_id}/files/{file_id}/promote",
    request_type=PromoteContainerFileRequest,
    params=(
        path("container_id", "container_id"),
        path("file_id", "file_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, PromoteContainerFileResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def containers_promote_container_file(
    core: OpenRouterCore,
    request: PromoteContainerFileRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PromoteContainerFileResponse, PromoteContainerFileError]:
    """Copies a file from the container's sandbox prefix into the workspace's durable document storage, so it outlives the container."""
    return invoke(core, OPERATION, request, options)


async def containers_promote_container_file_async(
    core: OpenRouterCore,
    request: PromoteContainerFileRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PromoteContainerFileResponse, PromoteContainerFileError]:
    """Copies a file from the container's sandbox prefix into the workspace's durable document storage, so it outlives the container."""
    return await invoke_async(core, OPERATION, request, options)
