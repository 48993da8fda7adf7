# Generated from the OpenRouter OpenAPI spec (listOauthJwks) by `python -m codegen`; do not edit.
"""OpenRouter access token signing keys: ``GET /oauth/jwks``.

RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
)
from openrouter_core.models.o_auth_jwks import OAuthJwks

__all__ = [
    "ListOauthJwksError",
    "ListOauthJwksRequest",
    "OAuthJwks",
    "oauth_list_oauth_jwks",
    "oauth_list_oauth_jwks_async",
]


@attrs.frozen(kw_only=True)
class ListOauthJwksRequest:
    """The parameters of ``GET /oauth/jwks``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
ListOauthJwksError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListOauthJwksRequest, OAuthJwks] = Operation(
    operation_id="listOauthJwks",
    method="GET",
    path="/oauth/jwks",
    request_type=ListOauthJwksRequest,
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
    request: ListOauthJwksRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OAuthJwks, ListOauthJwksError]:
    """RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with."""
    return invoke(core, OPERATION, request, options)


async def oauth_list_oauth_jwks_async(
    core: OpenRouterCore,
    request: ListOauthJwksRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[OAuthJwks, ListOauthJwksError]:
    """RFC 7517 JWK Set containing the public keys OpenRouter signs access tokens with."""
    return await invoke_async(core, OPERATION, request, options)
