# Generated from the OpenRouter OpenAPI spec (tag STT) by `python -m codegen`; do not edit.
"""The STT functions against the offline stand-in: examples, errors, requests."""

from __future__ import annotations

import pytest

from tests.generated._support import (
    Case,
    check_error,
    check_request,
    check_success,
    check_success_async,
    check_undocumented_statuses,
    error_params,
)

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


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_documented_success_example_parses_into_the_model(case: Case) -> None:
    check_success(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_function_gives_the_same_model(case: Case) -> None:
    await check_success_async(case)


@pytest.mark.parametrize(("case", "status"), error_params(CASES))
def test_documented_error_status_gives_its_error_class(case: Case, status: int) -> None:
    check_error(case, status)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_any_other_named_status_gives_its_error_class(case: Case) -> None:
    check_undocumented_statuses(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_goes_out_as_documented(case: Case) -> None:
    check_request(case)
