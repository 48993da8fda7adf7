# Generated from the OpenRouter OpenAPI spec (updatePrivateEndpointPricing) by `python -m codegen`; do not edit.
"""Set private endpoint pricing: ``PUT /private-endpoints/{id}/pricing``.

Set the negotiated per-token rates reported for requests routed to this endpoint. Applies to
drafts and active endpoints; new rates take effect for subsequent requests. The body replaces
the whole pricing object: omitting `cache_read` or `cache_write` reverts that rate to the
provider pricing strategy's default, even if it was set before. Management key required.
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
from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing
from openrouter_core.models.private_endpoint_response import PrivateEndpointResponse

__all__ = [
    "PrivateEndpointResponse",
    "UpdatePrivateEndpointPricingError",
    "UpdatePrivateEndpointPricingRequest",
    "private_endpoints_update_pricing",
    "private_endpoints_update_pricing_async",
]


@attrs.frozen(kw_only=True)
class UpdatePrivateEndpointPricingRequest:
    """The parameters and JSON body of ``PUT /private-endpoints/{id}/pricing``."""

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
    pricing: PrivateEndpointPricing
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdatePrivateEndpointPricingError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdatePrivateEndpointPricingRequest, PrivateEndpointResponse] = Operation(
    operation_id="updatePrivateEndpointPricing",
    method="PUT",
    path="/private-endpoints/{id}/pricing",
    request_type=UpdatePrivateEndpointPricingRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, PrivateEndpointResponse),
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


def private_endpoints_update_pricing(
    core: OpenRouterCore,
    request: UpdatePrivateEndpointPricingRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, UpdatePrivateEndpointPricingError]:
    """Set the negotiated per-token rates reported for requests routed to this endpoint."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_update_pricing_async(
    core: OpenRouterCore,
    request: UpdatePrivateEndpointPricingRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, UpdatePrivateEndpointPricingError]:
    """Set the negotiated per-token rates reported for requests routed to this endpoint."""
    return await invoke_async(core, OPERATION, request, options)
