# Generated from the OpenRouter OpenAPI spec (createAuthKeysCode) by `python -m codegen`; do not edit.
"""Create authorization code: ``POST /auth/keys/code``.

Create an authorization code for the PKCE flow to generate a user-controlled API key
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.oauth_create_auth_code_body import OauthCreateAuthCodeBody
from openrouter_core.models.oauth_create_auth_code_response import (
    OauthCreateAuthCodeResponse,
    OauthCreateAuthCodeResponseData,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OauthCreateAuthCodeBody",
    "OauthCreateAuthCodeError",
    "OauthCreateAuthCodeRequest",
    "OauthCreateAuthCodeRequestDict",
    "OauthCreateAuthCodeResponse",
    "OauthCreateAuthCodeResponseData",
    "oauth_create_auth_code",
    "oauth_create_auth_code_async",
]


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeRequest:
    """The parameters and JSON body of ``POST /auth/keys/code``.

    - ``body`` (OauthCreateAuthCodeBody): the JSON body; its fields are listed in
      ``help(oauth_create_auth_code)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: OauthCreateAuthCodeBody
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
        body: OauthCreateAuthCodeBody,
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
                "OauthCreateAuthCodeRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class OauthCreateAuthCodeRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    callback_url: Required[str]
    code_challenge: str | None
    code_challenge_method: Literal["S256", "plain"] | str | None
    expires_at: str | None
    key_label: str | None
    limit: float | None
    spawn_agent: str | None
    spawn_cloud: str | None
    usage_limit_type: Literal["daily", "weekly", "monthly"] | str | None
    workspace_id: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
OauthCreateAuthCodeError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[OauthCreateAuthCodeRequest, OauthCreateAuthCodeResponse] = Operation(
    operation_id="createAuthKeysCode",
    method="POST",
    path="/auth/keys/code",
    request_type=OauthCreateAuthCodeRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(OauthCreateAuthCodeBody),
    responses=(
        ok(200, OauthCreateAuthCodeResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def oauth_create_auth_code(
    core: OpenRouterCore,
    request: OauthCreateAuthCodeRequest | OauthCreateAuthCodeRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OauthCreateAuthCodeResponse, OauthCreateAuthCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key.

    ``POST /auth/keys/code``: Create authorization code.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthCreateAuthCodeRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``callback_url`` (str, required): The callback URL to redirect to after
              authorization.
            - ``code_challenge`` (str): PKCE code challenge for enhanced security.
            - ``code_challenge_method`` (str): The method used to generate the code
              challenge. Known values: ``"S256"``, ``"plain"``.
            - ``expires_at`` (datetime): Optional expiration time for the API key to be
              created.
            - ``key_label`` (str): Optional custom label for the API key.
            - ``limit`` (float): Credit limit for the API key to be created.
            - ``spawn_agent`` (str): Agent identifier for spawn telemetry.
            - ``spawn_cloud`` (str): Cloud identifier for spawn telemetry.
            - ``usage_limit_type`` (str): Optional credit limit reset interval. Known
              values: ``"daily"``, ``"weekly"``, ``"monthly"``.
            - ``workspace_id`` (str): Optional workspace ID to associate the API key with.
            The class takes the body as ``body=OauthCreateAuthCodeBody(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OauthCreateAuthCodeResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_create_auth_code

        result = oauth_create_auth_code(core,
            {"callback_url": "https://myapp.com/auth/callback"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def oauth_create_auth_code_async(
    core: OpenRouterCore,
    request: OauthCreateAuthCodeRequest | OauthCreateAuthCodeRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OauthCreateAuthCodeResponse, OauthCreateAuthCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key.

    ``POST /auth/keys/code``: Create authorization code.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthCreateAuthCodeRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``callback_url`` (str, required): The callback URL to redirect to after
              authorization.
            - ``code_challenge`` (str): PKCE code challenge for enhanced security.
            - ``code_challenge_method`` (str): The method used to generate the code
              challenge. Known values: ``"S256"``, ``"plain"``.
            - ``expires_at`` (datetime): Optional expiration time for the API key to be
              created.
            - ``key_label`` (str): Optional custom label for the API key.
            - ``limit`` (float): Credit limit for the API key to be created.
            - ``spawn_agent`` (str): Agent identifier for spawn telemetry.
            - ``spawn_cloud`` (str): Cloud identifier for spawn telemetry.
            - ``usage_limit_type`` (str): Optional credit limit reset interval. Known
              values: ``"daily"``, ``"weekly"``, ``"monthly"``.
            - ``workspace_id`` (str): Optional workspace ID to associate the API key with.
            The class takes the body as ``body=OauthCreateAuthCodeBody(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OauthCreateAuthCodeResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 409: ``ConflictResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_create_auth_code_async

        result = await oauth_create_auth_code_async(core,
            {"callback_url": "https://myapp.com/auth/callback"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
