# Generated from the OpenRouter OpenAPI spec (listPrivateEndpoints) by `python -m codegen`; do not edit.
"""List private endpoints: ``GET /private-endpoints``.

List the organization's private endpoints, including drafts. Requires the private endpoints
entitlement. Management key required.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    RequestTimeoutResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.list_private_endpoints_response import ListPrivateEndpointsResponse

__all__ = [
    "ListPrivateEndpointsResponse",
    "PrivateEndpointsListError",
    "PrivateEndpointsListRequest",
    "PrivateEndpointsListRequestDict",
    "private_endpoints_list",
    "private_endpoints_list_async",
]


@attrs.frozen(kw_only=True)
class PrivateEndpointsListRequest:
    """The parameters of ``GET /private-endpoints``.

    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

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
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.http_referer, self.app_title, self.app_categories) == (
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            ("PrivateEndpointsListRequest", self.http_referer, self.app_title, self.app_categories)
        )

    # --- end of attrs methods ---


class PrivateEndpointsListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PrivateEndpointsListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PrivateEndpointsListRequest, ListPrivateEndpointsResponse] = Operation(
    operation_id="listPrivateEndpoints",
    method="GET",
    path="/private-endpoints",
    request_type=PrivateEndpointsListRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ListPrivateEndpointsResponse),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(RequestTimeoutResponseError),
        fails(InternalServerResponseError),
    ),
)


def private_endpoints_list(
    core: OpenRouterCore,
    request: PrivateEndpointsListRequest | PrivateEndpointsListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListPrivateEndpointsResponse, PrivateEndpointsListError]:
    """List the organization's private endpoints, including drafts.

    ``GET /private-endpoints``: List private endpoints.

    Requires the private endpoints entitlement. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsListRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListPrivateEndpointsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import private_endpoints_list

        result = private_endpoints_list(core)
    """
    return invoke(core, OPERATION, request, options)


async def private_endpoints_list_async(
    core: OpenRouterCore,
    request: PrivateEndpointsListRequest | PrivateEndpointsListRequestDict | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ListPrivateEndpointsResponse, PrivateEndpointsListError]:
    """List the organization's private endpoints, including drafts.

    ``GET /private-endpoints``: List private endpoints.

    Requires the private endpoints entitlement. Management key required.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PrivateEndpointsListRequest`` or a dict with these keys (all optional;
            ``None`` sends none):

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ListPrivateEndpointsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 408: ``RequestTimeoutResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import private_endpoints_list_async

        result = await private_endpoints_list_async(core)
    """
    return await invoke_async(core, OPERATION, request, options)
