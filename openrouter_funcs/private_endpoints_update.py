# Generated from the OpenRouter OpenAPI spec (updatePrivateEndpoint) by `python -m codegen`; do not edit.
"""Update a draft private endpoint: ``PATCH /private-endpoints/{id}``.

Replace a draft endpoint's upstream configuration: send `upstream_model_id`, and `base_url` to
change it (an omitted `base_url` keeps the stored one). Omitted data-policy declarations are
kept while the upstream is unchanged and cleared when it changes. Any change clears earlier
validation. Active endpoints return 409; delete and re-create them instead. Management key
required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok, path
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
from openrouter_core.models.private_endpoint_response import PrivateEndpointResponse

__all__ = [
    "PrivateEndpointResponse",
    "UpdatePrivateEndpointError",
    "UpdatePrivateEndpointRequest",
    "private_endpoints_update",
    "private_endpoints_update_async",
]


@attrs.frozen(kw_only=True)
class UpdatePrivateEndpointRequest:
    """The parameters and JSON body of ``PATCH /private-endpoints/{id}``."""

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
    upstream_model_id: str
    """Model or deployment identifier sent to the upstream provider."""
    base_url: str | None = None
    """HTTPS base URL of your deployment."""
    declared_region: str | Unset | None = UNSET
    """Attest where this deployment processes data. Known values: ``"global"``, ``"europe"``, ``"us"``."""
    declared_zdr: bool | Unset | None = UNSET
    """Attest that this deployment retains no prompt or completion data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdatePrivateEndpointError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[UpdatePrivateEndpointRequest, PrivateEndpointResponse] = Operation(
    operation_id="updatePrivateEndpoint",
    method="PATCH",
    path="/private-endpoints/{id}",
    request_type=UpdatePrivateEndpointRequest,
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


def private_endpoints_update(
    core: OpenRouterCore,
    request: UpdatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, UpdatePrivateEndpointError]:
    """Replace a draft endpoint's upstream configuration: send `upstream_model_id`, and `base_url` to change it (an omitted `base_url` keeps the stored one)."""
    return invoke(core, OPERATION, request, options)


async def private_endpoints_update_async(
    core: OpenRouterCore,
    request: UpdatePrivateEndpointRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[PrivateEndpointResponse, UpdatePrivateEndpointError]:
    """Replace a draft endpoint's upstream configuration: send `upstream_model_id`, and `base_url` to change it (an omitted `base_url` keeps the stored one)."""
    return await invoke_async(core, OPERATION, request, options)
