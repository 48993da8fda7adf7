# Generated from the OpenRouter OpenAPI spec (deletePrivateEndpoint) by `python -m codegen`; do not edit.
"""Delete a private endpoint: ``DELETE /private-endpoints/{id}``.

Delete a private endpoint and stop routing to it. Pass `draft_only=true` to refuse (409) when
the endpoint has been activated. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path, query
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
from openrouter_core.models.delete_private_endpoint_response import DeletePrivateEndpointResponse

__all__ = [
    "DeletePrivateEndpointError",
    "DeletePrivateEndpointRequest",
    "DeletePrivateEndpointResponse",
    "private_endpoints_delete",
    "private_endpoints_delete_async",
]


@attrs.frozen(kw_only=True)
class DeletePrivateEndpointRequest:
    """The parameters of ``DELETE /private-endpoints/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """Stable identifier of the private endpoint."""
    draft_only: str | None = attrs.field(default=None, metadata={"wire": "draft_only"})
    """When `true`, only delete the endpoint if it is still a draft (409 otherwise)."""
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
DeletePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DeletePrivateEndpointRequest, DeletePrivateEndpointResponse] = Operation(
    operation_id="deletePrivateEndpoint",
    method="DELETE",
    path="/private-endpoints/{id}",
    request_type=DeletePrivateEndpointRequest,
    params=(
        path("id", "id"),
        query("draft_only", "draft_only"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, DeletePrivateEndpointResponse),
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


def private_endpoints_delete(
    core: OpenRouterCore,
    request: DeletePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DeletePrivateEndpointResponse, DeletePrivateEndpointError]:
    """Delete a private endpoint and stop routing to it."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_delete_async(
    core: OpenRouterCore,
    request: DeletePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DeletePrivateEndpointResponse, DeletePrivateEndpointError]:
    """Delete a private endpoint and stop routing to it."""
    return await invoke_async(core, OPERATION, request, options)
