# Generated from the OpenRouter OpenAPI spec (createGuardrail) by `python -m codegen`; do not edit.
"""Create a guardrail: ``POST /guardrails``.

Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing
until it is assigned to API keys or organization members; `workspace_id` places the guardrail in
a workspace but does not apply it to that workspace's traffic. To restrict all traffic in a
workspace, update the workspace's default guardrail instead. Management key required.
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
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
from openrouter_core.models.content_filter_entry import ContentFilterEntry
from openrouter_core.models.create_guardrail_response import CreateGuardrailResponse

__all__ = [
    "CreateGuardrailError",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "guardrails_create",
    "guardrails_create_async",
]


@attrs.frozen(kw_only=True)
class CreateGuardrailRequest:
    """The parameters and JSON body of ``POST /guardrails``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    allowed_models: list[str] | Unset | None = UNSET
    """Array of model identifiers (slug or canonical_slug accepted)."""
    allowed_providers: list[str] | Unset | None = UNSET
    """List of allowed provider IDs."""
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | Unset | None = UNSET
    """Builtin content filters to apply."""
    content_filters: list[ContentFilterEntry] | Unset | None = UNSET
    """Custom regex content filters to apply to request messages."""
    description: str | Unset | None = UNSET
    """Description of the guardrail."""
    enable_free_model_publication: bool | Unset | None = UNSET
    """Whether this guardrail allows free endpoints that publish prompts."""
    enable_free_model_training: bool | Unset | None = UNSET
    """Whether this guardrail allows free endpoints that train on request data."""
    enable_paid_model_training: bool | Unset | None = UNSET
    """Whether this guardrail allows paid endpoints that train on request data."""
    enforce_zdr: bool | Unset | None = UNSET
    """Deprecated. Deprecated."""
    enforce_zdr_anthropic: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for Anthropic models."""
    enforce_zdr_google: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for Google models."""
    enforce_zdr_openai: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for OpenAI models."""
    enforce_zdr_other: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI."""
    enforce_zdr_xai: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for xAI models."""
    ignored_models: list[str] | Unset | None = UNSET
    """Array of model identifiers to exclude from routing (slug or canonical_slug accepted)."""
    ignored_providers: list[str] | Unset | None = UNSET
    """List of provider IDs to exclude from routing."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend."""
    limit_usd: float | Unset | None = UNSET
    """Spending limit in USD."""
    name: str
    """Name for the new guardrail."""
    reset_interval: str | Unset | None = UNSET
    """Interval at which the limit resets (daily, weekly, monthly). Known values: :class:`GuardrailInterval`."""
    workspace_id: str | None = None
    """The workspace to create the guardrail in."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateGuardrailError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateGuardrailRequest, CreateGuardrailResponse] = Operation(
    operation_id="createGuardrail",
    method="POST",
    path="/guardrails",
    request_type=CreateGuardrailRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(201, CreateGuardrailResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_create(
    core: OpenRouterCore,
    request: CreateGuardrailRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateGuardrailResponse, CreateGuardrailError]:
    """Create a new guardrail for the authenticated user."""
    return invoke(core, OPERATION, request, options)


async def guardrails_create_async(
    core: OpenRouterCore,
    request: CreateGuardrailRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[CreateGuardrailResponse, CreateGuardrailError]:
    """Create a new guardrail for the authenticated user."""
    return await invoke_async(core, OPERATION, request, options)
