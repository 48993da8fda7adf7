# Generated from the OpenRouter OpenAPI spec (createAudioSpeech) by `python -m codegen`; do not edit.
"""Create speech: ``POST /audio/speech``.

Synthesizes audio from the input text. Returns a raw audio bytestream in the requested format
(e.g. mp3, pcm, wav).

``tts_create_speech`` returns the whole body as bytes; ``tts_create_speech_stream`` hands it
over unread for large bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._operation import Operation, fails, header, json_body, ok_byte_stream, ok_bytes
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
from openrouter_core.models.speech_request import SpeechRequest
from openrouter_core.streams import AsyncByteStream, ByteStream

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.speech_input_reference import SpeechInputReferenceDict
    from openrouter_core.dicts.speech_request import SpeechRequestProviderDict

__all__ = [
    "AsyncByteStream",
    "ByteStream",
    "SpeechRequest",
    "TtsCreateSpeechError",
    "TtsCreateSpeechRequest",
    "TtsCreateSpeechRequestDict",
    "tts_create_speech",
    "tts_create_speech_async",
    "tts_create_speech_stream",
    "tts_create_speech_stream_async",
]


@attrs.frozen(kw_only=True)
class TtsCreateSpeechRequest:
    """The parameters and JSON body of ``POST /audio/speech``.

    - ``body`` (SpeechRequest): the JSON body; its fields are listed in
      ``help(tts_create_speech)``.
    - ``http_referer`` (str, optional): The app identifier should be your app's URL and is
      used as the primary identifier for rankings.
    - ``app_title`` (str, optional): The app display name allows you to customize how your
      app appears in OpenRouter's dashboard.
    - ``app_categories`` (str, optional): Comma-separated list of app categories (e.g.
      "cli-agent,cloud-agent").
    """

    body: SpeechRequest
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
        body: SpeechRequest,
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
                "TtsCreateSpeechRequest",
                self.body,
                self.http_referer,
                self.app_title,
                self.app_categories,
            )
        )

    # --- end of attrs methods ---


class TtsCreateSpeechRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    http_referer: str
    app_title: str
    app_categories: str
    input: Required[str]
    input_references: list[SpeechInputReferenceDict] | None
    model: Required[str]
    provider: SpeechRequestProviderDict | None
    response_format: Literal["mp3", "pcm"] | str | None
    speed: float | None
    voice: str | None
    extra_fields: dict[str, Any]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
TtsCreateSpeechError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[TtsCreateSpeechRequest, bytes] = Operation(
    operation_id="createAudioSpeech",
    method="POST",
    path="/audio/speech",
    request_type=TtsCreateSpeechRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(SpeechRequest),
    responses=(
        ok_bytes(200, "audio/*"),
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
    accept="audio/*",
)


#: The same call, with the body handed over unread (see ``ByteStream``).
STREAM_OPERATION: Operation[TtsCreateSpeechRequest, ByteStream] = Operation(
    operation_id="createAudioSpeech",
    method="POST",
    path="/audio/speech",
    request_type=TtsCreateSpeechRequest,
    params=(
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=json_body(SpeechRequest),
    responses=(
        ok_byte_stream(200, "audio/*"),
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
    accept="audio/*",
)


def tts_create_speech(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, TtsCreateSpeechError]:
    """Synthesizes audio from the input text.

    ``POST /audio/speech``: Create speech.

    Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``TtsCreateSpeechRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input`` (str, required): Text to synthesize.
            - ``input_references`` (list[SpeechInputReference]): Reference content for
              stateless voice cloning: one `input_audio` part carrying the voice sample,
              optionally accompanied by one `text` part with its transcript.
            - ``model`` (str, required): TTS model identifier.
            - ``provider`` (SpeechRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Audio output format. Known values: ``"mp3"``,
              ``"pcm"``.
            - ``speed`` (float): Playback speed multiplier.
            - ``voice`` (str): Voice identifier (provider-specific).
            The class takes the body as ``body=SpeechRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(bytes)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import tts_create_speech

        result = tts_create_speech(core,
            {"input": "Hello world", "model": "mistralai/voxtral-mini-tts-2603"},
        )
    """
    return invoke(core, OPERATION, request, options)


async def tts_create_speech_async(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[bytes, TtsCreateSpeechError]:
    """Synthesizes audio from the input text.

    ``POST /audio/speech``: Create speech.

    Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``TtsCreateSpeechRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input`` (str, required): Text to synthesize.
            - ``input_references`` (list[SpeechInputReference]): Reference content for
              stateless voice cloning: one `input_audio` part carrying the voice sample,
              optionally accompanied by one `text` part with its transcript.
            - ``model`` (str, required): TTS model identifier.
            - ``provider`` (SpeechRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Audio output format. Known values: ``"mp3"``,
              ``"pcm"``.
            - ``speed`` (float): Playback speed multiplier.
            - ``voice`` (str): Voice identifier (provider-specific).
            The class takes the body as ``body=SpeechRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(bytes)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import tts_create_speech_async

        result = await tts_create_speech_async(core,
            {"input": "Hello world", "model": "mistralai/voxtral-mini-tts-2603"},
        )
    """
    return await invoke_async(core, OPERATION, request, options)


def tts_create_speech_stream(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[ByteStream, TtsCreateSpeechError]:
    """Synthesizes audio from the input text.

    ``POST /audio/speech``: Create speech.

    Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

    The body arrives unread, as a ``ByteStream`` of bytes; use it in a ``with`` block
    (``tts_create_speech`` reads it whole).

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``TtsCreateSpeechRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input`` (str, required): Text to synthesize.
            - ``input_references`` (list[SpeechInputReference]): Reference content for
              stateless voice cloning: one `input_audio` part carrying the voice sample,
              optionally accompanied by one `text` part with its transcript.
            - ``model`` (str, required): TTS model identifier.
            - ``provider`` (SpeechRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Audio output format. Known values: ``"mp3"``,
              ``"pcm"``.
            - ``speed`` (float): Playback speed multiplier.
            - ``voice`` (str): Voice identifier (provider-specific).
            The class takes the body as ``body=SpeechRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(ByteStream)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import tts_create_speech_stream

        result = tts_create_speech_stream(core,
            {"input": "Hello world", "model": "mistralai/voxtral-mini-tts-2603"},
        )
    """
    return invoke(core, STREAM_OPERATION, request, options)


async def tts_create_speech_stream_async(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[AsyncByteStream, TtsCreateSpeechError]:
    """Synthesizes audio from the input text.

    ``POST /audio/speech``: Create speech.

    Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

    The body arrives unread, as a ``AsyncByteStream`` of bytes; use it in a ``async with``
    block (``tts_create_speech`` reads it whole).

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``TtsCreateSpeechRequest`` or a dict with these keys:

            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``input`` (str, required): Text to synthesize.
            - ``input_references`` (list[SpeechInputReference]): Reference content for
              stateless voice cloning: one `input_audio` part carrying the voice sample,
              optionally accompanied by one `text` part with its transcript.
            - ``model`` (str, required): TTS model identifier.
            - ``provider`` (SpeechRequestProvider): Provider-specific passthrough
              configuration.
            - ``response_format`` (str): Audio output format. Known values: ``"mp3"``,
              ``"pcm"``.
            - ``speed`` (float): Playback speed multiplier.
            - ``voice`` (str): Voice identifier (provider-specific).
            The class takes the body as ``body=SpeechRequest(...)``; keys it does not know
            go in ``extra_fields``.
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(AsyncByteStream)``, or ``Failure`` holding one of these errors (the
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

        from openrouter_funcs import tts_create_speech_stream_async

        result = await tts_create_speech_stream_async(core,
            {"input": "Hello world", "model": "mistralai/voxtral-mini-tts-2603"},
        )
    """
    return await invoke_async(core, STREAM_OPERATION, request, options)
