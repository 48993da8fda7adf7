# Generated from the OpenRouter OpenAPI spec (disablePrivateEndpoint) by `python -m codegen`; do not edit.
"""Disable a private endpoint: ``POST /private-endpoints/{id}/disable``.

Stop routing to an active endpoint without deleting it. Management key required.
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
    BadGatewayResponseError,
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
    UnprocessableEntityResponseError,
)
from openrouter_core.models.managed_private_endpoint_response import ManagedPrivateEndpointResponse

__all__ = [
    "DisablePrivateEndpointError",
    "DisablePrivateEndpointRequest",
    "ManagedPrivateEndpointResponse",
    "private_endpoints_disable",
    "private_endpoints_disable_async",
]


@attrs.frozen(kw_only=True)
class DisablePrivateEndpointRequest:
    """The parameters of ``POST /private-endpoints/{id}/disable``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """Stable identifier of the private endpoint."""
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
DisablePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DisablePrivateEndpointRequest, ManagedPrivateEndpointResponse] = Operation(
    operation_id="disablePrivateEndpoint",
    method="POST",
    path="/private-endpoints/{id}/disable",
    request_type=DisablePrivateEndpointRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ManagedPrivateEndpointResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError),
        fails(UnprocessableEntityResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
    ),
)


def private_endpoints_disable(
    core: OpenRouterCore,
    request: DisablePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, DisablePrivateEndpointError]:
    """Stop routing to an active endpoint without deleting it."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_disable_async(
    core: OpenRouterCore,
    request: DisablePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, DisablePrivateEndpointError]:
    """Stop routing to an active endpoint without deleting it."""
    return await invoke_async(core, OPERATION, request, options)
