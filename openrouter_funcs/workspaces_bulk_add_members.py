# Generated from the OpenRouter OpenAPI spec (bulkAddWorkspaceMembers) by `python -m codegen`; do not edit.
"""Bulk add members to a workspace: ``POST /workspaces/{id}/members/add``.

Add multiple organization members to a workspace. Members are assigned the same role they hold
in the organization. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
from openrouter_core.models.bulk_add_workspace_members_response import (
    BulkAddWorkspaceMembersResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "BulkAddWorkspaceMembersRequest",
    "BulkAddWorkspaceMembersResponse",
    "WorkspacesBulkAddMembersError",
    "WorkspacesBulkAddMembersRequest",
    "WorkspacesBulkAddMembersRequestDict",
    "workspaces_bulk_add_members",
    "workspaces_bulk_add_members_async",
]


@attrs.frozen(kw_only=True)
class WorkspacesBulkAddMembersRequest:
    """The parameters and JSON body of ``POST /workspaces/{id}/members/add``.

    - ``body`` (BulkAddWorkspaceMembersRequest): the JSON body; its fields are listed in
      ``help(workspaces_bulk_add_members)``.
    - ``id`` (str): The workspace ID (UUID) or slug.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: BulkAddWorkspaceMembersRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The workspace ID (UUID) or slug."""
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
        body: BulkAddWorkspaceMembersRequest,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("id", id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"id={self.id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.id, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WorkspacesBulkAddMembersRequest",
                self.body,
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class WorkspacesBulkAddMembersRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    user_ids: Required[list[str]]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
WorkspacesBulkAddMembersError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[WorkspacesBulkAddMembersRequest, BulkAddWorkspaceMembersResponse] = Operation(
    operation_id="bulkAddWorkspaceMembers",
    method="POST",
    path="/workspaces/{id}/members/add",
    request_type=WorkspacesBulkAddMembersRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(BulkAddWorkspaceMembersRequest),
    responses=(
        ok(200, BulkAddWorkspaceMembersResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def workspaces_bulk_add_members(
    core: OpenRouterCore,
    request: WorkspacesBulkAddMembersRequest | WorkspacesBulkAddMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAddWorkspaceMembersResponse, WorkspacesBulkAddMembersError]:
    """Add multiple organization members to a workspace.

    ``POST /workspaces/{id}/members/add``: Bulk add members to a workspace.

    Members are assigned the same role they hold in the organization. Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesBulkAddMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``user_ids`` (list[str], required): List of user IDs to add to the workspace.
            The class takes the body as ``body=BulkAddWorkspaceMembersRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BulkAddWorkspaceMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_bulk_add_members

        result = workspaces_bulk_add_members(core,
            {"id": "production", "user_ids": ["user_abc123", "user_def456"]},
        )
    """
    return invoke(core, OPERATION, request, options)


async def workspaces_bulk_add_members_async(
    core: OpenRouterCore,
    request: WorkspacesBulkAddMembersRequest | WorkspacesBulkAddMembersRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BulkAddWorkspaceMembersResponse, WorkspacesBulkAddMembersError]:
    """Add multiple organization members to a workspace.

    ``POST /workspaces/{id}/members/add``: Bulk add members to a workspace.

    Members are assigned the same role they hold in the organization. Management key
    required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``WorkspacesBulkAddMembersRequest`` or a dict with these keys:

            - ``id`` (str, required): The workspace ID (UUID) or slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``user_ids`` (list[str], required): List of user IDs to add to the workspace.
            The class takes the body as ``body=BulkAddWorkspaceMembersRequest(...)``; keys
            it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BulkAddWorkspaceMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import workspaces_bulk_add_members_async

        result = await workspaces_bulk_add_members_async(core,
            {"id": "production", "user_ids": ["user_abc123", "user_def456"]},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
