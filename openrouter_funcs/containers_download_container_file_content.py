# Generated from the OpenRouter OpenAPI spec (downloadContainerFileContent) by `python -m codegen`; do not edit.
"""Download container file content: ``GET /containers/{container_id}/files/{file_id}/content``.

Streams the raw bytes of a file in a container.

``containers_download_container_file_content`` returns the whole body as bytes;
``containers_download_container_file_content_stream`` hands it over unread for large bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._byte_stream import AsyncByteStream, ByteStream
from openrouter_core._operation import Operation, fails, header, ok_byte_stream, ok_bytes, path
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

__all__ = [
    "AsyncByteStream",
    "ByteStream",
    "DownloadContainerFileContentError",
    "DownloadContainerFileContentRequest",
    "containers_download_container_file_content",
    "containers_download_container_file_content_async",
    "containers_download_container_file_content_stream",
    "containers_download_container_file_content_stream_async",
]


@attrs.frozen(kw_only=True)
class DownloadContainerFileContentRequest:
    """The parameters of ``GET /containers/{container_id}/files/{file_id}/content``."""

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
DownloadContainerFileContentError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DownloadContainerFileContentRequest, bytes] = Operation(
    operation_id="downloadContainerFileContent",
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    request_type=DownloadContainerFileContentRequest,
    params=(
        path("container_id", "container_id"),
        path("file_id", "file_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_bytes(200, "application/octet-stream"),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(ServiceUnavailableResponseError),
    ),
    accept="application/octet-stream",
)


#: The same call, with the body handed over unread (see ``ByteStream``).
STREAM_OPERATION: Operation[DownloadContainerFileContentRequest, ByteStream] = Operation(
    operation_id="downloadContainerFileContent",
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    request_type=DownloadContainerFileContentRequest,
    params=(
        path("container_id", "container_id"),
        path("file_id", "file_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_byte_stream(200, "application/octet-stream"),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(ServiceUnavailableResponseError),
    ),
    accept="application/octet-stream",
)


def containers_download_container_file_content(
    core: OpenRouterCore,
    request: DownloadContainerFileContentRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, DownloadContainerFileContentError]:
    """Streams the raw bytes of a file in a container."""
    return invoke(core, OPERATION, request, options)


async def containers_download_container_file_content_async(
    core: OpenRouterCore,
    request: DownloadContainerFileContentRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, DownloadContainerFileContentError]:
    """Streams the raw bytes of a file in a container."""
    return await invoke_async(core, OPERATION, request, options)


def containers_download_container_file_content_stream(
    core: OpenRouterCore,
    request: DownloadContainerFileContentRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ByteStream, DownloadContainerFileContentError]:
    """Like :func:`containers_download_container_file_content`, but the body arrives unread as a ``ByteStream``; use it in a ``with`` block."""
    return invoke(core, STREAM_OPERATION, request, options)


async def containers_download_container_file_content_stream_async(
    core: OpenRouterCore,
    request: DownloadContainerFileContentRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncByteStream, DownloadContainerFileContentError]:
    """Like :func:`containers_download_container_file_content_async`, but the body arrives unread as an ``AsyncByteStream``; use it in an ``async with`` block."""
    return await invoke_async(core, STREAM_OPERATION, request, options)
