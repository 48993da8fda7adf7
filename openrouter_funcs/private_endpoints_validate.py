# Generated from the OpenRouter OpenAPI spec (validatePrivateEndpoint) by `python -m codegen`; do not edit.
"""Validate a draft private endpoint: ``POST /private-endpoints/{id}/validate``.

Send a live test request to the draft endpoint using the given workspace's BYOK credential for
its provider. A passing validation is required before activation. Failed checks return 200 with
`passed: false`. Management key required.
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
from openrouter_core.models.private_endpoint_validation_response import (
    PrivateEndpointValidationResponse,
)

__all__ = [
    "PrivateEndpointValidationResponse",
    "ValidatePrivateEndpointError",
    "ValidatePrivateEndpointRequest",
    "private_endpoints_validate",
    "private_endpoints_validate_async",
]


@attrs.frozen(kw_only=True)
class ValidatePrivateEndpointRequest:
    """The parameters and JSON body of ``POST /private-endpoints/{id}/validate``."""

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
    workspace_id: str
    """Workspace whose BYOK credential is used for the live validation call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
ValidatePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ValidatePrivateEndpointRequest, PrivateEndpointValidationResponse] = Operation(
    operation_id="validatePrivateEndpoint",
    method="POST",
    path="/private-endpoints/{id}/validate",
    request_type=ValidatePrivateEndpointRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, PrivateEndpointValidationResponse),
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


def private_endpoints_validate(
    core: OpenRouterCore,
    request: ValidatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointValidationResponse, ValidatePrivateEndpointError]:
    """Send a live test request to the draft endpoint using the given workspace's BYOK credential for its provider."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_validate_async(
    core: OpenRouterCore,
    request: ValidatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointValidationResponse, ValidatePrivateEndpointError]:
    """Send a live test request to the draft endpoint using the given workspace's BYOK credential for its provider."""
    return await invoke_async(core, OPERATION, request, options)
