# Generated from the OpenRouter OpenAPI spec (deleteBatch) by `python -m codegen`; do not edit.
"""Delete a batch: ``DELETE /batches/{id}``.

Deletes a batch in a terminal status (`completed`, `failed`, `expired`, or `cancelled`) and its
stored requests and results. Batches still in progress return `409`. Billing and usage records
are kept. See the Batch API Quickstart.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BatchErrorResponse``, not the body its class names elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    AnyStatusError,
    BadGatewayResponseError,
    ConflictResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    ResponseValidationError,
    SDKValidationError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.batch_deleted_object import BatchDeletedObject
from openrouter_core.models.batch_error_response import BatchErrorResponse

__all__ = [
    "BatchDeletedObject",
    "DeleteBatchError",
    "DeleteBatchRequest",
    "batch_delete",
    "batch_delete_async",
]


@attrs.frozen(kw_only=True)
class DeleteBatchRequest:
    """The parameters of ``DELETE /batches/{id}``."""

    id: str = attrs.field(metadata={"wire": "id"})
    """The batch job id returned from submit."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""


#: Any status with a named class (``OPERATION`` lists the ones documented here), then
#: the failures every call can have.
DeleteBatchError: TypeAlias = (
    AnyStatusError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

OPERATION: Operation[DeleteBatchRequest, BatchDeletedObject] = Operation(
    operation_id="deleteBatch",
    method="DELETE",
    path="/batches/{id}",
    request_type=DeleteBatchRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, BatchDeletedObject),
        fails(UnauthorizedResponseError, body=BatchErrorResponse),
        fails(NotFoundResponseError, body=BatchErrorResponse),
        fails(ConflictResponseError, body=BatchErrorResponse),
        fails(TooManyRequestsResponseError, body=BatchErrorResponse),
        fails(InternalServerResponseError, body=BatchErrorResponse),
        fails(BadGatewayResponseError, body=BatchErrorResponse),
    ),
)


def batch_delete(
    core: OpenRouterCore,
    request: DeleteBatchRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchDeletedObject, DeleteBatchError]:
    """Deletes a batch in a terminal status (`completed`, `failed`, `expired`, or `cancelled`) and its stored requests and results."""
    return invoke(core, OPERATION, request, options)


async def batch_delete_async(
    core: OpenRouterCore,
    request: DeleteBatchRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchDeletedObject, DeleteBatchError]:
    """Deletes a batch in a terminal status (`completed`, `failed`, `expired`, or `cancelled`) and its stored requests and results."""
    return await invoke_async(core, OPERATION, request, options)
