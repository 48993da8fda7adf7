# Generated from the OpenRouter OpenAPI spec (listExternalUsers) by `python -m codegen`; do not edit.
"""List registered external users: ``GET /external-users``.

List registrations belonging to the authenticated organization. Inactive registrations are
excluded by default. Management key required.
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
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_external_users_response import ListExternalUsersResponse

__all__ = [
    "ExternalUsersListError",
    "ExternalUsersListRequest",
    "ExternalUsersListRequestDict",
    "ListExternalUsersResponse",
    "external_users_list",
    "external_users_list_async",
]


@attrs.frozen(kw_only=True)
class ExternalUsersListRequest:
    """The parameters of ``GET /external-users``.

    - ``offset`` (int, optional): Number of records to skip for pagination.
    - ``limit`` (int, optional): Maximum number of records to return (max 100).
    - ``user`` (str, optional): Immutable case-sensitive tracking string supplied as user on
      inference requests or as external.user on API keys: 1 to 512 characters, well-formed
      Unicode, no NUL, no surrounding whitespace.
    - ``include_inactive`` (bool, optional): Include deactivated registrations.
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
    user: str | None = attrs.field(default=None, metadata={"wire": "user"})
    """Immutable case-sensitive tracking string supplied as user on inference requests or as external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding whitespace."""
    include_inactive: bool | None = attrs.field(default=None, metadata={"wire": "include_inactive"})
    """Include deactivated registrations."""
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
        user: str | None = None,
        include_inactive: bool | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("offset", offset)
        _setattr("limit", limit)
        _setattr("user", user)
        _setattr("include_inactive", include_inactive)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"offset={self.offset!r}, "
            f"limit={self.limit!r}, "
            f"user={self.user!r}, "
            f"include_inactive={self.include_inactive!r}, "
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
            self.user,
            self.include_inactive,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.offset,
            other.limit,
            other.user,
            other.include_inactive,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ExternalUsersListRequest",
                self.offset,
                self.limit,
                self.user,
                self.include_inactive,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ExternalUsersListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    offset: int
    limit: int
    user: str
    include_inactive: bool
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ExternalUsersListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ExternalUsersListRequest, ListExternalUsersResponse] = Operation(
    operation_id="listExternalUsers",
    method="GET",
    path="/external-users",
    request_type=ExternalUsersListRequest,
    params=(
        query("offset", "offset"),
        query("limit", "limit"),
        query("user", "user"),
        query("include_inactive", "include_inactive"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListExternalUsersResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_list(
    core: OpenRouterCore,
    request: ExternalUsersListRequest | ExternalUsersListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListExternalUsersResponse, ExternalUsersListError]:
    """List registrations belonging to the authenticated organization.

    ``GET /external-users``: List registered external users.

    Inactive registrations are excluded by default. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersListRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``user`` (str): Immutable case-sensitive tracking string supplied as user on
              inference requests or as external.user on API keys: 1 to 512 characters,
              well-formed Unicode, no NUL, no surrounding whitespace.
            - ``include_inactive`` (bool): Include deactivated registrations.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListExternalUsersResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import external_users_list

        result = external_users_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def external_users_list_async(
    core: OpenRouterCore,
    request: ExternalUsersListRequest | ExternalUsersListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListExternalUsersResponse, ExternalUsersListError]:
    """List registrations belonging to the authenticated organization.

    ``GET /external-users``: List registered external users.

    Inactive registrations are excluded by default. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersListRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``offset`` (int): Number of records to skip for pagination.
            - ``limit`` (int): Maximum number of records to return (max 100).
            - ``user`` (str): Immutable case-sensitive tracking string supplied as user on
              inference requests or as external.user on API keys: 1 to 512 characters,
              well-formed Unicode, no NUL, no surrounding whitespace.
            - ``include_inactive`` (bool): Include deactivated registrations.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListExternalUsersResponse)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import external_users_list_async

        result = await external_users_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
