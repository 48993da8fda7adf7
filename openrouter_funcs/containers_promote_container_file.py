# Generated from the OpenRouter OpenAPI spec (promoteContainerFile) by `python -m codegen`; do not edit.
"""Promote a container file into workspace documents: ``POST /containers/{container_id}/files/{file_id}/promote``.

Copies a file from the container's sandbox prefix into the workspace's durable document storage,
so it outlives the container. Returns the new document in the Files API shape, with a durable
file id in the documents namespace. The copy counts against the workspace's storage quota.
Unlike a direct upload, promoted files are downloadable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.containers_promote_container_file_response import (
    ContainersPromoteContainerFileResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContainersPromoteContainerFileError",
    "ContainersPromoteContainerFileRequest",
    "ContainersPromoteContainerFileRequestDict",
    "ContainersPromoteContainerFileResponse",
    "containers_promote_container_file",
    "containers_promote_container_file_async",
]


@attrs.frozen(kw_only=True)
class ContainersPromoteContainerFileRequest:
    """The parameters of ``POST /containers/{container_id}/files/{file_id}/promote``.

    - ``container_id`` (str): The canonical container id, exactly as returned in a
      bash/shell tool result — a restarted session has its own `-r<nonce>`-suffixed id.
    - ``file_id`` (str): Container file id (`cfile_` + base64url of the file path).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container_id: str,
        file_id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container_id", container_id)
        _setattr("file_id", file_id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container_id={self.container_id!r}, "
            f"file_id={self.file_id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container_id,
            self.file_id,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.container_id,
            other.file_id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ContainersPromoteContainerFileRequest",
                self.container_id,
                self.file_id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ContainersPromoteContainerFileRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    container_id: Required[str]
    file_id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ContainersPromoteContainerFileError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[
    ContainersPromoteContainerFileRequest, ContainersPromoteContainerFileResponse
] = Operation(
    operation_id="promoteContainerFile",
    method="POST",
    path="/containers/{container_id}/files/{file_id}/promote",
    request_type=ContainersPromoteContainerFileRequest,
    params=(
        path("container_id", "container_id"),
        path("file_id", "file_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ContainersPromoteContainerFileResponse),
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
    request: ContainersPromoteContainerFileRequest | ContainersPromoteContainerFileRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainersPromoteContainerFileResponse, ContainersPromoteContainerFileError]:
    """Copies a file from the container's sandbox prefix into the workspace's durable document storage, so it outlives the container.

    ``POST /containers/{container_id}/files/{file_id}/promote``: Promote a container file into workspace documents.

    Returns the new document in the Files API shape, with a durable file id in the documents
    namespace. The copy counts against the workspace's storage quota. Unlike a direct
    upload, promoted files are downloadable.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersPromoteContainerFileRequest`` or a dict with these keys:

            - ``container_id`` (str, required): The canonical container id, exactly as
              returned in a bash/shell tool result — a restarted session has its own
              `-r<nonce>`-suffixed id.
            - ``file_id`` (str, required): Container file id (`cfile_` + base64url of the
              file path).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ContainersPromoteContainerFileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_promote_container_file

        result = containers_promote_container_file(core,
            {"container_id": "string", "file_id": "string"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def containers_promote_container_file_async(
    core: OpenRouterCore,
    request: ContainersPromoteContainerFileRequest | ContainersPromoteContainerFileRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainersPromoteContainerFileResponse, ContainersPromoteContainerFileError]:
    """Copies a file from the container's sandbox prefix into the workspace's durable document storage, so it outlives the container.

    ``POST /containers/{container_id}/files/{file_id}/promote``: Promote a container file into workspace documents.

    Returns the new document in the Files API shape, with a durable file id in the documents
    namespace. The copy counts against the workspace's storage quota. Unlike a direct
    upload, promoted files are downloadable.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersPromoteContainerFileRequest`` or a dict with these keys:

            - ``container_id`` (str, required): The canonical container id, exactly as
              returned in a bash/shell tool result — a restarted session has its own
              `-r<nonce>`-suffixed id.
            - ``file_id`` (str, required): Container file id (`cfile_` + base64url of the
              file path).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ContainersPromoteContainerFileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_promote_container_file_async

        result = await containers_promote_container_file_async(core,
            {"container_id": "string", "file_id": "string"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
