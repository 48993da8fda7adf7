# Generated from the OpenRouter OpenAPI spec (listContainerFiles) by `python -m codegen`; do not edit.
"""List container files: ``GET /containers/{container_id}/files``.

Lists the files in a container, in lexicographic path order. The container id is the canonical
id returned in bash/shell tool results; a restarted session is a separate container with its own
id. Paginate with `limit` and `after` (pass the previous page's `last_id`); `has_more: true`
always means the next page is fetchable that way. `last_id` is the resume cursor: it is the last
listed file's id, except when a page ends at the per-request scan bound on hidden bookkeeping
objects, where it names the scan position instead and may not appear in `data` (which can then
be empty).
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
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.container_file_list_response import ContainerFileListResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContainerFileListResponse",
    "ContainersListContainerFilesError",
    "ContainersListContainerFilesRequest",
    "ContainersListContainerFilesRequestDict",
    "containers_list_container_files",
    "containers_list_container_files_async",
]


@attrs.frozen(kw_only=True)
class ContainersListContainerFilesRequest:
    """The parameters of ``GET /containers/{container_id}/files``.

    - ``container_id`` (str): The canonical container id, exactly as returned in a
      bash/shell tool result — a restarted session has its own `-r<nonce>`-suffixed id.
    - ``limit`` (int, optional): Maximum number of files to return (1-1000).
    - ``after`` (str, optional): Forward cursor: the previous page's `last_id` (or any
      container file id); listing resumes strictly after that path.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    container_id: str = attrs.field(metadata={"wire": "container_id"})
    """The canonical container id, exactly as returned in a bash/shell tool result — a restarted session has its own `-r<nonce>`-suffixed id."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of files to return (1-1000)."""
    after: str | None = attrs.field(default=None, metadata={"wire": "after"})
    """Forward cursor: the previous page's `last_id` (or any container file id); listing resumes strictly after that path."""
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
        limit: int | None = None,
        after: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container_id", container_id)
        _setattr("limit", limit)
        _setattr("after", after)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container_id={self.container_id!r}, "
            f"limit={self.limit!r}, "
            f"after={self.after!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.container_id,
            self.limit,
            self.after,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.container_id,
            other.limit,
            other.after,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ContainersListContainerFilesRequest",
                self.container_id,
                self.limit,
                self.after,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ContainersListContainerFilesRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    container_id: Required[str]
    limit: int
    after: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ContainersListContainerFilesError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ContainersListContainerFilesRequest, ContainerFileListResponse] = Operation(
    operation_id="listContainerFiles",
    method="GET",
    path="/containers/{container_id}/files",
    request_type=ContainersListContainerFilesRequest,
    params=(
        path("container_id", "container_id"),
        query("limit", "limit"),
        query("after", "after"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ContainerFileListResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def containers_list_container_files(
    core: OpenRouterCore,
    request: ContainersListContainerFilesRequest | ContainersListContainerFilesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFileListResponse, ContainersListContainerFilesError]:
    """Lists the files in a container, in lexicographic path order.

    ``GET /containers/{container_id}/files``: List container files.

    The container id is the canonical id returned in bash/shell tool results; a restarted
    session is a separate container with its own id. Paginate with `limit` and `after` (pass
    the previous page's `last_id`); `has_more: true` always means the next page is fetchable
    that way. `last_id` is the resume cursor: it is the last listed file's id, except when a
    page ends at the per-request scan bound on hidden bookkeeping objects, where it names
    the scan position instead and may not appear in `data` (which can then be empty).

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersListContainerFilesRequest`` or a dict with these keys:

            - ``container_id`` (str, required): The canonical container id, exactly as
              returned in a bash/shell tool result — a restarted session has its own
              `-r<nonce>`-suffixed id.
            - ``limit`` (int): Maximum number of files to return (1-1000).
            - ``after`` (str): Forward cursor: the previous page's `last_id` (or any
              container file id); listing resumes strictly after that path.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ContainerFileListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_list_container_files

        result = containers_list_container_files(core, {"container_id": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def containers_list_container_files_async(
    core: OpenRouterCore,
    request: ContainersListContainerFilesRequest | ContainersListContainerFilesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ContainerFileListResponse, ContainersListContainerFilesError]:
    """Lists the files in a container, in lexicographic path order.

    ``GET /containers/{container_id}/files``: List container files.

    The container id is the canonical id returned in bash/shell tool results; a restarted
    session is a separate container with its own id. Paginate with `limit` and `after` (pass
    the previous page's `last_id`); `has_more: true` always means the next page is fetchable
    that way. `last_id` is the resume cursor: it is the last listed file's id, except when a
    page ends at the per-request scan bound on hidden bookkeeping objects, where it names
    the scan position instead and may not appear in `data` (which can then be empty).

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ContainersListContainerFilesRequest`` or a dict with these keys:

            - ``container_id`` (str, required): The canonical container id, exactly as
              returned in a bash/shell tool result — a restarted session has its own
              `-r<nonce>`-suffixed id.
            - ``limit`` (int): Maximum number of files to return (1-1000).
            - ``after`` (str): Forward cursor: the previous page's `last_id` (or any
              container file id); listing resumes strictly after that path.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ContainerFileListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import containers_list_container_files_async

        result = await containers_list_container_files_async(core, {"container_id": "string"})
    """
    return await invoke_async(core, OPERATION, request, options)
