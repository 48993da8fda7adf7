# Generated from the OpenRouter OpenAPI spec (listOrganizationMembers) by `python -m codegen`; do not edit.
"""List organization members: ``GET /organization/members``.

List all members of the organization associated with the authenticated management key.
Management key required.
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.organization_list_members_response import (
    OrganizationListMembersResponse,
    OrganizationListMembersResponseData,
)

__all__ = [
    "OrganizationListMembersError",
    "OrganizationListMembersRequest",
    "OrganizationListMembersRequestDict",
    "OrganizationListMembersResponse",
    "OrganizationListMembersResponseData",
    "organization_list_members",
    "organization_list_members_async",
]


@attrs.frozen(kw_only=True)
class OrganizationListMembersRequest:
    """The parameters of ``GET /organization/members``.

    - ``offset`` (int, optional): Number of records to skip for pagination.
    - ``limit`` (int, optional): Maximum number of records to return (max 100).
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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
        offset: int | None = None,
        limit: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("offset", offset)
        _setattr("limit", limit)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
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
            self.offset,
            self.limit,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (other.offset, other.limit, other.http_referer, other.app_title, other.app_categories)

    def __hash__(self) -> int:
        return hash(
            (
                "OrganizationListMembersRequest",
                self.offset,
                self.limit,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class OrganizationListMembersRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

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
OrganizationListMembersError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[OrganizationListMembersRequest, OrganizationListMembersResponse] = Operation(
    operation_id="listOrganizationMembers",
    method="GET",
    path="/organization/members",
    request_type=OrganizationListMembersRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, OrganizationListMembersResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def organization_list_members(
    core: OpenRouterCore,
    request: OrganizationListMembersRequest | OrganizationListMembersRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OrganizationListMembersResponse, OrganizationListMembersError]:
    """List all members of the organization associated with the authenticated management key.

    ``GET /organization/members``: List organization members.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OrganizationListMembersRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

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
        ``Success(OrganizationListMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import organization_list_members

        result = organization_list_members(core)
    """
    return invoke(core, OPERATION, request, options)


async def organization_list_members_async(
    core: OpenRouterCore,
    request: OrganizationListMembersRequest | OrganizationListMembersRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OrganizationListMembersResponse, OrganizationListMembersError]:
    """List all members of the organization associated with the authenticated management key.

    ``GET /organization/members``: List organization members.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OrganizationListMembersRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

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
        ``Success(OrganizationListMembersResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import organization_list_members_async

        result = await organization_list_members_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
