# Generated from the OpenRouter OpenAPI spec (createExternalUser) by `python -m codegen`; do not edit.
"""Register an external user: ``POST /external-users``.

Register a caller-supplied tracking ID under the authenticated organization. No login account,
policy, or credentials are created. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    ConflictResponseError,
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
    "CreateExternalUserError",
    "CreateExternalUserRequest",
    "ExternalUserResponse",
    "external_users_create",
    "external_users_create_async",
]


@attrs.frozen(kw_only=True)
class CreateExternalUserRequest:
    """The parameters and JSON body of ``POST /external-users``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    user: str
    """Immutable case-sensitive tracking string supplied as user on inference requests or as external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding whitespace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateExternalUserError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateExternalUserRequest, ExternalUserResponse] = Operation(
    operation_id="createExternalUser",
    method="POST",
    path="/external-users",
    request_type=CreateExternalUserRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, ExternalUserResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_create(
    core: OpenRouterCore,
    request: CreateExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, CreateExternalUserError]:
    """Register a caller-supplied tracking ID under the authenticated organization."""
    return invoke(core, OPERATION, request, options)


async def external_users_create_async(
    core: OpenRouterCore,
    request: CreateExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ExternalUserResponse, CreateExternalUserError]:
    """Register a caller-supplied tracking ID under the authenticated organization."""
    return await invoke_async(core, OPERATION, request, options)
