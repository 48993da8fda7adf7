# Generated from the OpenRouter OpenAPI spec (getBatches) by `python -m codegen`; do not edit.
"""Get a batch: ``GET /batches/{id}``.

Returns a batch with its status and request counts. Batches in a terminal status include
`results`. Failed batches report the reason in `error.message`. See the Batch API Quickstart.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BatchErrorResponse``, not the body its class names elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    GoneResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PaymentRequiredResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.batch_error_response import BatchErrorResponse
from openrouter_core.models.batch_object import BatchObject
from openrouter_core.models.batch_payment_required_response import BatchPaymentRequiredResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "BatchGetBatchesError",
    "BatchGetBatchesRequest",
    "BatchGetBatchesRequestDict",
    "BatchObject",
    "batch_get_batches",
    "batch_get_batches_async",
]


@attrs.frozen(kw_only=True)
class BatchGetBatchesRequest:
    """The parameters of ``GET /batches/{id}``.

    - ``id`` (str): The batch job id returned from submit.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.http_referer, self.app_title, self.app_categories) == (
            other.id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchGetBatchesRequest",
                self.id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class BatchGetBatchesRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    id: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
BatchGetBatchesError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[BatchGetBatchesRequest, BatchObject] = Operation(
    operation_id="getBatches",
    method="GET",
    path="/batches/{id}",
    request_type=BatchGetBatchesRequest,
    params=(
        path("id", "id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, BatchObject),
        fails(UnauthorizedResponseError, body=BatchErrorResponse),
        fails(PaymentRequiredResponseError, body=BatchPaymentRequiredResponse),
        fails(NotFoundResponseError, body=BatchErrorResponse),
        fails(GoneResponseError, body=BatchErrorResponse),
        fails(TooManyRequestsResponseError, body=BatchErrorResponse),
        fails(InternalServerResponseError, body=BatchErrorResponse),
        fails(BadGatewayResponseError, body=BatchErrorResponse),
    ),
)


def batch_get_batches(
    core: OpenRouterCore,
    request: BatchGetBatchesRequest | BatchGetBatchesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, BatchGetBatchesError]:
    """Returns a batch with its status and request counts.

    ``GET /batches/{id}``: Get a batch.

    Batches in a terminal status include `results`. Failed batches report the reason in
    `error.message`. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchGetBatchesRequest`` or a dict with these keys:

            - ``id`` (str, required): The batch job id returned from submit.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchObject)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 410: ``GoneResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_get_batches

        result = batch_get_batches(core, {"id": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def batch_get_batches_async(
    core: OpenRouterCore,
    request: BatchGetBatchesRequest | BatchGetBatchesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, BatchGetBatchesError]:
    """Returns a batch with its status and request counts.

    ``GET /batches/{id}``: Get a batch.

    Batches in a terminal status include `results`. Failed batches report the reason in
    `error.message`. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchGetBatchesRequest`` or a dict with these keys:

            - ``id`` (str, required): The batch job id returned from submit.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchObject)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 410: ``GoneResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_get_batches_async

        result = await batch_get_batches_async(core, {"id": "string"})
    """
    return await invoke_async(core, OPERATION, request, options)
