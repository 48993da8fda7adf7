# Generated from the OpenRouter OpenAPI spec (submitGenerationFeedback) by `python -m codegen`; do not edit.
"""Submit feedback for a generation: ``POST /generation/feedback``.

Submit structured feedback on a generation the authenticated user made. Management key required.
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
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.submit_generation_feedback_request import (
    SubmitGenerationFeedbackRequest,
)
from openrouter_core.models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponse,
    SubmitGenerationFeedbackResponseData,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GenerationsSubmitFeedbackError",
    "GenerationsSubmitFeedbackRequest",
    "GenerationsSubmitFeedbackRequestDict",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
    "generations_submit_feedback",
    "generations_submit_feedback_async",
]


@attrs.frozen(kw_only=True)
class GenerationsSubmitFeedbackRequest:
    """The parameters and JSON body of ``POST /generation/feedback``."""

    body: SubmitGenerationFeedbackRequest
    """The JSON body; a dict request gives its fields next to the parameters."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class GenerationsSubmitFeedbackRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    category: Required[
        Literal[
            "latency",
            "incoherence",
            "incorrect_response",
            "formatting",
            "billing",
            "api_error",
            "other",
        ]
        | str
    ]
    comment: str | None
    generation_id: Required[str]
    extra_fields: dict[str, Any]


GenerationsSubmitFeedbackError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | NotFoundResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GenerationsSubmitFeedbackRequest, SubmitGenerationFeedbackResponse] = (
    Operation(
        operation_id="submitGenerationFeedback",
        method="POST",
        path="/generation/feedback",
        request_type=GenerationsSubmitFeedbackRequest,
        params=(
            header("http_referer", "HTTP-Referer"),
            header("app_title", "X-OpenRouter-Title"),
            header("app_categories", "X-OpenRouter-Categories"),
        ),
        body=json_body(SubmitGenerationFeedbackRequest),
        responses=(
            ok(200, SubmitGenerationFeedbackResponse),
            fails(BadRequestResponseError),
            fails(UnauthorizedResponseError),
            fails(NotFoundResponseError),
            fails(TooManyRequestsResponseError),
            fails(InternalServerResponseError),
        ),
    )
)


def generations_submit_feedback(
    core: OpenRouterCore,
    request: GenerationsSubmitFeedbackRequest | GenerationsSubmitFeedbackRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[SubmitGenerationFeedbackResponse, GenerationsSubmitFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made."""
    return invoke(core, OPERATION, request, options)


async def generations_submit_feedback_async(
    core: OpenRouterCore,
    request: GenerationsSubmitFeedbackRequest | GenerationsSubmitFeedbackRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[SubmitGenerationFeedbackResponse, GenerationsSubmitFeedbackError]:
    """Submit structured feedback on a generation the authenticated user made."""
    return await invoke_async(core, OPERATION, request, options)
