# Generated from the OpenRouter OpenAPI spec (listOauthJwks) by `python -m codegen`; do not edit.
"""OpenRouter access token signing keys: ``GET /oauth/jwks``.

RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import InternalServerResponseError, OpenRouterBaseError
from openrouter_core.models.o_auth_jwks import OAuthJwks

__all__ = [
    "OAuthJwks",
    "OauthListOauthJwksError",
    "OauthListOauthJwksRequest",
    "OauthListOauthJwksRequestDict",
    "oauth_list_oauth_jwks",
    "oauth_list_oauth_jwks_async",
]


@attrs.frozen(kw_only=True)
class OauthListOauthJwksRequest:
    """The parameters of ``GET /oauth/jwks``.

    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.http_referer, self.app_title, self.app_categories) == (
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            ("OauthListOauthJwksRequest", self.http_referer, self.app_title, self.app_categories)
        )

    # --- end of attrs methods ---


class OauthListOauthJwksRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
OauthListOauthJwksError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[OauthListOauthJwksRequest, OAuthJwks] = Operation(
    operation_id="listOauthJwks",
    method="GET",
    path="/oauth/jwks",
    request_type=OauthListOauthJwksRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, OAuthJwks),
        fails(InternalServerResponseError),
    ),
)


def oauth_list_oauth_jwks(
    core: OpenRouterCore,
    request: OauthListOauthJwksRequest | OauthListOauthJwksRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OAuthJwks, OauthListOauthJwksError]:
    """RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with.

    ``GET /oauth/jwks``: OpenRouter access token signing keys.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthListOauthJwksRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OAuthJwks)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_list_oauth_jwks

        result = oauth_list_oauth_jwks(core)
    """
    return invoke(core, OPERATION, request, options)


async def oauth_list_oauth_jwks_async(
    core: OpenRouterCore,
    request: OauthListOauthJwksRequest | OauthListOauthJwksRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OAuthJwks, OauthListOauthJwksError]:
    """RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with.

    ``GET /oauth/jwks``: OpenRouter access token signing keys.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``OauthListOauthJwksRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(OAuthJwks)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import oauth_list_oauth_jwks_async

        result = await oauth_list_oauth_jwks_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
