# Generated from the OpenRouter OpenAPI spec (getObservabilityDestination) by `python -m codegen`; do not edit.
"""Get an observability destination: ``GET /observability/destinations/{id}``.

Fetch a single observability destination by its UUID. Management key required.
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
from openrouter_core.models.get_observability_destination_response import (
    GetObservabilityDestinationResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GetObservabilityDestinationResponse",
    "ObservabilityGetError",
    "ObservabilityGetRequest",
    "ObservabilityGetRequestDict",
    "observability_get",
    "observability_get_async",
]


@attrs.frozen(kw_only=True)
class ObservabilityGetRequest:
    """The parameters of ``GET /observability/destinations/{id}``."""

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


class ObservabilityGetRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


ObservabilityGetError: TypeAlias = (
    UnauthorizedResponseError
    | NotFoundResponseError
    | InternalServerResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[ObservabilityGetRequest, GetObservabilityDestinationResponse] = Operation(
    operation_id="getObservabilityDestination",
    method="GET",
    path="/observability/destinations/{id}",
    request_type=ObservabilityGetRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetObservabilityDestinationResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def observability_get(
    core: OpenRouterCore,
    request: ObservabilityGetRequest | ObservabilityGetRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[GetObservabilityDestinationResponse, ObservabilityGetError]:
    """Fetch a single observability destination by its UUID."""
    return invoke(core, OPERATION, request, options)


async def observability_get_async(
    core: OpenRouterCore,
    request: ObservabilityGetRequest | ObservabilityGetRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[GetObservabilityDestinationResponse, ObservabilityGetError]:
    """Fetch a single observability destination by its UUID."""
    return await invoke_async(core, OPERATION, request, options)
