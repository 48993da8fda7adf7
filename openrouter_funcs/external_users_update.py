# Generated from the OpenRouter OpenAPI spec (updateExternalUser) by `python -m codegen`; do not edit.
"""Update a registered external user: ``PATCH /external-users/{user}``.

Update registration state without changing identity. State changes do not enforce inference
access. Management key required.
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.external_user_response import ExternalUserResponse
from openrouter_core.models.update_external_user_request import UpdateExternalUserRequest

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ExternalUserResponse",
    "ExternalUsersUpdateError",
    "ExternalUsersUpdateRequest",
    "ExternalUsersUpdateRequestDict",
    "UpdateExternalUserRequest",
    "external_users_update",
    "external_users_update_async",
]


@attrs.frozen(kw_only=True)
class ExternalUsersUpdateRequest:
    """The parameters and JSON body of ``PATCH /external-users/{user}``.

    - ``body`` (UpdateExternalUserRequest): the JSON body; its fields are listed in
      ``help(external_users_update)``.
    - ``user`` (str): Immutable case-sensitive tracking string supplied as user on inference
      requests or as external.user on API keys: 1 to 512 characters, well-formed Unicode, no
      NUL, no surrounding whitespace.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: UpdateExternalUserRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    user: str = attrs.field(metadata={"wire": "user"})
    """Immutable case-sensitive tracking string supplied as user on inference requests or as external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding whitespace."""
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
        body: UpdateExternalUserRequest,
        user: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("user", user)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"user={self.user!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.user, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.user,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ExternalUsersUpdateRequest",
                self.body,
                self.user,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ExternalUsersUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    user: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    is_active: Required[bool]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ExternalUsersUpdateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ExternalUsersUpdateRequest, ExternalUserResponse] = Operation(
    operation_id="updateExternalUser",
    method="PATCH",
    path="/external-users/{user}",
    request_type=ExternalUsersUpdateRequest,
    params=(
        path("user", "user"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateExternalUserRequest),
    responses=(
        ok(200, ExternalUserResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_update(
    core: OpenRouterCore,
    request: ExternalUsersUpdateRequest | ExternalUsersUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, ExternalUsersUpdateError]:
    """Update registration state without changing identity.

    ``PATCH /external-users/{user}``: Update a registered external user.

    State changes do not enforce inference access. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersUpdateRequest`` or a dict with these keys:

            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``is_active`` (bool, required): Registration state only; does not enforce
              inference access.
            The class takes the body as ``body=UpdateExternalUserRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ExternalUserResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import external_users_update

        result = external_users_update(core, {"user": "string", "is_active": False})
    """
    return invoke(core, OPERATION, request, options)


async def external_users_update_async(
    core: OpenRouterCore,
    request: ExternalUsersUpdateRequest | ExternalUsersUpdateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, ExternalUsersUpdateError]:
    """Update registration state without changing identity.

    ``PATCH /external-users/{user}``: Update a registered external user.

    State changes do not enforce inference access. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersUpdateRequest`` or a dict with these keys:

            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``is_active`` (bool, required): Registration state only; does not enforce
              inference access.
            The class takes the body as ``body=UpdateExternalUserRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ExternalUserResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import external_users_update_async

        result = await external_users_update_async(core, {"user": "string", "is_active": False})
    """
    return await invoke_async(core, OPERATION, request, options)
