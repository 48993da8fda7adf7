# Generated from the OpenRouter OpenAPI spec (listPrivateEndpoints) by `python -m codegen`; do not edit.
"""List private endpoints: ``GET /private-endpoints``.

List the organization's private endpoints, including drafts. Requires the private endpoints
entitlement. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_private_endpoints_response import ListPrivateEndpointsResponse

__all__ = [
    "ListPrivateEndpointsError",
    "ListPrivateEndpointsRequest",
    "ListPrivateEndpointsResponse",
    "private_endpoints_list",
    "private_endpoints_list_async",
]


@attrs.frozen(kw_only=True)
class ListPrivateEndpointsRequest:
    """The parameters of ``GET /private-endpoints``."""

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
ListPrivateEndpointsError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ListPrivateEndpointsRequest, ListPrivateEndpointsResponse] = Operation(
    operation_id="listPrivateEndpoints",
    method="GET",
    path="/private-endpoints",
    request_type=ListPrivateEndpointsRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListPrivateEndpointsResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(RequestTimeoutResponseError),
        fails(InternalServerResponseError),
    ),
)


def private_endpoints_list(
    core: OpenRouterCore,
    request: ListPrivateEndpointsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListPrivateEndpointsResponse, ListPrivateEndpointsError]:
    """List the organization's private endpoints, including drafts."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_list_async(
    core: OpenRouterCore,
    request: ListPrivateEndpointsRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListPrivateEndpointsResponse, ListPrivateEndpointsError]:
    """List the organization's private endpoints, including drafts."""
    return await invoke_async(core, OPERATION, request, options)
