# Generated from the OpenRouter OpenAPI spec (getKey) by `python -m codegen`; do not edit.
"""Get a single API key: ``GET /keys/{hash}``.

Get a single API key by hash. Management key required.
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
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.api_keys_get_response import ApiKeysGetResponse, ApiKeysGetResponseData

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ApiKeysGetError",
    "ApiKeysGetRequest",
    "ApiKeysGetRequestDict",
    "ApiKeysGetResponse",
    "ApiKeysGetResponseData",
    "api_keys_get",
    "api_keys_get_async",
]


@attrs.frozen(kw_only=True)
class ApiKeysGetRequest:
    """The parameters of ``GET /keys/{hash}``.

    - ``hash`` (str): The hash identifier of the API key to retrieve.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    hash: str = attrs.field(metadata={"wire": "hash"})
    """The hash identifier of the API key to retrieve."""
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
        hash: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("hash", hash)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"hash={self.hash!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.hash, self.http_referer, self.app_title, self.app_categories) == (
            other.hash,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            ("ApiKeysGetRequest", self.hash, self.http_referer, self.app_title, self.app_categories)
        )

    # --- end of attrs methods ---


class ApiKeysGetRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    hash: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
ApiKeysGetError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ApiKeysGetRequest, ApiKeysGetResponse] = Operation(
    operation_id="getKey",
    method="GET",
    path="/keys/{hash}",
    request_type=ApiKeysGetRequest,
    params=(
        path("hash", "hash"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ApiKeysGetResponse),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def api_keys_get(
    core: OpenRouterCore,
    request: ApiKeysGetRequest | ApiKeysGetRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysGetResponse, ApiKeysGetError]:
    """Get a single API key by hash.

    ``GET /keys/{hash}``: Get a single API key.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysGetRequest`` or a dict with these keys:

            - ``hash`` (str, required): The hash identifier of the API key to retrieve.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysGetResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_get

        result = api_keys_get(core, {
            "hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        })
    """
    return invoke(core, OPERATION, request, options)


async def api_keys_get_async(
    core: OpenRouterCore,
    request: ApiKeysGetRequest | ApiKeysGetRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ApiKeysGetResponse, ApiKeysGetError]:
    """Get a single API key by hash.

    ``GET /keys/{hash}``: Get a single API key.

    Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ApiKeysGetRequest`` or a dict with these keys:

            - ``hash`` (str, required): The hash identifier of the API key to retrieve.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ApiKeysGetResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import api_keys_get_async

        result = await api_keys_get_async(core, {
            "hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        })
    """
    return await invoke_async(core, OPERATION, request, options)
