# Generated from the OpenRouter OpenAPI spec (updateObservabilityDestination) by `python -m codegen`; do not edit.
"""Update an observability destination: ``PATCH /observability/destinations/{id}``.

Update an existing observability destination. Only the fields provided in the request body are
updated. Management key required.
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
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.observability_filter_rules_config_nullable import (
    ObservabilityFilterRulesConfigNullable,
)
from openrouter_core.models.update_observability_destination_response import (
    UpdateObservabilityDestinationResponse,
)

__all__ = [
    "UpdateObservabilityDestinationError",
    "UpdateObservabilityDestinationRequest",
    "UpdateObservabilityDestinationResponse",
    "observability_update",
    "observability_update_async",
]


@attrs.frozen(kw_only=True)
class UpdateObservabilityDestinationRequest:
    """The parameters and JSON body of ``PATCH /observability/destinations/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The destination ID (UUID)."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes."""
    broadcast_generation_cost: bool | None = None
    """Whether to include cost and billing generation metadata."""
    broadcast_generation_identity: bool | None = None
    """Whether to include identity generation metadata."""
    broadcast_generation_request_context: bool | None = None
    """Whether to include request-context generation metadata."""
    config: dict[str, Any] | None = None
    """Provider-specific configuration fields to update."""
    enabled: bool | None = None
    """Whether the destination is enabled."""
    filter_rules: ObservabilityFilterRulesConfigNullable | Unset | None = UNSET
    """Optional structured filter rules."""
    name: str | None = None
    """Human-readable name for the destination."""
    privacy_mode: bool | None = None
    """When true, request/response bodies are not forwarded — only metadata."""
    sampling_rate: float | None = None
    """Sampling rate between 0.0001 and 1 (1 = 100%)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
UpdateObservabilityDestinationError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[
    UpdateObservabilityDestinationRequest, UpdateObservabilityDestinationResponse
] = Operation(
    operation_id="updateObservabilityDestination",
    method="PATCH",
    path="/observability/destinations/{id}",
    request_type=UpdateObservabilityDestinationRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, UpdateObservabilityDestinationResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def observability_update(
    core: OpenRouterCore,
    request: UpdateObservabilityDestinationRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateObservabilityDestinationResponse, UpdateObservabilityDestinationError]:
    """Update an existing observability destination."""
    return invoke(core, OPERATION, request, options)


async def observability_update_async(
    core: OpenRouterCore,
    request: UpdateObservabilityDestinationRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[UpdateObservabilityDestinationResponse, UpdateObservabilityDestinationError]:
    """Update an existing observability destination."""
    return await invoke_async(core, OPERATION, request, options)
