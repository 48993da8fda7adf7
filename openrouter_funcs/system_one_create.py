# Generated from the OpenRouter OpenAPI spec (createSystemone) by `python -m codegen`; do not edit.
"""Submit a System One request: ``POST /systemone``.

Sends state and typed questions to a System One model such as Jev and returns its answers.
Compatible with the TypeSafe SDKs. Bare System One model IDs such as `jev-1.13` and `jev-latest`
are mapped onto the `typesafe/` namespace.
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
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.decisions_request import (
    DecisionsRequestQuestionsValue,
    DecisionsRequestState,
)
from openrouter_core.models.decisions_response import (
    DecisionsResponse,
    DecisionsResponseAnswersValue,
)
from openrouter_core.models.provider_preferences import ProviderPreferences
from openrouter_core.models.trace_config import TraceConfig

__all__ = [
    "CreateSystemoneError",
    "CreateSystemoneRequest",
    "DecisionsResponse",
    "DecisionsResponseAnswersValue",
    "system_one_create",
    "system_one_create_async",
]


@attrs.frozen(kw_only=True)
class CreateSystemoneRequest:
    """The parameters and JSON body of ``POST /systemone``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    model: str
    questions: dict[str, DecisionsRequestQuestionsValue]
    state: DecisionsRequestState
    """The content to evaluate: a plain string, or a JSON object or array of related context."""
    provider: ProviderPreferences | Unset | None = UNSET
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow)."""
    trace: TraceConfig | None = None
    """Metadata for observability and tracing."""
    user: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateSystemoneError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateSystemoneRequest, DecisionsResponse] = Operation(
    operation_id="createSystemone",
    method="POST",
    path="/systemone",
    request_type=CreateSystemoneRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(200, DecisionsResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
)


def system_one_create(
    core: OpenRouterCore,
    request: CreateSystemoneRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DecisionsResponse, CreateSystemoneError]:
    """Sends state and typed questions to a System One model such as Jev and returns its answers."""
    return invoke(core, OPERATION, request, options)


async def system_one_create_async(
    core: OpenRouterCore,
    request: CreateSystemoneRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[DecisionsResponse, CreateSystemoneError]:
    """Sends state and typed questions to a System One model such as Jev and returns its answers."""
    return await invoke_async(core, OPERATION, request, options)
