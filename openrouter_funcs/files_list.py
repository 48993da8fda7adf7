# Generated from the OpenRouter OpenAPI spec (listFiles) by `python -m codegen`; do not edit.
"""List files: ``GET /files``.

Lists files belonging to the workspace of the authenticating API key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.file_list_response import FileListResponse

__all__ = [
    "FileListResponse",
    "FilesListError",
    "FilesListRequest",
    "FilesListRequestDict",
    "files_list",
    "files_list_async",
]


@attrs.frozen(kw_only=True)
class FilesListRequest:
    """The parameters of ``GET /files``.

    - ``limit`` (int, optional): Maximum number of files to return (1-1000).
    - ``cursor`` (str, optional): Opaque pagination cursor from a previous response.
    - ``workspace_id`` (str, optional): Workspace to scope the request to.
    - ``provider`` (str, optional): Store or read this file on the named provider using your
      own API key for it.
    - ``after`` (str, optional): OpenAI-style forward cursor: the id to list after.
    - ``after_id`` (str, optional): Anthropic-style forward cursor: the id to list after.
    - ``before_id`` (str, optional): Anthropic-style reverse cursor.
    - ``order`` (str, optional): Sort direction. Only `asc` is supported by OpenRouter
      storage.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of files to return (1-1000)."""
    cursor: str | None = attrs.field(default=None, metadata={"wire": "cursor"})
    """Opaque pagination cursor from a previous response."""
    workspace_id: str | None = attrs.field(default=None, metadata={"wire": "workspace_id"})
    """Workspace to scope the request to."""
    provider: str | None = attrs.field(default=None, metadata={"wire": "provider"})
    """Store or read this file on the named provider using your own API key for it."""
    after: str | None = attrs.field(default=None, metadata={"wire": "after"})
    """OpenAI-style forward cursor: the id to list after."""
    after_id: str | None = attrs.field(default=None, metadata={"wire": "after_id"})
    """Anthropic-style forward cursor: the id to list after."""
    before_id: str | None = attrs.field(default=None, metadata={"wire": "before_id"})
    """Anthropic-style reverse cursor."""
    order: str | None = attrs.field(default=None, metadata={"wire": "order"})
    """Sort direction. Only `asc` is supported by OpenRouter storage."""
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
        limit: int | None = None,
        cursor: str | None = None,
        workspace_id: str | None = None,
        provider: str | None = None,
        after: str | None = None,
        after_id: str | None = None,
        before_id: str | None = None,
        order: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("limit", limit)
        _setattr("cursor", cursor)
        _setattr("workspace_id", workspace_id)
        _setattr("provider", provider)
        _setattr("after", after)
        _setattr("after_id", after_id)
        _setattr("before_id", before_id)
        _setattr("order", order)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"limit={self.limit!r}, "
            f"cursor={self.cursor!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"provider={self.provider!r}, "
            f"after={self.after!r}, "
            f"after_id={self.after_id!r}, "
            f"before_id={self.before_id!r}, "
            f"order={self.order!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.limit,
            self.cursor,
            self.workspace_id,
            self.provider,
            self.after,
            self.after_id,
            self.before_id,
            self.order,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.limit,
            other.cursor,
            other.workspace_id,
            other.provider,
            other.after,
            other.after_id,
            other.before_id,
            other.order,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FilesListRequest",
                self.limit,
                self.cursor,
                self.workspace_id,
                self.provider,
                self.after,
                self.after_id,
                self.before_id,
                self.order,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class FilesListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    limit: int
    cursor: str
    workspace_id: str
    provider: str
    after: str
    after_id: str
    before_id: str
    order: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
FilesListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[FilesListRequest, FileListResponse] = Operation(
    operation_id="listFiles",
    method="GET",
    path="/files",
    request_type=FilesListRequest,
    params=(
        query("limit", "limit"),
        query("cursor", "cursor"),
        query("workspace_id", "workspace_id"),
        query("provider", "provider"),
        query("after", "after"),
        query("after_id", "after_id"),
        query("before_id", "before_id"),
        query("order", "order"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, FileListResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def files_list(
    core: OpenRouterCore,
    request: FilesListRequest | FilesListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileListResponse, FilesListError]:
    """Lists files belonging to the workspace of the authenticating API key.

    ``GET /files``: List files.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``limit`` (int): Maximum number of files to return (1-1000).
            - ``cursor`` (str): Opaque pagination cursor from a previous response.
            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``after`` (str): OpenAI-style forward cursor: the id to list after.
            - ``after_id`` (str): Anthropic-style forward cursor: the id to list after.
            - ``before_id`` (str): Anthropic-style reverse cursor.
            - ``order`` (str): Sort direction. Only `asc` is supported by OpenRouter
              storage.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_list

        result = files_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def files_list_async(
    core: OpenRouterCore,
    request: FilesListRequest | FilesListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileListResponse, FilesListError]:
    """Lists files belonging to the workspace of the authenticating API key.

    ``GET /files``: List files.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``limit`` (int): Maximum number of files to return (1-1000).
            - ``cursor`` (str): Opaque pagination cursor from a previous response.
            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``after`` (str): OpenAI-style forward cursor: the id to list after.
            - ``after_id`` (str): Anthropic-style forward cursor: the id to list after.
            - ``before_id`` (str): Anthropic-style reverse cursor.
            - ``order`` (str): Sort direction. Only `asc` is supported by OpenRouter
              storage.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_list_async

        result = await files_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
