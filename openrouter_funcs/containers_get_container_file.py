# Generated from the OpenRouter OpenAPI spec (getContainerFile) by `python -m codegen`; do not edit.
"""Retrieve a container file: ``GET /containers/{container_id}/files/{file_id}``.

Returns the metadata of a single file in a container.
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
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.container_file import ContainerFile

__all__ = [
    "ContainerFile",
    "GetContainerFileError",
    "GetContainerFileRequest",
    "containers_get_container_file",
    "containers_get_container_file_async",
]


@attrs.frozen(kw_only=True)
class GetContainerFileRequest:
    """The parameters of ``GET /containers/{container_id}/files/{file_id}``."""

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
GetContainerFileError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetContainerFileRequest, ContainerFile] = Operation(
    operation_id="getContainerFile",
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    request_type=GetContainerFileRequest,
    params=(
        path("container_id", "container_id"),
        path("file_id", "file_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ContainerFile),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def containers_get_container_file(
    core: OpenRouterCore,
    request: GetContainerFileRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFile, GetContainerFileError]:
    """Returns the metadata of a single file in a container."""
    return invoke(core, OPERATION, request, options)


async def containers_get_container_file_async(
    core: OpenRouterCore,
    request: GetContainerFileRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFile, GetContainerFileError]:
    """Returns the metadata of a single file in a container."""
    return await invoke_async(core, OPERATION, request, options)
