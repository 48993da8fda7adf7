# Generated from the OpenRouter OpenAPI spec (createPrivateEndpoint) by `python -m codegen`; do not edit.
"""Create a private endpoint: ``POST /private-endpoints``.

Create a private endpoint as a draft. Drafts are not routable: validate one with `POST
/private-endpoints/{id}/validate`, then activate it with `POST
/private-endpoints/{id}/activate`. Pass `activate` to do all three in one call; if validation
fails the draft is kept and returned with the failed checks. Send an `Idempotency-Key` header to
make retries safe: a repeated key with the same request returns the endpoint the first request
created; reusing it with different fields returns 422 `idempotency_key_reused`. Management key
required.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BadGatewayUnion``, not the body its class names elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core._unset import UNSET, Unset
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
from openrouter_core.models.bad_gateway_union import BadGatewayUnion
from openrouter_core.models.conflict_union import ConflictUnion
from openrouter_core.models.internal_server_error_union import InternalServerErrorUnion
from openrouter_core.models.managed_private_endpoint_response import ManagedPrivateEndpointResponse
from openrouter_core.models.not_found_union import NotFoundUnion
from openrouter_core.models.private_endpoint_activation import PrivateEndpointActivation
from openrouter_core.models.private_endpoint_pricing import PrivateEndpointPricing
from openrouter_core.models.unprocessable_entity_union import UnprocessableEntityUnion

__all__ = [
    "CreatePrivateEndpointError",
    "CreatePrivateEndpointRequest",
    "ManagedPrivateEndpointResponse",
    "private_endpoints_create",
    "private_endpoints_create_async",
]


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointRequest:
    """The parameters and JSON body of ``POST /private-endpoints``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    idempotency_key: str | None = attrs.field(default=None, metadata={"wire": "idempotency-key"})
    """Retry-safe create: a repeated create with the same key from the same organization returns the endpoint the first request created instead of creating another."""
    model_permaslug: str
    """Permanent slug of the model this endpoint serves."""
    provider_slug: str
    """Slug of the upstream provider."""
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    activate: PrivateEndpointActivation | None = None
    """Validate and activate in the same call."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``, ``"us"``."""
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    pricing: PrivateEndpointPricing | None = None
    """Negotiated per-token rates reported for requests routed to this endpoint."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreatePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreatePrivateEndpointRequest, ManagedPrivateEndpointResponse] = Operation(
    operation_id="createPrivateEndpoint",
    method="POST",
    path="/private-endpoints",
    request_type=CreatePrivateEndpointRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
        header("idempotency_key", "idempotency-key"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, ManagedPrivateEndpointResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError, body=NotFoundUnion),
        fails(RequestTimeoutResponseError),
        fails(ConflictResponseError, body=ConflictUnion),
        fails(UnprocessableEntityResponseError, body=UnprocessableEntityUnion),
        fails(InternalServerResponseError, body=InternalServerErrorUnion),
        fails(BadGatewayResponseError, body=BadGatewayUnion),
    ),
)


def private_endpoints_create(
    core: OpenRouterCore,
    request: CreatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, CreatePrivateEndpointError]:
    """Create a private endpoint as a draft."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_create_async(
    core: OpenRouterCore,
    request: CreatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ManagedPrivateEndpointResponse, CreatePrivateEndpointError]:
    """Create a private endpoint as a draft."""
    return await invoke_async(core, OPERATION, request, options)
