# Generated from the OpenRouter OpenAPI spec (getExternalUser) by `python -m codegen`; do not edit.
"""Get a registered external user: ``GET /external-users/{user}``.

Retrieve an active or inactive registration by its URL-encoded, caller-supplied tracking ID.
Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.external_user_response import ExternalUserResponse

__all__ = [
    "ExternalUserResponse",
    "GetExternalUserError",
    "GetExternalUserRequest",
    "external_users_get",
    "external_users_get_async",
]


@attrs.frozen(kw_only=True)
class GetExternalUserRequest:
    """The parameters of ``GET /external-users/{user}``."""

    user: str = attrs.field(metadata={"wire": "user"})
    """Immutable case-sensitive tracking string supplied as user on inference requests or as external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding whitespace."""
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
GetExternalUserError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetExternalUserRequest, ExternalUserResponse] = Operation(
    operation_id="getExternalUser",
    method="GET",
    path="/external-users/{user}",
    request_type=GetExternalUserRequest,
    params=(
        path("user", "user"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ExternalUserResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_get(
    core: OpenRouterCore,
    request: GetExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, GetExternalUserError]:
    """Retrieve an active or inactive registration by its URL-encoded, caller-supplied tracking ID."""
    return invoke(core, OPERATION, request, options)


async def external_users_get_async(
    core: OpenRouterCore,
    request: GetExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, GetExternalUserError]:
    """Retrieve an active or inactive registration by its URL-encoded, caller-supplied tracking ID."""
    return await invoke_async(core, OPERATION, request, options)
