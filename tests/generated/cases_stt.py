# Generated from the OpenRouter OpenAPI spec (tag STT) by `python -m codegen`; do not edit.
"""What the spec documents about each STT function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="stt_create_transcription",
        operation_id="createAudioTranscriptions",
        request={
            "input_audio": {"data": "UklGRiQA...", "format": "wav"},
            "language": "en",
            "model": "openai/whisper-large-v3",
        },
        method="POST",
        path="/api/v1/audio/transcriptions",
        query=[],
        headers={},
        body={
            "input_audio": {"data": "UklGRiQA...", "format": "wav"},
            "language": "en",
            "model": "openai/whisper-large-v3",
        },
        body_kind="json",
        files={},
        response="STTResponse",
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
    Case(
        function="stt_create_transcription",
        operation_id="createAudioTranscriptions",
        request={
            "file": ("audio.wav", b"example file contents\x00\x01", "application/octet-stream"),
            "language": "en",
            "model": "openai/whisper-large-v3",
        },
        method="POST",
        path="/api/v1/audio/transcriptions",
        query=[],
        headers={},
        body={"language": "en", "model": "openai/whisper-large-v3"},
        body_kind="multipart",
        files={"file": "audio.wav"},
        response="STTResponse",
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
        upload=True,
    ),
    Case(
        function="stt_create_transcription_multipart",
        operation_id="createAudioTranscriptions_multipart",
        request={
            "model": "string",
            "file": ("upload.bin", b"example file contents\x00\x01", "application/octet-stream"),
        },
        method="POST",
        path="/api/v1/audio/transcriptions",
        query=[],
        headers={},
        body={"model": "string"},
        body_kind="multipart",
        files={"file": "upload.bin"},
        response="STTResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
    ),
]
