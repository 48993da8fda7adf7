# Generated from the OpenRouter OpenAPI spec (getFileMetadata) by `python -m codegen`; do not edit.
"""Get file metadata: ``GET /files/{file_id}``.

Retrieves metadata for a single file owned by the requesting workspace.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.file_response import FileResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FileResponse",
    "FilesRetrieveError",
    "FilesRetrieveRequest",
    "FilesRetrieveRequestDict",
    "files_retrieve",
    "files_retrieve_async",
]


@attrs.frozen(kw_only=True)
class FilesRetrieveRequest:
    """The parameters of ``GET /files/{file_id}``.

    - ``file_id`` (str)
    - ``workspace_id`` (str, optional): Workspace to scope the request to.
    - ``provider`` (str, optional): Store or read this file on the named provider using your
      own API key for it.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    file_id: str = attrs.field(metadata={"wire": "file_id"})
    workspace_id: str | None = attrs.field(default=None, metadata={"wire": "workspace_id"})
    """Workspace to scope the request to."""
    provider: str | None = attrs.field(default=None, metadata={"wire": "provider"})
    """Store or read this file on the named provider using your own API key for it."""
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
        file_id: str,
        workspace_id: str | None = None,
        provider: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_id", file_id)
        _setattr("workspace_id", workspace_id)
        _setattr("provider", provider)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_id={self.file_id!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"provider={self.provider!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.file_id,
            self.workspace_id,
            self.provider,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.file_id,
            other.workspace_id,
            other.provider,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FilesRetrieveRequest",
                self.file_id,
                self.workspace_id,
                self.provider,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class FilesRetrieveRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    file_id: Required[str]
    workspace_id: str
    provider: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
FilesRetrieveError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[FilesRetrieveRequest, FileResponse] = Operation(
    operation_id="getFileMetadata",
    method="GET",
    path="/files/{file_id}",
    request_type=FilesRetrieveRequest,
    params=(
        path("file_id", "file_id"),
        query("workspace_id", "workspace_id"),
        query("provider", "provider"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, FileResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def files_retrieve(
    core: OpenRouterCore,
    request: FilesRetrieveRequest | FilesRetrieveRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileResponse, FilesRetrieveError]:
    """Retrieves metadata for a single file owned by the requesting workspace.

    ``GET /files/{file_id}``: Get file metadata.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesRetrieveRequest`` or a dict with these keys:

            - ``file_id`` (str, required)
            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_retrieve

        result = files_retrieve(core, {"file_id": "or_file_011CNha8iCJcU1wXNR6q4V8w"})
    """
    return invoke(core, OPERATION, request, options)


async def files_retrieve_async(
    core: OpenRouterCore,
    request: FilesRetrieveRequest | FilesRetrieveRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileResponse, FilesRetrieveError]:
    """Retrieves metadata for a single file owned by the requesting workspace.

    ``GET /files/{file_id}``: Get file metadata.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesRetrieveRequest`` or a dict with these keys:

            - ``file_id`` (str, required)
            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_retrieve_async

        result = await files_retrieve_async(core,
            {"file_id": "or_file_011CNha8iCJcU1wXNR6q4V8w"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
