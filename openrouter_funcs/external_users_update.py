# Generated from the OpenRouter OpenAPI spec (updateExternalUser) by `python -m codegen`; do not edit.
"""Update a registered external user: ``PATCH /external-users/{user}``.

Update registration state without changing identity. State changes do not enforce inference
access. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
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
from openrouter_core.models.external_user_response import ExternalUserResponse

__all__ = [
    "ExternalUserResponse",
    "UpdateExternalUserError",
    "UpdateExternalUserRequest",
    "external_users_update",
    "external_users_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateExternalUserRequest:
    """The parameters and JSON body of ``PATCH /external-users/{user}``."""

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
    is_active: bool
    """Registration state only; does not enforce inference access."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateExternalUserError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdateExternalUserRequest, ExternalUserResponse] = Operation(
    operation_id="updateExternalUser",
    method="PATCH",
    path="/external-users/{user}",
    request_type=UpdateExternalUserRequest,
    params=(
        path("user", "user"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, ExternalUserResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_update(
    core: OpenRouterCore,
    request: UpdateExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, UpdateExternalUserError]:
    """Update registration state without changing identity."""
    return invoke(core, OPERATION, request, options)


async def external_users_update_async(
    core: OpenRouterCore,
    request: UpdateExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, UpdateExternalUserError]:
    """Update registration state without changing identity."""
    return await invoke_async(core, OPERATION, request, options)
