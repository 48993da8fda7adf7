# Generated from the OpenRouter OpenAPI spec (createKeys) by `python -m codegen`; do not edit.
"""Create a new API key: ``POST /keys``.

Create a new API key for the authenticated user. The plaintext `key` is returned only in this
response. Treat it as a write-only, sensitive value; it cannot be retrieved later. Management
key required.
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
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_keys_response import CreateKeysResponse, CreateKeysResponseData

__all__ = [
    "CreateKeysError",
    "CreateKeysRequest",
    "CreateKeysResponse",
    "CreateKeysResponseData",
    "api_keys_create",
    "api_keys_create_async",
]


@attrs.frozen(kw_only=True)
class CreateKeysRequest:
    """The parameters and JSON body of ``POST /keys``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    creator_user_id: str | Unset | None = UNSET
    """Optional user ID of the key creator."""
    expires_at: datetime | Unset | None = UNSET
    """Optional ISO 8601 UTC timestamp when the API key should expire."""
    include_byok_in_limit: bool | None = None
    """Whether to include BYOK usage in the limit."""
    limit: float | Unset | None = UNSET
    """Optional spending limit for the API key in USD."""
    limit_reset: str | Unset | None = UNSET
    """Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Known values: ``"daily"``, ``"weekly"``, ``"monthly"``."""
    name: str
    """Name for the new API key."""
    workspace_id: str | None = None
    """The workspace to create the API key in."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateKeysError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateKeysRequest, CreateKeysResponse] = Operation(
    operation_id="createKeys",
    method="POST",
    path="/keys",
    request_type=CreateKeysRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, CreateKeysResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def api_keys_create(
    core: OpenRouterCore,
    request: CreateKeysRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateKeysResponse, CreateKeysError]:
    """Create a new API key for the authenticated user."""
    return invoke(core, OPERATION, request, options)


async def api_keys_create_async(
    core: OpenRouterCore,
    request: CreateKeysRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateKeysResponse, CreateKeysError]:
    """Create a new API key for the authenticated user."""
    return await invoke_async(core, OPERATION, request, options)
