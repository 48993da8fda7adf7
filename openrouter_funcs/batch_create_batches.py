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
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
    UnprocessableEntityResponseError,
)
from openrouter_core.models.batch_error_response import BatchErrorResponse
from openrouter_core.models.batch_object import BatchObject
from openrouter_core.models.batch_submit_body import BatchSubmitBody

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.batch_provider_preferences import BatchProviderPreferencesDict
    from openrouter_core.dicts.request import RequestDict

__all__ = [
    "BatchCreateBatchesError",
    "BatchCreateBatchesRequest",
    "BatchCreateBatchesRequestDict",
    "BatchObject",
    "BatchSubmitBody",
    "batch_create_batches",
    "batch_create_batches_async",
]


@attrs.frozen(kw_only=True)
class BatchCreateBatchesRequest:
    """The parameters and JSON body of ``POST /batches``.

    - ``body`` (BatchSubmitBody): the JSON body; its fields are listed in
      ``help(batch_create_batches)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: BatchSubmitBody
    """The JSON body; a dict request gives its fields next to the parameters."""
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
        body: BatchSubmitBody,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.http_referer, self.app_title, self.app_categories) == (
            other.body,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchCreateBatchesRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class BatchCreateBatchesRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    endpoint: Required[
        Literal["/v1/chat/completions", "/v1/responses", "/v1/messages", "/v1/embeddings"] | str
    ]
    model: Required[str]
    requests: Required[list[RequestDict]]
    callback_url: str | None
    completion_window: Literal["24h"]
    provider: BatchProviderPreferencesDict | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
BatchCreateBatchesError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[BatchCreateBatchesRequest, BatchObject] = Operation(
    operation_id="createBatches",
    method="POST",
    path="/batches",
    request_type=BatchCreateBatchesRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(BatchSubmitBody),
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
    request: BatchCreateBatchesRequest | BatchCreateBatchesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, BatchCreateBatchesError]:
    """Creates a batch of requests that run asynchronously against a single endpoint (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`).

    ``POST /batches``: Create a batch.

    Returns `202` with `status: \\"validating\\"`. Poll `GET /batches/{id}` for progress and
    results. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchCreateBatchesRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``endpoint`` (str, required): Known values: ``"/v1/chat/completions"``,
              ``"/v1/responses"``, ``"/v1/messages"``, ``"/v1/embeddings"``.
            - ``model`` (str, required)
            - ``requests`` (list[Request], required)
            - ``callback_url`` (str): HTTPS URL that receives a `batch.completed`,
              `batch.failed`, `batch.cancelled` or `batch.expired` webhook event when the
              batch reaches a terminal status.
            - ``completion_window`` (str)
            - ``provider`` (BatchProviderPreferences): Batch provider routing preferences.
            The class takes the body as ``body=BatchSubmitBody(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchObject)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 422: ``UnprocessableEntityResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_create_batches

        result = batch_create_batches(core, {
            "endpoint": "/v1/chat/completions",
            "model": "string",
            "requests": [{"body": {}, "custom_id": "string"}],
        })
    """
    return invoke(core, OPERATION, request, options)


async def batch_create_batches_async(
    core: OpenRouterCore,
    request: BatchCreateBatchesRequest | BatchCreateBatchesRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchObject, BatchCreateBatchesError]:
    """Creates a batch of requests that run asynchronously against a single endpoint (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`).

    ``POST /batches``: Create a batch.

    Returns `202` with `status: \\"validating\\"`. Poll `GET /batches/{id}` for progress and
    results. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchCreateBatchesRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``endpoint`` (str, required): Known values: ``"/v1/chat/completions"``,
              ``"/v1/responses"``, ``"/v1/messages"``, ``"/v1/embeddings"``.
            - ``model`` (str, required)
            - ``requests`` (list[Request], required)
            - ``callback_url`` (str): HTTPS URL that receives a `batch.completed`,
              `batch.failed`, `batch.cancelled` or `batch.expired` webhook event when the
              batch reaches a terminal status.
            - ``completion_window`` (str)
            - ``provider`` (BatchProviderPreferences): Batch provider routing preferences.
            The class takes the body as ``body=BatchSubmitBody(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchObject)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 422: ``UnprocessableEntityResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_create_batches_async

        result = await batch_create_batches_async(core, {
            "endpoint": "/v1/chat/completions",
            "model": "string",
            "requests": [{"body": {}, "custom_id": "string"}],
        })
    """
    return await invoke_async(core, OPERATION, request, options)
