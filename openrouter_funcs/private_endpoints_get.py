# Generated from the OpenRouter OpenAPI spec (getPrivateEndpoint) by `python -m codegen`; do not edit.
"""Get a private endpoint: ``GET /private-endpoints/{id}``.

Get one private endpoint with its upstream configuration and current pricing. Management key
required.
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
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.private_endpoint_response import PrivateEndpointResponse

__all__ = [
    "GetPrivateEndpointError",
    "GetPrivateEndpointRequest",
    "PrivateEndpointResponse",
    "private_endpoints_get",
    "private_endpoints_get_async",
]


@attrs.frozen(kw_only=True)
class GetPrivateEndpointRequest:
    """The parameters of ``GET /private-endpoints/{id}``."""

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
GetPrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GetPrivateEndpointRequest, PrivateEndpointResponse] = Operation(
    operation_id="getPrivateEndpoint",
    method="GET",
    path="/private-endpoints/{id}",
    request_type=GetPrivateEndpointRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, PrivateEndpointResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(RequestTimeoutResponseError),
        fails(InternalServerResponseError),
    ),
)


def private_endpoints_get(
    core: OpenRouterCore,
    request: GetPrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, GetPrivateEndpointError]:
    """Get one private endpoint with its upstream configuration and current pricing."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_get_async(
    core: OpenRouterCore,
    request: GetPrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, GetPrivateEndpointError]:
    """Get one private endpoint with its upstream configuration and current pricing."""
    return await invoke_async(core, OPERATION, request, options)
