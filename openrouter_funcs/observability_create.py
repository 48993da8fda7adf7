# Generated from the OpenRouter OpenAPI spec (createObservabilityDestination) by `python -m codegen`; do not edit.
"""Create an observability destination: ``POST /observability/destinations``.

Create a new observability destination. A maximum of 5 destinations per type is allowed.
Defaults to the authenticated entity's default workspace; use the `workspace_id` body field to
scope to a different workspace. Management key required.
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
    BadRequestResponseError,
    ConflictResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse,
)
from openrouter_core.models.observability_filter_rules_config_nullable import (
    ObservabilityFilterRulesConfigNullable,
)

__all__ = [
    "CreateObservabilityDestinationError",
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationResponse",
    "observability_create",
    "observability_create_async",
]


@attrs.frozen(kw_only=True)
class CreateObservabilityDestinationRequest:
    """The parameters and JSON body of ``POST /observability/destinations``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes whose traffic is forwarded."""
    broadcast_generation_cost: bool | None = None
    """When true, include cost and billing generation metadata."""
    broadcast_generation_identity: bool | None = None
    """When true, include identity generation metadata."""
    broadcast_generation_request_context: bool | None = None
    """When true, include request-context generation metadata."""
    config: dict[str, Any]
    """Provider-specific configuration."""
    enabled: bool | None = None
    """Whether this destination should be enabled immediately."""
    filter_rules: ObservabilityFilterRulesConfigNullable | Unset | None = UNSET
    name: str
    """Human-readable name for the destination."""
    privacy_mode: bool | None = None
    """When true, request/response bodies are not forwarded — only metadata."""
    sampling_rate: float | None = None
    """Sampling rate between 0.0001 and 1 (1 = 100%)."""
    type: str
    """The destination type."""
    workspace_id: str | None = None
    """Optional workspace ID."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateObservabilityDestinationError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[
    CreateObservabilityDestinationRequest, CreateObservabilityDestinationResponse
] = Operation(
    operation_id="createObservabilityDestination",
    method="POST",
    path="/observability/destinations",
    request_type=CreateObservabilityDestinationRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, CreateObservabilityDestinationResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(ConflictResponseError),
        fails(InternalServerResponseError),
    ),
)


def observability_create(
    core: OpenRouterCore,
    request: CreateObservabilityDestinationRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateObservabilityDestinationResponse, CreateObservabilityDestinationError]:
    """Create a new observability destination."""
    return invoke(core, OPERATION, request, options)


async def observability_create_async(
    core: OpenRouterCore,
    request: CreateObservabilityDestinationRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateObservabilityDestinationResponse, CreateObservabilityDestinationError]:
    """Create a new observability destination."""
    return await invoke_async(core, OPERATION, request, options)
