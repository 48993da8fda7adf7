# Generated from the OpenRouter OpenAPI spec (listVideosContent) by `python -m codegen`; do not edit.
"""Download generated video content: ``GET /videos/{jobId}/content``.

Streams the generated video content from the upstream provider

``video_generation_get_video_content`` returns the whole body as bytes;
``video_generation_get_video_content_stream`` hands it over unread for large bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import (
    Operation,
    fails,
    header,
    ok_byte_stream,
    ok_bytes,
    path,
    query,
)
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    UnauthorizedResponseError,
)
from openrouter_core.streams import AsyncByteStream, ByteStream

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AsyncByteStream",
    "ByteStream",
    "VideoGenerationGetVideoContentError",
    "VideoGenerationGetVideoContentRequest",
    "VideoGenerationGetVideoContentRequestDict",
    "video_generation_get_video_content",
    "video_generation_get_video_content_async",
    "video_generation_get_video_content_stream",
    "video_generation_get_video_content_stream_async",
]


@attrs.frozen(kw_only=True)
class VideoGenerationGetVideoContentRequest:
    """The parameters of ``GET /videos/{jobId}/content``.

    - ``job_id`` (str)
    - ``index`` (int, optional)
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    job_id: str = attrs.field(metadata={"wire": "jobId"})
    index: int | None = attrs.field(default=None, metadata={"wire": "index"})
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
        job_id: str,
        index: int | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("job_id", job_id)
        _setattr("index", index)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"job_id={self.job_id!r}, "
            f"index={self.index!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.job_id,
            self.index,
            self.http_referer,
            self.app_title,
            self.app_categories,
        ) == (other.job_id, other.index, other.http_referer, other.app_title, other.app_categories)

    def __hash__(self) -> int:
        return hash(
            (
                "VideoGenerationGetVideoContentRequest",
                self.job_id,
                self.index,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class VideoGenerationGetVideoContentRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    job_id: Required[str]
    index: int
    http_referer: str
    app_title: str
    app_categories: str


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
VideoGenerationGetVideoContentError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[VideoGenerationGetVideoContentRequest, bytes] = Operation(
    operation_id="listVideosContent",
    method="GET",
    path="/videos/{jobId}/content",
    request_type=VideoGenerationGetVideoContentRequest,
    params=(
        path("job_id", "jobId"),
        query("index", "index"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_bytes(200, "video/mp4"),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
    ),
    accept="video/mp4",
)


#: The same call, with the body handed over unread (see ``ByteStream``).
STREAM_OPERATION: Operation[VideoGenerationGetVideoContentRequest, ByteStream] = Operation(
    operation_id="listVideosContent",
    method="GET",
    path="/videos/{jobId}/content",
    request_type=VideoGenerationGetVideoContentRequest,
    params=(
        path("job_id", "jobId"),
        query("index", "index"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    responses=(
        ok_byte_stream(200, "video/mp4"),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(NotFoundResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
    ),
    accept="video/mp4",
)


def video_generation_get_video_content(
    core: OpenRouterCore,
    request: VideoGenerationGetVideoContentRequest | VideoGenerationGetVideoContentRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, VideoGenerationGetVideoContentError]:
    """Streams the generated video content from the upstream provider.

    ``GET /videos/{jobId}/content``: Download generated video content.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGetVideoContentRequest`` or a dict with these keys:

            - ``job_id`` (str, required)
            - ``index`` (int)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(bytes)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_get_video_content

        result = video_generation_get_video_content(core, {"job_id": "job-abc123"})
    """
    return invoke(core, OPERATION, request, options)


async def video_generation_get_video_content_async(
    core: OpenRouterCore,
    request: VideoGenerationGetVideoContentRequest | VideoGenerationGetVideoContentRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, VideoGenerationGetVideoContentError]:
    """Streams the generated video content from the upstream provider.

    ``GET /videos/{jobId}/content``: Download generated video content.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGetVideoContentRequest`` or a dict with these keys:

            - ``job_id`` (str, required)
            - ``index`` (int)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(bytes)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_get_video_content_async

        result = await video_generation_get_video_content_async(core, {"job_id": "job-abc123"})
    """
    return await invoke_async(core, OPERATION, request, options)


def video_generation_get_video_content_stream(
    core: OpenRouterCore,
    request: VideoGenerationGetVideoContentRequest | VideoGenerationGetVideoContentRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ByteStream, VideoGenerationGetVideoContentError]:
    """Streams the generated video content from the upstream provider.

    ``GET /videos/{jobId}/content``: Download generated video content.

    The body arrives unread, as a ``ByteStream`` of bytes; use it in a ``with`` block
    (``video_generation_get_video_content`` reads it whole).

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGetVideoContentRequest`` or a dict with these keys:

            - ``job_id`` (str, required)
            - ``index`` (int)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ByteStream)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_get_video_content_stream

        result = video_generation_get_video_content_stream(core, {"job_id": "job-abc123"})
    """
    return invoke(core, STREAM_OPERATION, request, options)


async def video_generation_get_video_content_stream_async(
    core: OpenRouterCore,
    request: VideoGenerationGetVideoContentRequest | VideoGenerationGetVideoContentRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncByteStream, VideoGenerationGetVideoContentError]:
    """Streams the generated video content from the upstream provider.

    ``GET /videos/{jobId}/content``: Download generated video content.

    The body arrives unread, as a ``AsyncByteStream`` of bytes; use it in a ``async with``
    block (``video_generation_get_video_content`` reads it whole).

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGetVideoContentRequest`` or a dict with these keys:

            - ``job_id`` (str, required)
            - ``index`` (int)
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AsyncByteStream)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 404: ``NotFoundResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_get_video_content_stream_async

        result = await video_generation_get_video_content_stream_async(core,
            {"job_id": "job-abc123"},
        )
    """
    return await invoke_async(core, STREAM_OPERATION, request, options)
