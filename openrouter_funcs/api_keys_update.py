# Generated from the OpenRouter OpenAPI spec (updateKeys) by `python -m codegen`; do not edit.
"""Update an API key: ``PATCH /keys/{hash}``.

Update an existing API key. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_keys_response import UpdateKeysResponse, UpdateKeysResponseData

__all__ = [
    "UpdateKeysError",
    "UpdateKeysRequest",
    "UpdateKeysResponse",
    "UpdateKeysResponseData",
    "api_keys_update",
    "api_keys_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateKeysRequest:
    """The parameters and JSON body of ``PATCH /keys/{hash}``."""

    hash: str = attrs.field(metadata={"wire": "hash"})
    """The hash identifier of the API key to update."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    disabled: bool | None = None
    """Whether to disable the API key."""
    include_byok_in_limit: bool | None = None
    """Whether to include BYOK usage in the limit."""
    limit: float | Unset | None = UNSET
    """New spending limit for the API key in USD."""
    limit_reset: str | Unset | None = UNSET
    """New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Known values: ``"daily"``, ``"weekly"``, ``"monthly"``."""
    name: str | None = None
    """New name for the API key."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateKeysError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateKeysRequest, UpdateKeysResponse] = Operation(
    operation_id="updateKeys",
    method="PATCH",
    path="/keys/{hash}",
    request_type=UpdateKeysRequest,
    params=(
        path("hash", "hash"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, UpdateKeysResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def api_keys_update(
    core: OpenRouterCore,
    request: UpdateKeysRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateKeysResponse, UpdateKeysError]:
    """Update an existing API key."""
    return invoke(core, OPERATION, request, options)


async def api_keys_update_async(
    core: OpenRouterCore,
    request: UpdateKeysRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateKeysResponse, UpdateKeysError]:
    """Update an existing API key."""
    return await invoke_async(core, OPERATION, request, options)
