# Generated from the OpenRouter OpenAPI spec (submitGenerationFeedback) by `python -m codegen`; do not edit.
"""Submit feedback for a generation: ``POST /generation/feedback``.

Submit structured feedback on a generation the authenticated user made. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import JSON_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadRequestResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponse,
    SubmitGenerationFeedbackResponseData,
)

__all__ = [
    "SubmitGenerationFeedbackError",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
    "generations_submit_feedback",
    "generations_submit_feedback_async",
]


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackRequest:
    """The parameters and JSON body of ``POST /generation/feedback``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    category: str
    """The category of feedback being reported. Known values: ``"latency"``, ``"incoherence"``, ``"incorrect_response"``, ``"formatting"``, ``"billing"``, ``"api_error"``, ``"other"``."""
    comment: str | None = None
    """An optional free-text comment describing the feedback."""
    generation_id: str
    """The generation to submit feedback on."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
SubmitGenerationFeedbackError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[SubmitGenerationFeedbackRequest, SubmitGenerationFeedbackResponse] = Operation(
    operation_id="submitGenerationFeedback",
    method="POST",
    path="/generation/feedback",
    request_type=SubmitGenerationFeedbackRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, SubmitGenerationFeedbackResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def generations_submit_feedback(
    core: OpenRouterCore,
    request: SubmitGenerationFeedbackRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SubmitGenerationFeedbackResponse, SubmitGenerationFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made."""
    return invoke(core, OPERATION, request, options)


async def generations_submit_feedback_async(
    core: OpenRouterCore,
    request: SubmitGenerationFeedbackRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[SubmitGenerationFeedbackResponse, SubmitGenerationFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made."""
    return await invoke_async(core, OPERATION, request, options)
