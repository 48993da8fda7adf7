# Generated from the OpenRouter OpenAPI spec (activatePrivateEndpoint) by `python -m codegen`; do not edit.
"""Activate a validated private endpoint: ``POST /private-endpoints/{id}/activate``.

Make a validated draft routable. Returns 409 when the endpoint was never validated, the
validation is stale, or it is already active. Management key required.
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
    "ActivatePrivateEndpointError",
    "ActivatePrivateEndpointRequest",
    "ManagedPrivateEndpointResponse",
    "private_endpoints_activate",
    "private_endpoints_activate_async",
]


@attrs.frozen(kw_only=True)
class ActivatePrivateEndpointRequest:
    """The parameters of ``POST /private-endpoints/{id}/activate``."""

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
ActivatePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ActivatePrivateEndpointRequest, ManagedPrivateEndpointResponse] = Operation(
    operation_id="activatePrivateEndpoint",
    method="POST",
    path="/private-endpoints/{id}/activate",
    request_type=ActivatePrivateEndpointRequest,
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


def private_endpoints_activate(
    core: OpenRouterCore,
    request: ActivatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, ActivatePrivateEndpointError]:
    """Make a validated draft routable."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_activate_async(
    core: OpenRouterCore,
    request: ActivatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, ActivatePrivateEndpointError]:
    """Make a validated draft routable."""
    return await invoke_async(core, OPERATION, request, options)
