# Generated from the OpenRouter OpenAPI spec (listImageModelEndpoints) by `python -m codegen`; do not edit.
"""List endpoints for an image model: ``GET /images/models/{author}/{slug}/endpoints``.

Returns the full per-endpoint records for an image model: each endpoint's definitive supported
parameters, pricing, and passthrough allowlist.
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
)
from openrouter_core.models.image_model_endpoints_response import ImageModelEndpointsResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ImageModelEndpointsResponse",
    "ImagesListModelEndpointsError",
    "ImagesListModelEndpointsRequest",
    "ImagesListModelEndpointsRequestDict",
    "images_list_model_endpoints",
    "images_list_model_endpoints_async",
]


@attrs.frozen(kw_only=True)
class ImagesListModelEndpointsRequest:
    """The parameters of ``GET /images/models/{author}/{slug}/endpoints``.

    - ``author`` (str): Model author/organization.
    - ``slug`` (str): Model slug.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    author: str = attrs.field(metadata={"wire": "author"})
    """Model author/organization."""
    slug: str = attrs.field(metadata={"wire": "slug"})
    """Model slug."""
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
                "ImagesListModelEndpointsRequest",
                self.author,
                self.slug,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class ImagesListModelEndpointsRequestDict(TypedDict, total=False):
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
ImagesListModelEndpointsError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[ImagesListModelEndpointsRequest, ImageModelEndpointsResponse] = Operation(
    operation_id="listImageModelEndpoints",
    method="GET",
    path="/images/models/{author}/{slug}/endpoints",
    request_type=ImagesListModelEndpointsRequest,
    params=(
        path("author", "author"),
        path("slug", "slug"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, ImageModelEndpointsResponse),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def images_list_model_endpoints(
    core: OpenRouterCore,
    request: ImagesListModelEndpointsRequest | ImagesListModelEndpointsRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageModelEndpointsResponse, ImagesListModelEndpointsError]:
    """Returns the full per-endpoint records for an image model: each endpoint's definitive supported parameters, pricing, and passthrough allowlist.

    ``GET /images/models/{author}/{slug}/endpoints``: List endpoints for an image model.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ImagesListModelEndpointsRequest`` or a dict with these keys:

            - ``author`` (str, required): Model author/organization.
            - ``slug`` (str, required): Model slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ImageModelEndpointsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import images_list_model_endpoints

        result = images_list_model_endpoints(core,
            {"author": "bytedance-seed", "slug": "seedream-4.5"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def images_list_model_endpoints_async(
    core: OpenRouterCore,
    request: ImagesListModelEndpointsRequest | ImagesListModelEndpointsRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ImageModelEndpointsResponse, ImagesListModelEndpointsError]:
    """Returns the full per-endpoint records for an image model: each endpoint's definitive supported parameters, pricing, and passthrough allowlist.

    ``GET /images/models/{author}/{slug}/endpoints``: List endpoints for an image model.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``ImagesListModelEndpointsRequest`` or a dict with these keys:

            - ``author`` (str, required): Model author/organization.
            - ``slug`` (str, required): Model slug.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ImageModelEndpointsResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import images_list_model_endpoints_async

        result = await images_list_model_endpoints_async(core,
            {"author": "bytedance-seed", "slug": "seedream-4.5"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
