# Generated from the OpenRouter OpenAPI spec (createBYOKKey) by `python -m codegen`; do not edit.
"""Create a BYOK provider credential: ``POST /byok``.

Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
never returned in API responses. When `workspace_id` is omitted, the credential is created in
the default workspace; if that default has been deleted, the request returns a 400 and you must
pass `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after
creation. Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API
keys. Management key required.
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
    UnauthorizedResponseError,
)
from openrouter_core.models.create_byok_key_response import CreateBYOKKeyResponse

__all__ = [
    "CreateBYOKKeyError",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyResponse",
    "byok_create",
    "byok_create_async",
]


@attrs.frozen(kw_only=True)
class CreateBYOKKeyRequest:
    """The parameters and JSON body of ``POST /byok``."""

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
    """Whether this credential should be created in a disabled state."""
    is_fallback: bool | None = None
    """Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried."""
    key: str
    """The raw provider API key or credential."""
    name: str | Unset | None = UNSET
    """Optional human-readable name for the credential."""
    provider: str
    """The upstream provider this credential authenticates against, as a lowercase slug (e.g. `openai`, `anthropic`, `amazon-bedrock`). Known values: :class:`BYOKProviderSlug`."""
    workspace_id: str | None = None
    """Optional workspace ID to scope the credential to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateBYOKKeyError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateBYOKKeyRequest, CreateBYOKKeyResponse] = Operation(
    operation_id="createBYOKKey",
    method="POST",
    path="/byok",
    request_type=CreateBYOKKeyRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, CreateBYOKKeyResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def byok_create(
    core: OpenRouterCore,
    request: CreateBYOKKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateBYOKKeyResponse, CreateBYOKKeyError]:
    """Create a new bring-your-own-key (BYOK) provider credential."""
    return invoke(core, OPERATION, request, options)


async def byok_create_async(
    core: OpenRouterCore,
    request: CreateBYOKKeyRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateBYOKKeyResponse, CreateBYOKKeyError]:
    """Create a new bring-your-own-key (BYOK) provider credential."""
    return await invoke_async(core, OPERATION, request, options)
