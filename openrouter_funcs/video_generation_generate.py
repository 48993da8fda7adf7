# Generated from the OpenRouter OpenAPI spec (createVideos) by `python -m codegen`; do not edit.
"""Submit a video generation request: ``POST /videos``.

Submits a video generation request and returns a polling URL to check status
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
    BadRequestResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PaymentRequiredResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.video_generation_request import VideoGenerationRequest
from openrouter_core.models.video_generation_response import VideoGenerationResponse

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.frame_image import FrameImageDict
    from openrouter_core.dicts.input_reference import InputReferenceDict
    from openrouter_core.dicts.video_generation_request import VideoGenerationRequestProviderDict

__all__ = [
    "VideoGenerationGenerateError",
    "VideoGenerationGenerateRequest",
    "VideoGenerationGenerateRequestDict",
    "VideoGenerationRequest",
    "VideoGenerationResponse",
    "video_generation_generate",
    "video_generation_generate_async",
]


@attrs.frozen(kw_only=True)
class VideoGenerationGenerateRequest:
    """The parameters and JSON body of ``POST /videos``.

    - ``body`` (VideoGenerationRequest): the JSON body; its fields are listed in
      ``help(video_generation_generate)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: VideoGenerationRequest
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
        body: VideoGenerationRequest,
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
                "VideoGenerationGenerateRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class VideoGenerationGenerateRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    aspect_ratio: (
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21"] | str | None
    )
    callback_url: str | None
    creativity: int | None
    duration: int | None
    frame_images: list[FrameImageDict] | None
    generate_audio: bool | None
    input_references: list[InputReferenceDict] | None
    model: Required[str]
    prompt: str | None
    provider: VideoGenerationRequestProviderDict | None
    resolution: Literal["480p", "720p", "768p", "1080p", "1K", "2K", "4K"] | str | None
    seed: int | None
    size: str | None
    upscale_factor: float | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
VideoGenerationGenerateError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[VideoGenerationGenerateRequest, VideoGenerationResponse] = Operation(
    operation_id="createVideos",
    method="POST",
    path="/videos",
    request_type=VideoGenerationGenerateRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(VideoGenerationRequest),
    responses=(
        ok(202, VideoGenerationResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
    ),
)


def video_generation_generate(
    core: OpenRouterCore,
    request: VideoGenerationGenerateRequest | VideoGenerationGenerateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VideoGenerationResponse, VideoGenerationGenerateError]:
    """Submits a video generation request and returns a polling URL to check status.

    ``POST /videos``: Submit a video generation request.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``aspect_ratio`` (str): Aspect ratio of the generated video. Known values:
              ``"16:9"``, ``"9:16"``, ``"1:1"``, ``"4:3"``, ``"3:4"``, ``"3:2"``, ``"2:3"``,
              ``"21:9"``, ``"9:21"``.
            - ``callback_url`` (str): URL to receive a webhook notification when the video
              generation job completes.
            - ``creativity`` (int): Creativity level for video upscaling models only.
            - ``duration`` (int): Duration of the generated video in seconds.
            - ``frame_images`` (list[FrameImage]): Images to use as the first and/or last
              frame of the generated video.
            - ``generate_audio`` (bool): Whether to generate audio alongside the video.
            - ``input_references`` (list[InputReference]): Reference assets to guide video
              generation.
            - ``model`` (str, required)
            - ``prompt`` (str): Text prompt describing the video to generate.
            - ``provider`` (VideoGenerationRequestProvider): Provider-specific passthrough
              configuration.
            - ``resolution`` (str): Resolution of the generated video. Known values:
              ``"480p"``, ``"720p"``, ``"768p"``, ``"1080p"``, ``"1K"``, ``"2K"``, ``"4K"``.
            - ``seed`` (int): If specified, the generation will sample deterministically,
              such that repeated requests with the same seed and parameters should return
              the same result.
            - ``size`` (str): Exact pixel dimensions of the generated video in
              "WIDTHxHEIGHT" format (e.g. "1280x720").
            - ``upscale_factor`` (float): Upscale factor for video upscaling models only.
            The class takes the body as ``body=VideoGenerationRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VideoGenerationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_generate

        result = video_generation_generate(core, {"model": "google/veo-3.1"})
    """
    return invoke(core, OPERATION, request, options)


async def video_generation_generate_async(
    core: OpenRouterCore,
    request: VideoGenerationGenerateRequest | VideoGenerationGenerateRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[VideoGenerationResponse, VideoGenerationGenerateError]:
    """Submits a video generation request and returns a polling URL to check status.

    ``POST /videos``: Submit a video generation request.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``VideoGenerationGenerateRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``aspect_ratio`` (str): Aspect ratio of the generated video. Known values:
              ``"16:9"``, ``"9:16"``, ``"1:1"``, ``"4:3"``, ``"3:4"``, ``"3:2"``, ``"2:3"``,
              ``"21:9"``, ``"9:21"``.
            - ``callback_url`` (str): URL to receive a webhook notification when the video
              generation job completes.
            - ``creativity`` (int): Creativity level for video upscaling models only.
            - ``duration`` (int): Duration of the generated video in seconds.
            - ``frame_images`` (list[FrameImage]): Images to use as the first and/or last
              frame of the generated video.
            - ``generate_audio`` (bool): Whether to generate audio alongside the video.
            - ``input_references`` (list[InputReference]): Reference assets to guide video
              generation.
            - ``model`` (str, required)
            - ``prompt`` (str): Text prompt describing the video to generate.
            - ``provider`` (VideoGenerationRequestProvider): Provider-specific passthrough
              configuration.
            - ``resolution`` (str): Resolution of the generated video. Known values:
              ``"480p"``, ``"720p"``, ``"768p"``, ``"1080p"``, ``"1K"``, ``"2K"``, ``"4K"``.
            - ``seed`` (int): If specified, the generation will sample deterministically,
              such that repeated requests with the same seed and parameters should return
              the same result.
            - ``size`` (str): Exact pixel dimensions of the generated video in
              "WIDTHxHEIGHT" format (e.g. "1280x720").
            - ``upscale_factor`` (float): Upscale factor for video upscaling models only.
            The class takes the body as ``body=VideoGenerationRequest(...)``; keys it does
            not know go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(VideoGenerationResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import video_generation_generate_async

        result = await video_generation_generate_async(core, {"model": "google/veo-3.1"})
    """
    return await invoke_async(core, OPERATION, request, options)
