# Generated from the OpenRouter OpenAPI spec (createAudioSpeech) by `python -m codegen`; do not edit.
"""Create speech: ``POST /audio/speech``.

Synthesizes audio from the input text. Returns a raw audio bytestream in the requested format
(e.g. mp3, pcm, wav).

``tts_create_speech`` returns the whole body as bytes; ``tts_create_speech_stream`` hands it
over unread for large bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._byte_stream import AsyncByteStream, ByteStream
from openrouter_core._operation import Operation, fails, header, json_body, ok_byte_stream, ok_bytes
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    HTTPClientError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.speech_request import SpeechRequest

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
    """The parameters and JSON body of ``POST /audio/speech``."""

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


class TtsCreateSpeechRequestDict(TypedDict, total=False):
    """The request as a dict literal : the parameters and the body's fields side by side."""

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


TtsCreateSpeechError: TypeAlias = (
    BadRequestResponseError
    | UnauthorizedResponseError
    | PaymentRequiredResponseError
    | NotFoundResponseError
    | TooManyRequestsResponseError
    | InternalServerResponseError
    | BadGatewayResponseError
    | ServiceUnavailableResponseError
    | EdgeNetworkTimeoutResponseError
    | ProviderOverloadedResponseError
    | OpenRouterDefaultError
    | ResponseValidationError
    | HTTPClientError
    | SDKValidationError
)

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
    options: RequestOptions | None = None,
) -> Result[bytes, TtsCreateSpeechError]:
    """Synthesizes audio from the input text."""
    return invoke(core, OPERATION, request, options)


async def tts_create_speech_async(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[bytes, TtsCreateSpeechError]:
    """Synthesizes audio from the input text."""
    return await invoke_async(core, OPERATION, request, options)


def tts_create_speech_stream(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[ByteStream, TtsCreateSpeechError]:
    """Like :func:`tts_create_speech`, but the body arrives unread as a ``ByteStream``; use it in a ``with`` block."""
    return invoke(core, STREAM_OPERATION, request, options)


async def tts_create_speech_stream_async(
    core: OpenRouterCore,
    request: TtsCreateSpeechRequest | TtsCreateSpeechRequestDict,
    *,
    options: RequestOptions | None = None,
) -> Result[AsyncByteStream, TtsCreateSpeechError]:
    """Like :func:`tts_create_speech_async`, but the body arrives unread as an ``AsyncByteStream``; use it in an ``async with`` block."""
    return await invoke_async(core, STREAM_OPERATION, request, options)
