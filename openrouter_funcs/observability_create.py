# Generated from the OpenRouter OpenAPI spec (createObservabilityDestination) by `python -m codegen`; do not edit.
"""Create an observability destination: ``POST /observability/destinations``.

Create a new observability destination. A maximum of 5 destinations per type is allowed.
Defaults to the authenticated entity's default workspace; use the `workspace_id` body field to
scope to a different workspace. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
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
from openrouter_core.models.create_observability_destination_request import (
    CreateObservabilityDestinationRequest,
)
from openrouter_core.models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullableDict,
    )

__all__ = [
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationResponse",
    "ObservabilityCreateError",
    "ObservabilityCreateRequest",
    "ObservabilityCreateRequestDict",
    "observability_create",
    "observability_create_async",
]


@attrs.frozen(kw_only=True)
class ObservabilityCreateRequest:
    """The parameters and JSON body of ``POST /observability/destinations``."""

    body: CreateObservabilityDestinationRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class ObservabilityCreateRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool | None
    broadcast_generation_identity: bool | None
    broadcast_generation_request_context: bool | None
    config: Required[dict[str, Any]]
    enabled: bool | None
    filter_rules: ObservabilityFilterRulesConfigNullableDict | None
    name: Required[str]
    privacy_mode: bool | None
    sampling_rate: float | None
    type: Required[
        Literal[
            "arize",
            "braintrust",
            "clickhouse",
            "datadog",
            "grafana",
            "langfuse",
            "langsmith",
            "newrelic",
            "opik",
            "otel-collector",
            "posthog",
            "ramp",
            "s3",
            "sentry",
            "snowflake",
            "weave",
            "webhook",
        ]
        | str
    ]
    workspace_id: str | None
    extra_fields: dict[str, Any]


ObservabilityCreateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | ConflictResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ObservabilityCreateRequest, CreateObservabilityDestinationResponse] = (
    Operation(
        operation_id="createObservabilityDestination",
        method="POST",
        path="/observability/destinations",
        request_type=ObservabilityCreateRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(CreateObservabilityDestinationRequest),
        responses=(
            ok(201, CreateObservabilityDestinationResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(ConflictResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def observability_create(
    core: OpenRouterCore,
    request: ObservabilityCreateRequest | ObservabilityCreateRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreateObservabilityDestinationResponse, ObservabilityCreateError]:
    """Create a new observability destination."""
    return invoke(core, OPERATION, request, options)


async def observability_create_async(
    core: OpenRouterCore,
    request: ObservabilityCreateRequest | ObservabilityCreateRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[CreateObservabilityDestinationResponse, ObservabilityCreateError]:
    """Create a new observability destination."""
    return await invoke_async(core, OPERATION, request, options)
