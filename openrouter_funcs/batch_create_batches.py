# Generated from the OpenRouter OpenAPI spec (createBatches) by `python -m codegen`; do not edit.
"""Create a batch: ``POST /batches``.

Creates a batch of requests that run asynchronously against a single endpoint
(`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`). Returns `202` with
`status: \\"validating\\"`. Poll `GET /batches/{id}` for progress and results. See the Batch API
Quickstart.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BatchErrorResponse``, not the body its class names elsewhere.
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
    ForbiddenResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
    UnprocessableEntityResponseError,
)
from openrouter_core.models.batch_error_response import BatchErrorResponse
from openrouter_core.models.batch_object import BatchObject
from openrouter_core.models.batch_provider_preferences import BatchProviderPreferences
from openrouter_core.models.request import Request

__all__ = [
    "BatchObject",
    "CreateBatchesError",
    "CreateBatchesRequest",
    "batch_create_batches",
    "batch_create_batches_async",
]


@attrs.frozen(kw_only=True)
class CreateBatchesRequest:
    """The parameters and JSON body of ``POST /batches``."""

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    endpoint: str
    """Known values: ``"/v1/chat/completions"``, ``"/v1/responses"``, ``"/v1/messages"``, ``"/v1/embeddings"``."""
    model: str
    requests: list[Request]
    callback_url: str | None = None
    """HTTPS URL that receives a `batch.completed`, `batch.failed`, `batch.cancelled` or `batch.expired` webhook event when the batch reaches a terminal status."""
    completion_window: str | None = None
    provider: BatchProviderPreferences | Unset | None = UNSET
    """Batch provider routing preferences."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields this SDK does not know yet, sent as they are."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
CreateBatchesError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[CreateBatchesRequest, BatchObject] = Operation(
    operation_id="createBatches",
    method="POST",
    path="/batches",
    request_type=CreateBatchesRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=JSON_BODY,
    responses=(
        ok(202, BatchObject),
        fails(BadRequestResponseError, body=BatchErrorResponse),
        fails(UnauthorizedResponseError, body=BatchErrorResponse),
        fails(PaymentRequiredResponseError, body=BatchErrorResponse),
        fails(ForbiddenResponseError, body=BatchErrorResponse),
        fails(NotFoundResponseError, body=BatchErrorResponse),
        fails(PayloadTooLargeResponseError, body=BatchErrorResponse),
        fails(UnprocessableEntityResponseError, body=BatchErrorResponse),
        fails(TooManyRequestsResponseError, body=BatchErrorResponse),
        fails(InternalServerResponseError, body=BatchErrorResponse),
        fails(BadGatewayResponseError, body=BatchErrorResponse),
    ),
)


def batch_create_batches(
    core: OpenRouterCore,
    request: CreateBatchesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, CreateBatchesError]:
    """Creates a batch of requests that run asynchronously against a single endpoint (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`)."""
    return invoke(core, OPERATION, request, options)


async def batch_create_batches_async(
    core: OpenRouterCore,
    request: CreateBatchesRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, CreateBatchesError]:
    """Creates a batch of requests that run asynchronously against a single endpoint (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`)."""
    return await invoke_async(core, OPERATION, request, options)
