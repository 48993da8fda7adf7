# Generated from the OpenRouter OpenAPI spec (enablePrivateEndpoint) by `python -m codegen`; do not edit.
"""Enable a private endpoint: ``POST /private-endpoints/{id}/enable``.

Resume routing to a disabled endpoint. Management key required.
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
    "EnablePrivateEndpointError",
    "EnablePrivateEndpointRequest",
    "ManagedPrivateEndpointResponse",
    "private_endpoints_enable",
    "private_endpoints_enable_async",
]


@attrs.frozen(kw_only=True)
class EnablePrivateEndpointRequest:
    """The parameters of ``POST /private-endpoints/{id}/enable``."""

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
EnablePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[EnablePrivateEndpointRequest, ManagedPrivateEndpointResponse] = Operation(
    operation_id="enablePrivateEndpoint",
    method="POST",
    path="/private-endpoints/{id}/enable",
    request_type=EnablePrivateEndpointRequest,
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


def private_endpoints_enable(
    core: OpenRouterCore,
    request: EnablePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, EnablePrivateEndpointError]:
    """Resume routing to a disabled endpoint."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_enable_async(
    core: OpenRouterCore,
    request: EnablePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, EnablePrivateEndpointError]:
    """Resume routing to a disabled endpoint."""
    return await invoke_async(core, OPERATION, request, options)
