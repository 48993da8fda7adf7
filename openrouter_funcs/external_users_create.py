# Generated from the OpenRouter OpenAPI spec (createExternalUser) by `python -m codegen`; do not edit.
"""Register an external user: ``POST /external-users``.

Register a caller-supplied tracking ID under the authenticated organization. No login account,
policy, or credentials are created. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ConflictResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_external_user_request import CreateExternalUserRequest
from openrouter_core.models.external_user_response import ExternalUserResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CreateExternalUserRequest",
    "ExternalUserResponse",
    "ExternalUsersCreateError",
    "ExternalUsersCreateRequest",
    "ExternalUsersCreateRequestDict",
    "external_users_create",
    "external_users_create_async",
]


@attrs.frozen(kw_only=True)
class ExternalUsersCreateRequest:
    """The parameters and JSON body of ``POST /external-users``.

    - ``body`` (CreateExternalUserRequest): the JSON body; its fields are listed in
      ``help(external_users_create)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: CreateExternalUserRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
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
        body: CreateExternalUserRequest,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ExternalUsersCreateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ExternalUsersCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    user: Required[str]
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ExternalUsersCreateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ExternalUsersCreateRequest, ExternalUserResponse] = Operation(
    operation_id="createExternalUser",
    method="POST",
    path="/external-users",
    request_type=ExternalUsersCreateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(CreateExternalUserRequest),
    responses=(
        ok(201, ExternalUserResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_create(
    core: OpenRouterCore,
    request: ExternalUsersCreateRequest | ExternalUsersCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, ExternalUsersCreateError]:
    """Register a caller-supplied tracking ID under the authenticated organization.

    ``POST /external-users``: Register an external user.

    No login account, policy, or credentials are created. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            The class takes the body as ``body=CreateExternalUserRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ExternalUserResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import external_users_create

        result = external_users_create(core, {"user": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def external_users_create_async(
    core: OpenRouterCore,
    request: ExternalUsersCreateRequest | ExternalUsersCreateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, ExternalUsersCreateError]:
    """Register a caller-supplied tracking ID under the authenticated organization.

    ``POST /external-users``: Register an external user.

    No login account, policy, or credentials are created. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ExternalUsersCreateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``user`` (str, required): Immutable case-sensitive tracking string supplied as
              user on inference requests or as external.user on API keys: 1 to 512
              characters, well-formed Unicode, no NUL, no surrounding whitespace.
            The class takes the body as ``body=CreateExternalUserRequest(...)``; keys it
            does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ExternalUserResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import external_users_create_async

        result = await external_users_create_async(core, {"user": "string"})
    """
    return await invoke_async(core, OPERATION, request, options)
