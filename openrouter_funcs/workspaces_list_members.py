# Generated from the OpenRouter OpenAPI spec (listWorkspaceMembers) by `python -m codegen`; do not edit.
"""List workspace members: ``GET /workspaces/{id}/members``.

List all members of a workspace. Returns paginated results. For the default workspace, returns
all organization members (implicit membership). Management key required.
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
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_workspace_members_response import ListWorkspaceMembersResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ListWorkspaceMembersResponse",
    "WorkspacesListMembersError",
    "WorkspacesListMembersRequest",
    "WorkspacesListMembersRequestDict",
    "workspaces_list_members",
    "workspaces_list_members_async",
]


@attrs.frozen(kw_only=True)
class WorkspacesListMembersRequest:
    """The parameters of ``GET /workspaces/{id}/members``.

    - ``id`` (str): The workspace ID (UUID) or slug.
    - ``offset`` (int, optional): Number of records to skip for pagination.
    - ``limit`` (int, optional): Maximum number of records to return (max 100).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of records to skip for pagination."""
    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of records to return (max 100)."""
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
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("offset", offset)
        _setattr("limit", limit)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"offset={self.offset!r}, "
            f"limit={self.limit!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.id,
            self.offset,
            self.limit,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.id,
            other.offset,
            other.limit,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WorkspacesListMembersRequest",
                self.id,
                self.offset,
                self.limit,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class WorkspacesListMembersRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    offset: int
    limit: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
WorkspacesListMembersError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[WorkspacesListMembersRequest, ListWorkspaceMembersResponse] = Operation(
    operation_id="listWorkspaceMembers",
    method="GET",
    path="/workspaces/{id}/members",
    request_type=WorkspacesListMembersRequest,
    params=(
        path("id", "id"),
        query("offset", "offset"),
        query("limit", "limit"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListWorkspaceMembersResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_list_members(
    core: OpenRouterCore,
    request: WorkspacesListMembersRequest | WorkspacesListMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListWorkspaceMembersResponse, WorkspacesListMembersError]:
    """List all members of a workspace.

    ``GET /workspaces/{id}/members``: List workspace members.

    Returns paginated results. For the default workspace, returns all organization members
    (implicit membership). Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesListMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListWorkspaceMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_list_members

        result = workspaces_list_members(core, {"id": "production"})
    """
    return invoke(core, OPERATION, request, options)


async def workspaces_list_members_async(
    core: OpenRouterCore,
    request: WorkspacesListMembersRequest | WorkspacesListMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListWorkspaceMembersResponse, WorkspacesListMembersError]:
    """List all members of a workspace.

    ``GET /workspaces/{id}/members``: List workspace members.

    Returns paginated results. For the default workspace, returns all organization members
    (implicit membership). Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesListMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListWorkspaceMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_list_members_async

        result = await workspaces_list_members_async(core, {"id": "production"})
    """
    return await invoke_async(core, OPERATION, request, options)
