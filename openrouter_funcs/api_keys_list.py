# Generated from the OpenRouter OpenAPI spec (list) by `python -m codegen`; do not edit.
"""List API keys: ``GET /keys``.

List all API keys for the authenticated user. Management key required.
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
    BadRequestResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.api_keys_list_response import (
    ApiKeysListResponse,
    ApiKeysListResponseData,
)

__all__ = [
    "ApiKeysListError",
    "ApiKeysListRequest",
    "ApiKeysListRequestDict",
    "ApiKeysListResponse",
    "ApiKeysListResponseData",
    "api_keys_list",
    "api_keys_list_async",
]


@attrs.frozen(kw_only=True)
class ApiKeysListRequest:
    """The parameters of ``GET /keys``.

    - ``include_disabled`` (bool, optional): Whether to include disabled API keys in the
      response.
    - ``offset`` (int, optional): Number of API keys to skip for pagination.
    - ``workspace_id`` (str, optional): Filter API keys by workspace ID.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    include_disabled: bool | None = attrs.field(default=None, metadata={"wire": "include_disabled"})
    """Whether to include disabled API keys in the response."""
    offset: int | None = attrs.field(default=None, metadata={"wire": "offset"})
    """Number of API keys to skip for pagination."""
    workspace_id: str | None = attrs.field(default=None, metadata={"wire": "workspace_id"})
    """Filter API keys by workspace ID."""
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
        include_disabled: bool | None = None,
        offset: int | None = None,
        workspace_id: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("include_disabled", include_disabled)
        _setattr("offset", offset)
        _setattr("workspace_id", workspace_id)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"include_disabled={self.include_disabled!r}, "
            f"offset={self.offset!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.include_disabled,
            self.offset,
            self.workspace_id,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (
            other.include_disabled,
            other.offset,
            other.workspace_id,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysListRequest",
                self.include_disabled,
                self.offset,
                self.workspace_id,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ApiKeysListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    include_disabled: bool
    offset: int
    workspace_id: str
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ApiKeysListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ApiKeysListRequest, ApiKeysListResponse] = Operation(
    operation_id="list",
    method="GET",
    path="/keys",
    request_type=ApiKeysListRequest,
    params=(
        query("include_disabled", "include_disabled"),
        query("offset", "offset"),
        query("workspace_id", "workspace_id"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ApiKeysListResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def api_keys_list(
    core: OpenRouterCore,
    request: ApiKeysListRequest | ApiKeysListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysListResponse, ApiKeysListError]:
    """List all API keys for the authenticated user.

    ``GET /keys``: List API keys.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``include_disabled`` (bool): Whether to include disabled API keys in the
              response.
            - ``offset`` (int): Number of API keys to skip for pagination.
            - ``workspace_id`` (str): Filter API keys by workspace ID.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_list

        result = api_keys_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def api_keys_list_async(
    core: OpenRouterCore,
    request: ApiKeysListRequest | ApiKeysListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysListResponse, ApiKeysListError]:
    """List all API keys for the authenticated user.

    ``GET /keys``: List API keys.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysListRequest`` or a dict with these keys (all optional; ``None``
            sends none):

            - ``include_disabled`` (bool): Whether to include disabled API keys in the
              response.
            - ``offset`` (int): Number of API keys to skip for pagination.
            - ``workspace_id`` (str): Filter API keys by workspace ID.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_list_async

        result = await api_keys_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
