# Generated from the OpenRouter OpenAPI spec (createAudioTranscriptions_multipart) by `python -m codegen`; do not edit.
"""Create transcription: ``POST /audio/transcriptions``.

Transcribes audio into text. Accepts base64-encoded audio input as JSON, an OpenAI-style
multipart/form-data file upload, or a URL the provider downloads directly, and returns the
transcribed text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._multipart import FileInput
from openrouter_core._operation import MULTIPART_BODY, Operation, fails, header, ok
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.stt_response import STTResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "STTResponse",
    "SttCreateTranscriptionMultipartError",
    "SttCreateTranscriptionMultipartRequest",
    "SttCreateTranscriptionMultipartRequestDict",
    "stt_create_transcription_multipart",
    "stt_create_transcription_multipart_async",
]


@attrs.frozen(kw_only=True)
class SttCreateTranscriptionMultipartRequest:
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
    model: str
    """The model to use for transcription."""
    diarize: bool | None = None
    """Label each word with the speaker who said it (words[].speaker, words[].speaker_label)."""
    file: FileInput | None = None
    """The audio file to transcribe."""
    keyterms: list[str] | None = attrs.field(default=None, metadata={"wire": "keyterms[]"})
    """Domain terms, names, or phrases to bias recognition toward; repeat the part once per term (keyterms=..."""
    language: str | None = None
    """The language of the input audio (ISO-639-1)."""
    provider: str | None = None
    """JSON-encoded provider preferences object, the same shape as the JSON body field: { \\"zdr\\": true, \\"data_collection\\": \\"deny\\", \\"options\\": { \\"<provider-slug>\\": { ..."""
    response_format: str | None = None
    """The response format. Known values: ``"json"``, ``"verbose_json"``."""
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow)."""
    source_url: str | None = None
    """Publicly reachable http(s) URL of the audio file, downloaded by the provider directly (no size limit on our side)."""
    temperature: float | None = None
    """The sampling temperature."""
    timestamp_granularities: list[str] | None = attrs.field(
        default=None, metadata={"wire": "timestamp_granularities[]"}
    )
    """Timestamp detail levels to include when response_format is \\"verbose_json\\"."""
    trace: str | None = None
    """JSON-encoded trace metadata object (trace_id, trace_name, span_name, generation_name, parent_span_id and custom keys) attached to the Broadcast trace."""
    user: str | None = None
    """A unique identifier representing your end-user."""

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        model: str,
        diarize: bool | None = None,
        file: FileInput | None = None,
        keyterms: list[str] | None = None,
        language: str | None = None,
        provider: str | None = None,
        response_format: str | None = None,
        session_id: str | None = None,
        source_url: str | None = None,
        temperature: float | None = None,
        timestamp_granularities: list[str] | None = None,
        trace: str | None = None,
        user: str | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("model", model)
        _setattr("diarize", diarize)
        _setattr("file", file)
        _setattr("keyterms", keyterms)
        _setattr("language", language)
        _setattr("provider", provider)
        _setattr("response_format", response_format)
        _setattr("session_id", session_id)
        _setattr("source_url", source_url)
        _setattr("temperature", temperature)
        _setattr("timestamp_granularities", timestamp_granularities)
        _setattr("trace", trace)
        _setattr("user", user)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"model={self.model!r}, "
            f"diarize={self.diarize!r}, "
            f"file={self.file!r}, "
            f"keyterms={self.keyterms!r}, "
            f"language={self.language!r}, "
            f"provider={self.provider!r}, "
            f"response_format={self.response_format!r}, "
            f"session_id={self.session_id!r}, "
            f"source_url={self.source_url!r}, "
            f"temperature={self.temperature!r}, "
            f"timestamp_granularities={self.timestamp_granularities!r}, "
            f"trace={self.trace!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.model,
            self.diarize,
            self.file,
            self.keyterms,
            self.language,
            self.provider,
            self.response_format,
            self.session_id,
            self.source_url,
            self.temperature,
            self.timestamp_granularities,
            self.trace,
            self.user,
        ) == (
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.model,
            other.diarize,
            other.file,
            other.keyterms,
            other.language,
            other.provider,
            other.response_format,
            other.session_id,
            other.source_url,
            other.temperature,
            other.timestamp_granularities,
            other.trace,
            other.user,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SttCreateTranscriptionMultipartRequest",
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.model,
                self.diarize,
                self.file,
                self.keyterms,
                self.language,
                self.provider,
                self.response_format,
                self.session_id,
                self.source_url,
                self.temperature,
                self.timestamp_granularities,
                self.trace,
                self.user,
            )
        )

    # --- end of attrs methods ---


class SttCreateTranscriptionMultipartRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    model: Required[str]
    diarize: bool | None
    file: FileInput | None
    keyterms: list[str] | None
    language: str | None
    provider: str | None
    response_format: str | None
    session_id: str | None
    source_url: str | None
    temperature: float | None
    timestamp_granularities: list[str] | None
    trace: str | None
    user: str | None


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
SttCreateTranscriptionMultipartError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[SttCreateTranscriptionMultipartRequest, STTResponse] = Operation(
    operation_id="createAudioTranscriptions_multipart",
    method="POST",
    path="/audio/transcriptions",
    request_type=SttCreateTranscriptionMultipartRequest,
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
        fails(ForbiddenResponseError),
        fails(NotFoundResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
        fails(EdgeNetworkTimeoutResponseError),
        fails(ProviderOverloadedResponseError),
    ),
)


def stt_create_transcription_multipart(
    core: OpenRouterCore,
    request: SttCreateTranscriptionMultipartRequest | SttCreateTranscriptionMultipartRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[STTResponse, SttCreateTranscriptionMultipartError]:
    """Transcribes audio into text.

    ``POST /audio/transcriptions``: Create transcription.

    Accepts base64-encoded audio input as JSON, an OpenAI-style multipart/form-data file
    upload, or a URL the provider downloads directly, and returns the transcribed text.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``SttCreateTranscriptionMultipartRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``model`` (str, required): The model to use for transcription.
            - ``diarize`` (bool): Label each word with the speaker who said it
              (words[].speaker, words[].speaker_label).
            - ``file`` (FileInput): The audio file to transcribe.
            - ``keyterms`` (list[str]): Domain terms, names, or phrases to bias recognition
              toward; repeat the part once per term (keyterms=...
            - ``language`` (str): The language of the input audio (ISO-639-1).
            - ``provider`` (str): JSON-encoded provider preferences object, the same shape
              as the JSON body field: { \\"zdr\\": true, \\"data_collection\\": \\"deny\\",
              \\"options\\": { \\"<provider-slug>\\": { ...
            - ``response_format`` (str): The response format. Known values: ``"json"``,
              ``"verbose_json"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``source_url`` (str): Publicly reachable http(s) URL of the audio file,
              downloaded by the provider directly (no size limit on our side).
            - ``temperature`` (float): The sampling temperature.
            - ``timestamp_granularities`` (list[str]): Timestamp detail levels to include
              when response_format is \\"verbose_json\\".
            - ``trace`` (str): JSON-encoded trace metadata object (trace_id, trace_name,
              span_name, generation_name, parent_span_id and custom keys) attached to the
              Broadcast trace.
            - ``user`` (str): A unique identifier representing your end-user.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(STTResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
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

        from openrouter_funcs import stt_create_transcription_multipart

        result = stt_create_transcription_multipart(core, {"model": "string"})
    """
    return invoke(core, OPERATION, request, options)


async def stt_create_transcription_multipart_async(
    core: OpenRouterCore,
    request: SttCreateTranscriptionMultipartRequest | SttCreateTranscriptionMultipartRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[STTResponse, SttCreateTranscriptionMultipartError]:
    """Transcribes audio into text.

    ``POST /audio/transcriptions``: Create transcription.

    Accepts base64-encoded audio input as JSON, an OpenAI-style multipart/form-data file
    upload, or a URL the provider downloads directly, and returns the transcribed text.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``SttCreateTranscriptionMultipartRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``model`` (str, required): The model to use for transcription.
            - ``diarize`` (bool): Label each word with the speaker who said it
              (words[].speaker, words[].speaker_label).
            - ``file`` (FileInput): The audio file to transcribe.
            - ``keyterms`` (list[str]): Domain terms, names, or phrases to bias recognition
              toward; repeat the part once per term (keyterms=...
            - ``language`` (str): The language of the input audio (ISO-639-1).
            - ``provider`` (str): JSON-encoded provider preferences object, the same shape
              as the JSON body field: { \\"zdr\\": true, \\"data_collection\\": \\"deny\\",
              \\"options\\": { \\"<provider-slug>\\": { ...
            - ``response_format`` (str): The response format. Known values: ``"json"``,
              ``"verbose_json"``.
            - ``session_id`` (str): A unique identifier for grouping related requests (e.g.,
              a conversation or agent workflow).
            - ``source_url`` (str): Publicly reachable http(s) URL of the audio file,
              downloaded by the provider directly (no size limit on our side).
            - ``temperature`` (float): The sampling temperature.
            - ``timestamp_granularities`` (list[str]): Timestamp detail levels to include
              when response_format is \\"verbose_json\\".
            - ``trace`` (str): JSON-encoded trace metadata object (trace_id, trace_name,
              span_name, generation_name, parent_span_id and custom keys) attached to the
              Broadcast trace.
            - ``user`` (str): A unique identifier representing your end-user.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(STTResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 402: ``PaymentRequiredResponseError``
        - 403: ``ForbiddenResponseError``
        - 404: ``NotFoundResponseError``
        - 413: ``PayloadTooLargeResponseError``
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

        from openrouter_funcs import stt_create_transcription_multipart_async

        result = await stt_create_transcription_multipart_async(core, {"model": "string"})
    """
    return await invoke_async(core, OPERATION, request, options)
