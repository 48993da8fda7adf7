# Generated from the OpenRouter OpenAPI spec (exchangeAuthCodeForAPIKey) by `python -m codegen`; do not edit.
"""Exchange authorization code for API key: ``POST /auth/keys``.

Exchange an authorization code from the PKCE flow for a user-controlled API key
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
)
from openrouter_core.models.exchange_auth_code_for_api_key_response import (
    ExchangeAuthCodeForAPIKeyResponse,
)

__all__ = [
    "ExchangeAuthCodeForAPIKeyError",
    "ExchangeAuthCodeForAPIKeyRequest",
    "ExchangeAuthCodeForAPIKeyResponse",
    "oauth_exchange_auth_code_for_api_key",
    "oauth_exchange_auth_code_for_api_key_async",
]


@attrs.frozen(kw_only=True)
class ExchangeAuthCodeForAPIKeyRequest:
    """The parameters and JSON body of ``POST /auth/keys``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    code: str
    """The authorization code received from the OAuth redirect."""
    code_challenge_method: str | Unset | None = UNSET
    """The method used to generate the code challenge. Known values: ``"S256"``, ``"plain"``."""
    code_verifier: str | None = None
    """The code verifier if code_challenge was used in the authorization request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
ExchangeAuthCodeForAPIKeyError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ExchangeAuthCodeForAPIKeyRequest, ExchangeAuthCodeForAPIKeyResponse] = (
    Operation(
        operation_id="exchangeAuthCodeForAPIKey",
        method="POST",
        path="/auth/keys",
        request_type=ExchangeAuthCodeForAPIKeyRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=JSON_BODY,
        responses=(
            ok(200, ExchangeAuthCodeForAPIKeyResponse),
            fails(BadRequestResponseError),
            fails(ForbiddenResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def oauth_exchange_auth_code_for_api_key(
    core: OpenRouterCore,
    request: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExchangeAuthCodeForAPIKeyResponse, ExchangeAuthCodeForAPIKeyError]:
    """Exchange an authorization code from the PKCE flow for a user-controlled API key."""
    return invoke(core, OPERATION, request, options)


async def oauth_exchange_auth_code_for_api_key_async(
    core: OpenRouterCore,
    request: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExchangeAuthCodeForAPIKeyResponse, ExchangeAuthCodeForAPIKeyError]:
    """Exchange an authorization code from the PKCE flow for a user-controlled API key."""
    return await invoke_async(core, OPERATION, request, options)
