# Generated from the OpenRouter OpenAPI spec (createAudioTranscriptions) by `python -m codegen`; do not edit.
"""Create transcription: ``POST /audio/transcriptions``.

Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style
multipart/form-data file upload, and returns the transcribed text.

Send ``SttCreateTranscriptionRequest`` as JSON, or ``SttCreateTranscriptionUploadRequest`` as a
multipart/form-data upload with a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._multipart import FileInput
from openrouter_core._operation import MULTIPART_BODY, Operation, fails, header, json_body, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.stt_request import STTRequest
from openrouter_core.models.stt_response import STTResponse

__all__ = [
    "STTRequest",
    "STTResponse",
    "SttCreateTranscriptionError",
    "SttCreateTranscriptionRequest",
    "SttCreateTranscriptionUploadRequest",
    "stt_create_transcription",
    "stt_create_transcription_async",
]


@attrs.frozen(kw_only=True)
class SttCreateTranscriptionRequest:
    """The parameters and JSON body of ``POST /audio/transcriptions``.

    - ``body`` (STTRequest): the JSON body; its fields are listed in
      ``help(stt_create_transcription)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: STTRequest
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
        body: STTRequest,
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
                "SttCreateTranscriptionRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class SttCreateTranscriptionUploadRequest:
    """The parameters and multipart form of ``POST /audio/transcriptions``.

    A file field takes bytes, a binary file object (streamed, not read into memory) or a
    ``(filename, bytes or file, content_type)`` tuple.
    """

    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    file: FileInput
    """The audio file to transcribe."""
    language: str | None = None
    """The language of the input audio (ISO-639-1)."""
    model: str
    """The model to use for transcription."""
    response_format: str | None = None
    """The response format. Known values: ``"json"``, ``"verbose_json"``."""
    temperature: float | None = None
    """The sampling temperature."""
    timestamp_granularities: list[str] | None = attrs.field(
        default=None, metadata={"wire": "timestamp_granularities[]"}
    )
    """Timestamp detail levels to include when response_format is "verbose_json"."""

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        file: FileInput,
        language: str | None = None,
        model: str,
        response_format: str | None = None,
        temperature: float | None = None,
        timestamp_granularities: list[str] | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("file", file)
        _setattr("language", language)
        _setattr("model", model)
        _setattr("response_format", response_format)
        _setattr("temperature", temperature)
        _setattr("timestamp_granularities", timestamp_granularities)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"file={self.file!r}, "
            f"language={self.language!r}, "
            f"model={self.model!r}, "
            f"response_format={self.response_format!r}, "
            f"temperature={self.temperature!r}, "
            f"timestamp_granularities={self.timestamp_granularities!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.file,
            self.language,
            self.model,
            self.response_format,
            self.temperature,
            self.timestamp_granularities,
        ) == (
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.file,
            other.language,
            other.model,
            other.response_format,
            other.temperature,
            other.timestamp_granularities,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SttCreateTranscriptionUploadRequest",
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.file,
                self.language,
                self.model,
                self.response_format,
                self.temperature,
                self.timestamp_granularities,
            )
        )

    # --- end of attrs methods ---


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
SttCreateTranscriptionError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[SttCreateTranscriptionRequest, STTResponse] = Operation(
    operation_id="createAudioTranscriptions",
    method="POST",
    path="/audio/transcriptions",
    request_type=SttCreateTranscriptionRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(STTRequest),
    responses=(
        ok(200, STTResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
)


UPLOAD_OPERATION: Operation[SttCreateTranscriptionUploadRequest, STTResponse] = Operation(
    operation_id="createAudioTranscriptions",
    method="POST",
    path="/audio/transcriptions",
    request_type=SttCreateTranscriptionUploadRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=MULTIPART_BODY,
    responses=(
        ok(200, STTResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(PaymentRequiredResponseError),
        fails(NotFoundResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
)


def _operation_for(request: object) -> Operation[Any, STTResponse]:
    """The multipart upload form when the request carries a file, else the JSON form."""
    if isinstance(request, SttCreateTranscriptionUploadRequest) or (
        isinstance(request, Mapping) and ("file" in request)
    ):
        return UPLOAD_OPERATION
    return OPERATION


def stt_create_transcription(
    core: OpenRouterCore,
    request: SttCreateTranscriptionRequest
    | SttCreateTranscriptionUploadRequest
    | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[STTResponse, SttCreateTranscriptionError]:
    """Transcribes audio into text.

    ``POST /audio/transcriptions``: Create transcription.

    Accepts base64-encoded audio input as JSON or an OpenAI-style multipart/form-data file
    upload, and returns the transcribed text.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``SttCreateTranscriptionRequest`` (or
            ``SttCreateTranscriptionUploadRequest`` with a file) or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input_audio`` (STTInputAudio, required)
            - ``language`` (str): ISO-639-1 language code (e.g., "en", "ja").
            - ``model`` (str, required): STT model identifier.
            - ``provider`` (STTRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Output format. Known values: ``"json"``,
              ``"verbose_json"``.
            - ``temperature`` (float): Sampling temperature for transcription.
            - ``timestamp_granularities`` (list[str]): Timestamp detail levels to include
              when response_format is "verbose_json".
            The class takes the body as ``body=STTRequest(...)``; keys it does not know go
            in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(STTResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import stt_create_transcription

        result = stt_create_transcription(core, {
            "input_audio": {"data": "UklGRiQA...", "format": "wav"},
            "model": "openai/whisper-large-v3",
        })
    """
    return invoke(core, _operation_for(request), request, options)


async def stt_create_transcription_async(
    core: OpenRouterCore,
    request: SttCreateTranscriptionRequest
    | SttCreateTranscriptionUploadRequest
    | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[STTResponse, SttCreateTranscriptionError]:
    """Transcribes audio into text.

    ``POST /audio/transcriptions``: Create transcription.

    Accepts base64-encoded audio input as JSON or an OpenAI-style multipart/form-data file
    upload, and returns the transcribed text.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``SttCreateTranscriptionRequest`` (or
            ``SttCreateTranscriptionUploadRequest`` with a file) or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input_audio`` (STTInputAudio, required)
            - ``language`` (str): ISO-639-1 language code (e.g., "en", "ja").
            - ``model`` (str, required): STT model identifier.
            - ``provider`` (STTRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Output format. Known values: ``"json"``,
              ``"verbose_json"``.
            - ``temperature`` (float): Sampling temperature for transcription.
            - ``timestamp_granularities`` (list[str]): Timestamp detail levels to include
              when response_format is "verbose_json".
            The class takes the body as ``body=STTRequest(...)``; keys it does not know go
            in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(STTResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 404: ``NotFoundResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - 524: ``EdgeNetworkTimeoutResponseError``
        - 529: ``ProviderOverloadedResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import stt_create_transcription_async

        result = await stt_create_transcription_async(core, {
            "input_audio": {"data": "UklGRiQA...", "format": "wav"},
            "model": "openai/whisper-large-v3",
        })
    """
    return await invoke_async(core, _operation_for(request), request, options)
