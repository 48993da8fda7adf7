# Generated from the OpenRouter OpenAPI spec (deleteExternalUser) by `python -m codegen`; do not edit.
"""Deactivate a registered external user: ``DELETE /external-users/{user}``.

Soft-deactivate a registration while retaining its tracking ID. Repeat deactivation succeeds.
This does not block inference; reactivate through PATCH. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok_empty, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ExternalUsersDeleteError",
    "ExternalUsersDeleteRequest",
    "ExternalUsersDeleteRequestDict",
    "external_users_delete",
    "external_users_delete_async",
]


@attrs.frozen(kw_only=True)
class ExternalUsersDeleteRequest:
    """The parameters of ``DELETE /external-users/{user}``.

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
        user: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("user", user)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"user={self.user!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.user, self.http_referer, self.app_title, self.app_categories) == (
            other.user,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ExternalUsersDeleteRequest",
                self.user,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ExternalUsersDeleteRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    user: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ExternalUsersDeleteError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ExternalUsersDeleteRequest, None] = Operation(
    operation_id="deleteExternalUser",
    method="DELETE",
    path="/external-users/{user}",
    request_type=ExternalUsersDeleteRequest,
    params=(
        path("user", "user"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_empty(204),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_delete(
    core: OpenRouterCore,
    request: ExternalUsersDeleteRequest | ExternalUsersDeleteRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, ExternalUsersDeleteError]:
    """Soft-deactivate a registration while retaining its tracking ID.

    ``DELETE /external-users/{user}``: Deactivate a registered external user.

    Repeat deactivation succeeds. This does not block inference; reactivate through PATCH.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersDeleteRequest`` or a dict with these keys:

            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(None)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import external_users_delete

        result = external_users_delete(core, {"user": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def external_users_delete_async(
    core: OpenRouterCore,
    request: ExternalUsersDeleteRequest | ExternalUsersDeleteRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, ExternalUsersDeleteError]:
    """Soft-deactivate a registration while retaining its tracking ID.

    ``DELETE /external-users/{user}``: Deactivate a registered external user.

    Repeat deactivation succeeds. This does not block inference; reactivate through PATCH.
    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersDeleteRequest`` or a dict with these keys:

            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(None)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import external_users_delete_async

        result = await external_users_delete_async(core, {"user": "string"})
    """
    return await invoke_async(core, OPERATION, request, options)
