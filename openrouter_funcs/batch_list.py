# Generated from the OpenRouter OpenAPI spec (listBatches) by `python -m codegen`; do not edit.
"""List batches: ``GET /batches``.

Lists batches in the workspace of the authenticating API key, newest first. To fetch the next
page, pass the previous page's `last_id` as `after`. List items omit `results`. Use `GET
/batches/{id}` to get them. See the Batch API Quickstart.

Error bodies of the statuses documented here follow this endpoint's own format: ``err.data``
holds a parsed ``BatchErrorResponse``, not the body its class names elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.batch_error_response import BatchErrorResponse
from openrouter_core.models.batch_list_response import BatchListResponse

__all__ = [
    "BatchListError",
    "BatchListRequest",
    "BatchListRequestDict",
    "BatchListResponse",
    "batch_list",
    "batch_list_async",
]


@attrs.frozen(kw_only=True)
class BatchListRequest:
    """The parameters of ``GET /batches``.

    - ``limit`` (int, optional): Maximum number of batches to return, from 1 through 100.
    - ``after`` (str, optional): Batch id from the previous page's `last_id`.
    - ``status`` (list[str], optional): Repeat this parameter to include more than one
      status.
    - ``created_after`` (str, optional): Only include batches created strictly after this
      timestamp.
    - ``created_before`` (str, optional): Only include batches created strictly before this
      timestamp.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    limit: int | None = attrs.field(default=None, metadata={"wire": "limit"})
    """Maximum number of batches to return, from 1 through 100."""
    after: str | None = attrs.field(default=None, metadata={"wire": "after"})
    """Batch id from the previous page's `last_id`."""
    status: list[str] | None = attrs.field(default=None, metadata={"wire": "status"})
    """Repeat this parameter to include more than one status."""
    created_after: str | None = attrs.field(default=None, metadata={"wire": "created_after"})
    """Only include batches created strictly after this timestamp."""
    created_before: str | None = attrs.field(default=None, metadata={"wire": "created_before"})
    """Only include batches created strictly before this timestamp."""
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
        limit: int | None = None,
        after: str | None = None,
        status: list[str] | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("limit", limit)
        _setattr("after", after)
        _setattr("status", status)
        _setattr("created_after", created_after)
        _setattr("created_before", created_before)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"limit={self.limit!r}, "
            f"after={self.after!r}, "
            f"status={self.status!r}, "
            f"created_after={self.created_after!r}, "
            f"created_before={self.created_before!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.limit,
            self.after,
            self.status,
            self.created_after,
            self.created_before,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.limit,
            other.after,
            other.status,
            other.created_after,
            other.created_before,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BatchListRequest",
                self.limit,
                self.after,
                self.status,
                self.created_after,
                self.created_before,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class BatchListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    limit: int
    after: str
    status: list[str]
    created_after: str
    created_before: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
BatchListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[BatchListRequest, BatchListResponse] = Operation(
    operation_id="listBatches",
    method="GET",
    path="/batches",
    request_type=BatchListRequest,
    params=(
        query("limit", "limit"),
        query("after", "after"),
        query("status", "status"),
        query("created_after", "created_after"),
        query("created_before", "created_before"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, BatchListResponse),
        fails(BadRequestResponseError, body=BatchErrorResponse),
        fails(UnauthorizedResponseError, body=BatchErrorResponse),
        fails(TooManyRequestsResponseError, body=BatchErrorResponse),
        fails(InternalServerResponseError, body=BatchErrorResponse),
        fails(BadGatewayResponseError, body=BatchErrorResponse),
    ),
)


def batch_list(
    core: OpenRouterCore,
    request: BatchListRequest | BatchListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchListResponse, BatchListError]:
    """Lists batches in the workspace of the authenticating API key, newest first.

    ``GET /batches``: List batches.

    To fetch the next page, pass the previous page's `last_id` as `after`. List items omit
    `results`. Use `GET /batches/{id}` to get them. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``limit`` (int): Maximum number of batches to return, from 1 through 100.
            - ``after`` (str): Batch id from the previous page's `last_id`.
            - ``status`` (list[str]): Repeat this parameter to include more than one status.
            - ``created_after`` (str): Only include batches created strictly after this
              timestamp.
            - ``created_before`` (str): Only include batches created strictly before this
              timestamp.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_list

        result = batch_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def batch_list_async(
    core: OpenRouterCore,
    request: BatchListRequest | BatchListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[BatchListResponse, BatchListError]:
    """Lists batches in the workspace of the authenticating API key, newest first.

    ``GET /batches``: List batches.

    To fetch the next page, pass the previous page's `last_id` as `after`. List items omit
    `results`. Use `GET /batches/{id}` to get them. See the Batch API Quickstart.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``BatchListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``limit`` (int): Maximum number of batches to return, from 1 through 100.
            - ``after`` (str): Batch id from the previous page's `last_id`.
            - ``status`` (list[str]): Repeat this parameter to include more than one status.
            - ``created_after`` (str): Only include batches created strictly after this
              timestamp.
            - ``created_before`` (str): Only include batches created strictly before this
              timestamp.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(BatchListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import batch_list_async

        result = await batch_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
