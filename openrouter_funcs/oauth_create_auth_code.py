# Generated from the OpenRouter OpenAPI spec (createAuthKeysCode) by `python -m codegen`; do not edit.
"""Create authorization code: ``POST /auth/keys/code``.

Create an authorization code for the PKCE flow to generate a user-controlled API key
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
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
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_auth_keys_code_response import (
    CreateAuthKeysCodeResponse,
    CreateAuthKeysCodeResponseData,
)

__all__ = [
    "CreateAuthKeysCodeError",
    "CreateAuthKeysCodeRequest",
    "CreateAuthKeysCodeResponse",
    "CreateAuthKeysCodeResponseData",
    "oauth_create_auth_code",
    "oauth_create_auth_code_async",
]


@attrs.frozen(kw_only=True)
class CreateAuthKeysCodeRequest:
    """The parameters and JSON body of ``POST /auth/keys/code``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    callback_url: str
    """The callback URL to redirect to after authorization."""
    code_challenge: str | None = None
    """PKCE code challenge for enhanced security."""
    code_challenge_method: str | None = None
    """The method used to generate the code challenge. Known values: ``"S256"``, ``"plain"``."""
    expires_at: datetime | Unset | None = UNSET
    """Optional expiration time for the API key to be created."""
    key_label: str | None = None
    """Optional custom label for the API key."""
    limit: float | None = None
    """Credit limit for the API key to be created."""
    spawn_agent: str | None = None
    """Agent identifier for spawn telemetry."""
    spawn_cloud: str | None = None
    """Cloud identifier for spawn telemetry."""
    usage_limit_type: str | None = None
    """Optional credit limit reset interval. Known values: ``"daily"``, ``"weekly"``, ``"monthly"``."""
    workspace_id: str | None = None
    """Optional workspace ID to associate the API key with."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateAuthKeysCodeError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateAuthKeysCodeRequest, CreateAuthKeysCodeResponse] = Operation(
    operation_id="createAuthKeysCode",
    method="POST",
    path="/auth/keys/code",
    request_type=CreateAuthKeysCodeRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, CreateAuthKeysCodeResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def oauth_create_auth_code(
    core: OpenRouterCore,
    request: CreateAuthKeysCodeRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateAuthKeysCodeResponse, CreateAuthKeysCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key."""
    return invoke(core, OPERATION, request, options)


async def oauth_create_auth_code_async(
    core: OpenRouterCore,
    request: CreateAuthKeysCodeRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateAuthKeysCodeResponse, CreateAuthKeysCodeError]:
    """Create an authorization code for the PKCE flow to generate a user-controlled API key."""
    return await invoke_async(core, OPERATION, request, options)
