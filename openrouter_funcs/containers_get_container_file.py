# Generated from the OpenRouter OpenAPI spec (getContainerFile) by `python -m codegen`; do not edit.
"""Retrieve a container file: ``GET /containers/{container_id}/files/{file_id}``.

Returns the metadata of a single file in a container.
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
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.container_file import ContainerFile

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContainerFile",
    "ContainersGetContainerFileError",
    "ContainersGetContainerFileRequest",
    "ContainersGetContainerFileRequestDict",
    "containers_get_container_file",
    "containers_get_container_file_async",
]


@attrs.frozen(kw_only=True)
class ContainersGetContainerFileRequest:
    """The parameters of ``GET /containers/{container_id}/files/{file_id}``.

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
                "ContainersGetContainerFileRequest",
                self.container_id,
                self.file_id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ContainersGetContainerFileRequestDict(TypedDict, total=False):
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
ContainersGetContainerFileError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ContainersGetContainerFileRequest, ContainerFile] = Operation(
    operation_id="getContainerFile",
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    request_type=ContainersGetContainerFileRequest,
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
    request: ContainersGetContainerFileRequest | ContainersGetContainerFileRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFile, ContainersGetContainerFileError]:
    """Returns the metadata of a single file in a container.

    ``GET /containers/{container_id}/files/{file_id}``: Retrieve a container file.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersGetContainerFileRequest`` or a dict with these keys:

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
        ``Success(ContainerFile)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_get_container_file

        result = containers_get_container_file(core,
            {"container_id": "string", "file_id": "string"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def containers_get_container_file_async(
    core: OpenRouterCore,
    request: ContainersGetContainerFileRequest | ContainersGetContainerFileRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFile, ContainersGetContainerFileError]:
    """Returns the metadata of a single file in a container.

    ``GET /containers/{container_id}/files/{file_id}``: Retrieve a container file.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersGetContainerFileRequest`` or a dict with these keys:

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
        ``Success(ContainerFile)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_get_container_file_async

        result = await containers_get_container_file_async(core,
            {"container_id": "string", "file_id": "string"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
