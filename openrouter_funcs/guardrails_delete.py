# Generated from the OpenRouter OpenAPI spec (deleteGuardrail) by `python -m codegen`; do not edit.
"""Delete a guardrail: ``DELETE /guardrails/{id}``.

Delete an existing guardrail. Management key required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.models.delete_guardrail_response import DeleteGuardrailResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "DeleteGuardrailResponse",
    "GuardrailsDeleteError",
    "GuardrailsDeleteRequest",
    "GuardrailsDeleteRequestDict",
    "guardrails_delete",
    "guardrails_delete_async",
]


@attrs.frozen(kw_only=True)
class GuardrailsDeleteRequest:
    """The parameters of ``DELETE /guardrails/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The unique identifier of the guardrail to delete."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


class GuardrailsDeleteRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


GuardrailsDeleteError: TypeAlias = (
    UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[GuardrailsDeleteRequest, DeleteGuardrailResponse] = Operation(
    operation_id="deleteGuardrail",
    method="DELETE",
    path="/guardrails/{id}",
    request_type=GuardrailsDeleteRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, DeleteGuardrailResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def guardrails_delete(
    core: OpenRouterCore,
    request: GuardrailsDeleteRequest | GuardrailsDeleteRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[DeleteGuardrailResponse, GuardrailsDeleteError]:
    """Delete an existing guardrail."""
    return invoke(core, OPERATION, request, options)


async def guardrails_delete_async(
    core: OpenRouterCore,
    request: GuardrailsDeleteRequest | GuardrailsDeleteRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[DeleteGuardrailResponse, GuardrailsDeleteError]:
    """Delete an existing guardrail."""
    return await invoke_async(core, OPERATION, request, options)
