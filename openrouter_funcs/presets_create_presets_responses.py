# Generated from the OpenRouter OpenAPI spec (createPresetsResponses) by `python -m codegen`; do not edit.
"""Create a preset from a responses request body: ``POST /presets/{slug}/responses``.

Creates a preset (or a new version of an existing one) from an inference request body. Only
fields that overlap with the preset config are persisted; other fields (e.g. `messages`,
`stream`, `prompt`) are silently ignored.
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
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from openrouter_core.models.responses_request import ResponsesRequest

__all__ = [
    "CreatePresetFromInferenceResponse",
    "PresetsCreatePresetsResponsesError",
    "PresetsCreatePresetsResponsesRequest",
    "ResponsesRequest",
    "presets_create_presets_responses",
    "presets_create_presets_responses_async",
]


@attrs.frozen(kw_only=True)
class PresetsCreatePresetsResponsesRequest:
    """The parameters and JSON body of ``POST /presets/{slug}/responses``."""

    body: ResponsesRequest = attrs.field(factory=ResponsesRequest)
    """The JSON body; a dict request gives its fields next to the parameters."""
    slug: str = attrs.field(metadata={"wire": "slug"})
    """URL-safe slug identifying the preset."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


PresetsCreatePresetsResponsesError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | ForbiddenResponseError
    | NotFoundResponseError
    | ConflictResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[PresetsCreatePresetsResponsesRequest, CreatePresetFromInferenceResponse] = (
    Operation(
        operation_id="createPresetsResponses",
        method="POST",
        path="/presets/{slug}/responses",
        request_type=PresetsCreatePresetsResponsesRequest,
        params=(
            path("slug", "slug"),
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(ResponsesRequest),
        responses=(
            ok(200, CreatePresetFromInferenceResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(ForbiddenResponseError),
            fails(NotFoundResponseError),
            fails(ConflictResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def presets_create_presets_responses(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return invoke(core, OPERATION, request, options)


async def presets_create_presets_responses_async(
    core: OpenRouterCore,
    request: PresetsCreatePresetsResponsesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | None = None,
) -> Result[CreatePresetFromInferenceResponse, PresetsCreatePresetsResponsesError]:
    """Creates a preset (or a new version of an existing one) from an inference request body."""
    return await invoke_async(core, OPERATION, request, options)
