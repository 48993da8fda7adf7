# Generated from the OpenRouter OpenAPI spec (listEndpoints) by `python -m codegen`; do not edit.
"""List all endpoints for a model: ``GET /models/{author}/{slug}/endpoints``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, ok, path
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
)
from openrouter_core.models.endpoints_list_response import EndpointsListResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "EndpointsListError",
    "EndpointsListRequest",
    "EndpointsListRequestDict",
    "EndpointsListResponse",
    "endpoints_list",
    "endpoints_list_async",
]


@attrs.frozen(kw_only=True)
class EndpointsListRequest:
    """The parameters of ``GET /models/{author}/{slug}/endpoints``.

    - ``author`` (str): The author/organization of the model.
    - ``slug`` (str): The model slug.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    author: str = attrs.field(metadata={"wire": "author"})
    """The author/organization of the model."""
    slug: str = attrs.field(metadata={"wire": "slug"})
    """The model slug."""
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
        author: str,
        slug: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("author", author)
        _setattr("slug", slug)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"author={self.author!r}, "
            f"slug={self.slug!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.author, self.slug, self.http_referer, self.app_title, self.app_categories) == (
            other.author,
            other.slug,
            other.http_referer,
            other.app_title,
            other.app_categories,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "EndpointsListRequest",
                self.author,
                self.slug,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class EndpointsListRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    author: Required[str]
    slug: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
EndpointsListError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[EndpointsListRequest, EndpointsListResponse] = Operation(
    operation_id="listEndpoints",
    method="GET",
    path="/models/{author}/{slug}/endpoints",
    request_type=EndpointsListRequest,
    params=(
        path("author", "author"),
        path("slug", "slug"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, EndpointsListResponse),
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def endpoints_list(
    core: OpenRouterCore,
    request: EndpointsListRequest | EndpointsListRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EndpointsListResponse, EndpointsListError]:
    """List all endpoints for a model.

    ``GET /models/{author}/{slug}/endpoints``: List all endpoints for a model.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``EndpointsListRequest`` or a dict with these keys:

            - ``author`` (str, required): The author/organization of the model.
            - ``slug`` (str, required): The model slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(EndpointsListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import endpoints_list

        result = endpoints_list(core, {"author": "openai", "slug": "gpt-4"})
    """
    return invoke(core, OPERATION, request, options)


async def endpoints_list_async(
    core: OpenRouterCore,
    request: EndpointsListRequest | EndpointsListRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[EndpointsListResponse, EndpointsListError]:
    """List all endpoints for a model.

    ``GET /models/{author}/{slug}/endpoints``: List all endpoints for a model.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``EndpointsListRequest`` or a dict with these keys:

            - ``author`` (str, required): The author/organization of the model.
            - ``slug`` (str, required): The model slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(EndpointsListResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import endpoints_list_async

        result = await endpoints_list_async(core, {"author": "openai", "slug": "gpt-4"})
    """
    return await invoke_async(core, OPERATION, request, options)
