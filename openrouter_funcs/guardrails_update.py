# Generated from the OpenRouter OpenAPI spec (updateGuardrail) by `python -m codegen`; do not edit.
"""Update a guardrail: ``PATCH /guardrails/{id}``.

Update an existing guardrail, or materialize an unconfigured workspace default guardrail.
Collection fields use replace semantics: send the full desired set on every update. Management
key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.update_guardrail_request import UpdateGuardrailRequest
from openrouter_core.models.update_guardrail_response import UpdateGuardrailResponse

__all__ = [
    "GuardrailsUpdateError",
    "GuardrailsUpdateRequest",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "guardrails_update",
    "guardrails_update_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsUpdateRequest:
    """The parameters and JSON body of ``PATCH /guardrails/{id}``."""

    body: UpdateGuardrailRequest = attrs.field(factory=UpdateGuardrailRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail to update."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


GuardrailsUpdateError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GuardrailsUpdateRequest, UpdateGuardrailResponse] = Operation(
    operation_id="updateGuardrail",
    method="PATCH",
    path="/guardrails/{id}",
    request_type=GuardrailsUpdateRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(UpdateGuardrailRequest),
    responses=(
        ok(200, UpdateGuardrailResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_update(
    core: OpenRouterCore,
    request: GuardrailsUpdateRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail."""
    return invoke(core, OPERATION, request, options)


async def guardrails_update_async(
    core: OpenRouterCore,
    request: GuardrailsUpdateRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail."""
    return await invoke_async(core, OPERATION, request, options)
