# Generated from the OpenRouter OpenAPI spec (createAuthKeysCode) by `python -m codegen`; do not edit.
"""Create authorization code: ``POST /auth/keys/code``.

Create an authorization code for the PKCE flow to generate a user-controlled API key
"""

from __future__ import annotations

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
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
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
    """The parameters and JSON body of ``POST /auth/keys/code``."""

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


class OauthCreateAuthCodeRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

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


OauthCreateAuthCodeError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | ConflictResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

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
    options: RequestOptions | None = None,
) -> Result[OauthCreateAuthCodeResponse, OauthCreateAuthCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key."""
    return invoke(core, OPERATION, request, options)


async def oauth_create_auth_code_async(
    core: OpenRouterCore,
    request: OauthCreateAuthCodeRequest | OauthCreateAuthCodeRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[OauthCreateAuthCodeResponse, OauthCreateAuthCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key."""
    return await invoke_async(core, OPERATION, request, options)
