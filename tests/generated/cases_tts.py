# Generated from the OpenRouter OpenAPI spec (tag TTS) by `python -m codegen`; do not edit.
"""What the spec documents about each TTS function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="tts_create_speech",
        operation_id="createAudioSpeech",
        request={
            "input": "Hello world",
            "model": "mistralai/voxtral-mini-tts-2603",
            "response_format": "pcm",
            "speed": 1,
            "voice": "en_paul_neutral",
        },
        method="POST",
        path="/api/v1/audio/speech",
        query=[],
        headers={},
        body={
            "input": "Hello world",
            "model": "mistralai/voxtral-mini-tts-2603",
            "response_format": "pcm",
            "speed": 1,
            "voice": "en_paul_neutral",
        },
        body_kind="json",
        files={},
        response="bytes",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
]
