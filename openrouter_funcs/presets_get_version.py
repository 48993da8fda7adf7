# Generated from the OpenRouter OpenAPI spec (getPresetVersion) by `python -m codegen`; do not edit.
"""Get a specific version of a preset: ``GET /presets/{slug}/versions/{version}``.

Retrieves a specific version of a preset by its slug and version number.
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
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.get_preset_version_response import GetPresetVersionResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "GetPresetVersionResponse",
    "PresetsGetVersionError",
    "PresetsGetVersionRequest",
    "PresetsGetVersionRequestDict",
    "presets_get_version",
    "presets_get_version_async",
]


@attrs.frozen(kw_only=True)
class PresetsGetVersionRequest:
    """The parameters of ``GET /presets/{slug}/versions/{version}``.

    - ``slug`` (str): URL-safe slug identifying the preset.
    - ``version`` (str): Version number of the preset.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    slug: str = attrs.field(metadata={"wire": "slug"})
    """URL-safe slug identifying the preset."""
    version: str = attrs.field(metadata={"wire": "version"})
    """Version number of the preset."""
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
        slug: str,
        version: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("slug", slug)
        _setattr("version", version)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"slug={self.slug!r}, "
            f"version={self.version!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.slug,
            self.version,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (other.slug, other.version, other.http_referer, other.app_title, other.app_categories)

    def __hash__(self) -> int:
        return hash(
            (
                "PresetsGetVersionRequest",
                self.slug,
                self.version,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class PresetsGetVersionRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    slug: Required[str]
    version: Required[str]
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
PresetsGetVersionError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[PresetsGetVersionRequest, GetPresetVersionResponse] = Operation(
    operation_id="getPresetVersion",
    method="GET",
    path="/presets/{slug}/versions/{version}",
    request_type=PresetsGetVersionRequest,
    params=(
        path("slug", "slug"),
        path("version", "version"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok(200, GetPresetVersionResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
    ),
)


def presets_get_version(
    core: OpenRouterCore,
    request: PresetsGetVersionRequest | PresetsGetVersionRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetPresetVersionResponse, PresetsGetVersionError]:
    """Retrieves a specific version of a preset by its slug and version number.

    ``GET /presets/{slug}/versions/{version}``: Get a specific version of a preset.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsGetVersionRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``version`` (str, required): Version number of the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(GetPresetVersionResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import presets_get_version

        result = presets_get_version(core, {"slug": "my-preset", "version": "1"})
    """
    return invoke(core, OPERATION, request, options)


async def presets_get_version_async(
    core: OpenRouterCore,
    request: PresetsGetVersionRequest | PresetsGetVersionRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[GetPresetVersionResponse, PresetsGetVersionError]:
    """Retrieves a specific version of a preset by its slug and version number.

    ``GET /presets/{slug}/versions/{version}``: Get a specific version of a preset.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``PresetsGetVersionRequest`` or a dict with these keys:

            - ``slug`` (str, required): URL-safe slug identifying the preset.
            - ``version`` (str, required): Version number of the preset.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(GetPresetVersionResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import presets_get_version_async

        result = await presets_get_version_async(core, {"slug": "my-preset", "version": "1"})
    """
    return await invoke_async(core, OPERATION, request, options)
