# Generated from the OpenRouter OpenAPI spec (createOauthToken) by `python -m codegen`; do not edit.
"""Exchange a workload identity token: ``POST /oauth/token``.

RFC 8693 token exchange. Presents a JWT from an issuer your organization trusts (Settings →
Workload identity) and receives a short-lived OpenRouter access token that acts as the API key
the matching federation policy targets.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``OAuthErrorResponse``, not the body its class names elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import FORM_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
)
from openrouter_core.models.o_auth_error_response import OAuthErrorResponse
from openrouter_core.models.token_exchange_response import TokenExchangeResponse

__all__ = [
    "OauthCreateOauthTokenError",
    "OauthCreateOauthTokenRequest",
    "TokenExchangeResponse",
    "oauth_create_oauth_token",
    "oauth_create_oauth_token_async",
]


@attrs.frozen(kw_only=True)
class OauthCreateOauthTokenRequest:
    """The parameters and URL-encoded form of ``POST /oauth/token``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    federation_policy_id: str
    """The federation policy to evaluate, from Settings → Workload identity."""
    grant_type: str
    """Must be `urn:ietf:params:oauth:grant-type:token-exchange`."""
    subject_token: str
    """The JWT issued by your identity provider."""
    subject_token_type: str
    """Must be `urn:ietf:params:oauth:token-type:jwt`."""
    requested_token_type: str | None = None
    """Optional; when present must be `urn:ietf:params:oauth:token-type:access_token`."""
    scope: str | None = None
    """Optional; when present must match the policy's key: `management` for a management key, `inference` otherwise. Known values: ``"inference"``, ``"management"``."""

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        federation_policy_id: str,
        grant_type: str,
        subject_token: str,
        subject_token_type: str,
        requested_token_type: str | None = None,
        scope: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("federation_policy_id", federation_policy_id)
        _setattr("grant_type", grant_type)
        _setattr("subject_token", subject_token)
        _setattr("subject_token_type", subject_token_type)
        _setattr("requested_token_type", requested_token_type)
        _setattr("scope", scope)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"federation_policy_id={self.federation_policy_id!r}, "
            f"grant_type={self.grant_type!r}, "
            f"subject_token={self.subject_token!r}, "
            f"subject_token_type={self.subject_token_type!r}, "
            f"requested_token_type={self.requested_token_type!r}, "
            f"scope={self.scope!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.federation_policy_id,
            self.grant_type,
            self.subject_token,
            self.subject_token_type,
            self.requested_token_type,
            self.scope,
        ) == (
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.federation_policy_id,
            other.grant_type,
            other.subject_token,
            other.subject_token_type,
            other.requested_token_type,
            other.scope,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OauthCreateOauthTokenRequest",
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.federation_policy_id,
                self.grant_type,
                self.subject_token,
                self.subject_token_type,
                self.requested_token_type,
                self.scope,
            )
        )

    # --- end of attrs methods ---


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
OauthCreateOauthTokenError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[OauthCreateOauthTokenRequest, TokenExchangeResponse] = Operation(
    operation_id="createOauthToken",
    method="POST",
    path="/oauth/token",
    request_type=OauthCreateOauthTokenRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=FORM_BODY,
    responses=(
        ok(200, TokenExchangeResponse),
        fails(BadRequestResponseError, body=OAuthErrorResponse),
        fails(TooManyRequestsResponseError, body=OAuthErrorResponse),
        fails(InternalServerResponseError, body=OAuthErrorResponse),
        fails(ServiceUnavailableResponseError, body=OAuthErrorResponse),
    ),
)


def oauth_create_oauth_token(
    core: OpenRouterCore,
    request: OauthCreateOauthTokenRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[TokenExchangeResponse, OauthCreateOauthTokenError]:
    """RFC 8693 token exchange.

    ``POST /oauth/token``: Exchange a workload identity token.

    Presents a JWT from an issuer your organization trusts (Settings → Workload identity)
    and receives a short-lived OpenRouter access token that acts as the API key the matching
    federation policy targets.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthCreateOauthTokenRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``federation_policy_id`` (str, required): The federation policy to evaluate,
              from Settings → Workload identity.
            - ``grant_type`` (str, required): Must be
              `urn:ietf:params:oauth:grant-type:token-exchange`.
            - ``subject_token`` (str, required): The JWT issued by your identity provider.
            - ``subject_token_type`` (str, required): Must be
              `urn:ietf:params:oauth:token-type:jwt`.
            - ``requested_token_type`` (str): Optional; when present must be
              `urn:ietf:params:oauth:token-type:access_token`.
            - ``scope`` (str): Optional; when present must match the policy's key:
              `management` for a management key, `inference` otherwise. Known values:
              ``"inference"``, ``"management"``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(TokenExchangeResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_create_oauth_token

        result = oauth_create_oauth_token(core, {
            "federation_policy_id": "string",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": "string",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        })
    """
    return invoke(core, OPERATION, request, options)


async def oauth_create_oauth_token_async(
    core: OpenRouterCore,
    request: OauthCreateOauthTokenRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[TokenExchangeResponse, OauthCreateOauthTokenError]:
    """RFC 8693 token exchange.

    ``POST /oauth/token``: Exchange a workload identity token.

    Presents a JWT from an issuer your organization trusts (Settings → Workload identity)
    and receives a short-lived OpenRouter access token that acts as the API key the matching
    federation policy targets.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthCreateOauthTokenRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``federation_policy_id`` (str, required): The federation policy to evaluate,
              from Settings → Workload identity.
            - ``grant_type`` (str, required): Must be
              `urn:ietf:params:oauth:grant-type:token-exchange`.
            - ``subject_token`` (str, required): The JWT issued by your identity provider.
            - ``subject_token_type`` (str, required): Must be
              `urn:ietf:params:oauth:token-type:jwt`.
            - ``requested_token_type`` (str): Optional; when present must be
              `urn:ietf:params:oauth:token-type:access_token`.
            - ``scope`` (str): Optional; when present must match the policy's key:
              `management` for a management key, `inference` otherwise. Known values:
              ``"inference"``, ``"management"``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(TokenExchangeResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_create_oauth_token_async

        result = await oauth_create_oauth_token_async(core, {
            "federation_policy_id": "string",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": "string",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
