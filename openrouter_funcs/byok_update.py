# Generated from the OpenRouter OpenAPI spec (updateBYOKKey) by `python -m codegen`; do not edit.
"""Update a BYOK provider credential: ``PATCH /byok/{id}``.

Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
field to rotate the raw provider API key in-place (the previous key material is overwritten).
Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null`
clears the restriction). Management key required.
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
    UnauthorizedResponseError,
)
from openrouter_core.models.update_byok_key_response import UpdateBYOKKeyResponse

__all__ = [
    "UpdateBYOKKeyError",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyResponse",
    "byok_update",
    "byok_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateBYOKKeyRequest:
    """The parameters and JSON body of ``PATCH /byok/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The BYOK credential ID (UUID)."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    allowed_api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this credential."""
    allowed_models: list[str] | Unset | None = UNSET
    """Optional allowlist of model slugs this credential may be used for."""
    allowed_user_ids: list[str] | Unset | None = UNSET
    """Optional allowlist of user IDs that may use this credential."""
    disabled: bool | None = None
    """Whether this credential is disabled."""
    is_fallback: bool | None = None
    """Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried."""
    key: str | None = None
    """A new raw provider API key to rotate the credential in-place."""
    name: str | Unset | None = UNSET
    """Optional human-readable name for the credential."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateBYOKKeyError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateBYOKKeyRequest, UpdateBYOKKeyResponse] = Operation(
    operation_id="updateBYOKKey",
    method="PATCH",
    path="/byok/{id}",
    request_type=UpdateBYOKKeyRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, UpdateBYOKKeyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def byok_update(
    core: OpenRouterCore,
    request: UpdateBYOKKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateBYOKKeyResponse, UpdateBYOKKeyError]:
    """Update an existing bring-your-own-key (BYOK) provider credential by its `id`."""
    return invoke(core, OPERATION, request, options)


async def byok_update_async(
    core: OpenRouterCore,
    request: UpdateBYOKKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateBYOKKeyResponse, UpdateBYOKKeyError]:
    """Update an existing bring-your-own-key (BYOK) provider credential by its `id`."""
    return await invoke_async(core, OPERATION, request, options)
