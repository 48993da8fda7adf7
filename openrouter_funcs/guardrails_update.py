# Generated from the OpenRouter OpenAPI spec (updateGuardrail) by `python -m codegen`; do not edit.
"""Update a guardrail: ``PATCH /guardrails/{id}``.

Update an existing guardrail, or materialize an unconfigured workspace default guardrail.
Collection fields use replace semantics: send the full desired set on every update. Management
key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

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

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInputDict,
    )
    from openrouter_core.dicts.content_filter_entry import ContentFilterEntryDict

__all__ = [
    "GuardrailsUpdateError",
    "GuardrailsUpdateRequest",
    "GuardrailsUpdateRequestDict",
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


class GuardrailsUpdateRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str
    allowed_models: list[str] | None
    allowed_providers: list[str] | None
    content_filter_builtins: list[ContentFilterBuiltinEntryInputDict] | None
    content_filters: list[ContentFilterEntryDict] | None
    description: str | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    enforce_zdr_xai: bool | None
    ignored_models: list[str] | None
    ignored_providers: list[str] | None
    include_byok_in_budgets: bool | None
    limit_usd: float | None
    name: str | None
    reset_interval: Literal["daily", "weekly", "monthly"] | str | None
    extra_fields: dict[str, Any]


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
    request: GuardrailsUpdateRequest | GuardrailsUpdateRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail."""
    return invoke(core, OPERATION, request, options)


async def guardrails_update_async(
    core: OpenRouterCore,
    request: GuardrailsUpdateRequest | GuardrailsUpdateRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[UpdateGuardrailResponse, GuardrailsUpdateError]:
    """Update an existing guardrail, or materialize an unconfigured workspace default guardrail."""
    return await invoke_async(core, OPERATION, request, options)
