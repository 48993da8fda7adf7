# Generated from the OpenRouter OpenAPI spec (exchangeAuthCodeForAPIKey) by `python -m codegen`; do not edit.
"""Exchange authorization code for API key: ``POST /auth/keys``.

Exchange an authorization code from the PKCE flow for a user-controlled API key
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
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
)
from openrouter_core.models.oauth_exchange_auth_code_for_api_key_body import (
    OauthExchangeAuthCodeForApiKeyBody,
)
from openrouter_core.models.oauth_exchange_auth_code_for_api_key_response import (
    OauthExchangeAuthCodeForApiKeyResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OauthExchangeAuthCodeForApiKeyBody",
    "OauthExchangeAuthCodeForApiKeyError",
    "OauthExchangeAuthCodeForApiKeyRequest",
    "OauthExchangeAuthCodeForApiKeyRequestDict",
    "OauthExchangeAuthCodeForApiKeyResponse",
    "oauth_exchange_auth_code_for_api_key",
    "oauth_exchange_auth_code_for_api_key_async",
]


@attrs.frozen(kw_only=True)
class OauthExchangeAuthCodeForApiKeyRequest:
    """The parameters and JSON body of ``POST /auth/keys``.

    - ``body`` (OauthExchangeAuthCodeForApiKeyBody): the JSON body; its fields are listed in
      ``help(oauth_exchange_auth_code_for_api_key)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: OauthExchangeAuthCodeForApiKeyBody
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
        body: OauthExchangeAuthCodeForApiKeyBody,
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
                "OauthExchangeAuthCodeForApiKeyRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class OauthExchangeAuthCodeForApiKeyRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    code: Required[str]
    code_challenge_method: Literal["S256", "plain"] | str | None
    code_verifier: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
OauthExchangeAuthCodeForApiKeyError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[
    OauthExchangeAuthCodeForApiKeyRequest, OauthExchangeAuthCodeForApiKeyResponse
] = Operation(
    operation_id="exchangeAuthCodeForAPIKey",
    method="POST",
    path="/auth/keys",
    request_type=OauthExchangeAuthCodeForApiKeyRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(OauthExchangeAuthCodeForApiKeyBody),
    responses=(
        ok(200, OauthExchangeAuthCodeForApiKeyResponse),
        fails(BadRequestResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def oauth_exchange_auth_code_for_api_key(
    core: OpenRouterCore,
    request: OauthExchangeAuthCodeForApiKeyRequest | OauthExchangeAuthCodeForApiKeyRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OauthExchangeAuthCodeForApiKeyResponse, OauthExchangeAuthCodeForApiKeyError]:
    """Exchange an authorization code from the PKCE flow for a user-controlled API key.

    ``POST /auth/keys``: Exchange authorization code for API key.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthExchangeAuthCodeForApiKeyRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``code`` (str, required): The authorization code received from the OAuth
              redirect.
            - ``code_challenge_method`` (str): The method used to generate the code
              challenge. Known values: ``"S256"``, ``"plain"``.
            - ``code_verifier`` (str): The code verifier if code_challenge was used in the
              authorization request.
            The class takes the body as ``body=OauthExchangeAuthCodeForApiKeyBody(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OauthExchangeAuthCodeForApiKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_exchange_auth_code_for_api_key

        result = oauth_exchange_auth_code_for_api_key(core, {"code": "auth_code_abc123def456"})
    """
    return invoke(core, OPERATION, request, options)


async def oauth_exchange_auth_code_for_api_key_async(
    core: OpenRouterCore,
    request: OauthExchangeAuthCodeForApiKeyRequest | OauthExchangeAuthCodeForApiKeyRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OauthExchangeAuthCodeForApiKeyResponse, OauthExchangeAuthCodeForApiKeyError]:
    """Exchange an authorization code from the PKCE flow for a user-controlled API key.

    ``POST /auth/keys``: Exchange authorization code for API key.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthExchangeAuthCodeForApiKeyRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``code`` (str, required): The authorization code received from the OAuth
              redirect.
            - ``code_challenge_method`` (str): The method used to generate the code
              challenge. Known values: ``"S256"``, ``"plain"``.
            - ``code_verifier`` (str): The code verifier if code_challenge was used in the
              authorization request.
            The class takes the body as ``body=OauthExchangeAuthCodeForApiKeyBody(...)``;
            keys it does not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OauthExchangeAuthCodeForApiKeyResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 403: ``ForbiddenResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_exchange_auth_code_for_api_key_async

        result = await oauth_exchange_auth_code_for_api_key_async(core,
            {"code": "auth_code_abc123def456"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
