# Generated from the OpenRouter OpenAPI spec (deleteExternalUser) by `python -m codegen`; do not edit.
"""Deactivate a registered external user: ``DELETE /external-users/{user}``.

Soft-deactivate a registration while retaining its tracking ID. Repeat deactivation succeeds.
This does not block inference; reactivate through PATCH. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok_empty, path
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

__all__ = [
    "DeleteExternalUserError",
    "DeleteExternalUserRequest",
    "external_users_delete",
    "external_users_delete_async",
]


@attrs.frozen(kw_only=True)
class DeleteExternalUserRequest:
    """The parameters of ``DELETE /external-users/{user}``."""

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
DeleteExternalUserError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DeleteExternalUserRequest, None] = Operation(
    operation_id="deleteExternalUser",
    method="DELETE",
    path="/external-users/{user}",
    request_type=DeleteExternalUserRequest,
    params=(
        path("user", "user"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_empty(204),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def external_users_delete(
    core: OpenRouterCore,
    request: DeleteExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, DeleteExternalUserError]:
    """Soft-deactivate a registration while retaining its tracking ID."""
    return invoke(core, OPERATION, request, options)


async def external_users_delete_async(
    core: OpenRouterCore,
    request: DeleteExternalUserRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[None, DeleteExternalUserError]:
    """Soft-deactivate a registration while retaining its tracking ID."""
    return await invoke_async(core, OPERATION, request, options)
