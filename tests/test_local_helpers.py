"""Tests of what is not a plain JSON call: PKCE helpers, the stand-in, uploads, byte streams."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import runpy
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.errors import (
    ConnectionError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    SDKValidationError,
    UnauthorizedResponseError,
)
from openrouter_core.testing import StandInTransport, standin_core
from openrouter_funcs.credits_get_credits import credits_get_credits
from openrouter_funcs.files_download import (
    AsyncByteStream,
    ByteStream,
    files_download_stream,
    files_download_stream_async,
)
from openrouter_funcs.files_upload import files_upload
from openrouter_funcs.oauth_create_authorization_url import oauth_create_authorization_url
from openrouter_funcs.oauth_create_sha256_code_challenge import (
    oauth_create_sha256_code_challenge,
)
from openrouter_funcs.stt_create_transcription import (
    SttCreateTranscriptionUploadRequest,
    stt_create_transcription,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: The verifier documented for POST /auth/keys and the challenge documented for /auth/keys/code.
DOCUMENTED_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
DOCUMENTED_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


# --- PKCE helpers -------------------------------------------------------------------------


def test_documented_verifier_gives_the_documented_challenge() -> None:
    result = oauth_create_sha256_code_challenge({"code_verifier": DOCUMENTED_VERIFIER})
    assert isinstance(result, Success)
    assert result.unwrap().code_challenge == DOCUMENTED_CHALLENGE
    assert result.unwrap().code_verifier == DOCUMENTED_VERIFIER


def test_generated_verifier_is_valid_and_matches_its_challenge() -> None:
    first = oauth_create_sha256_code_challenge().unwrap()
    second = oauth_create_sha256_code_challenge().unwrap()
    assert first.code_verifier != second.code_verifier
    assert 43 <= len(first.code_verifier) <= 128
    digest = hashlib.sha256(first.code_verifier.encode()).digest()
    assert first.code_challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert "=" not in first.code_challenge


def test_invalid_verifiers_are_validation_failures() -> None:
    for verifier in ("short", "x" * 129, "a" * 42 + "!", "é" * 50):
        result = oauth_create_sha256_code_challenge({"code_verifier": verifier})
        assert isinstance(result, Failure), verifier
        assert isinstance(result.failure(), SDKValidationError)
        assert result.failure().field == "code_verifier"


def test_authorization_url_carries_callback_and_s256_challenge() -> None:
    result = oauth_create_authorization_url(
        {"callback_url": "https://myapp.com/auth/callback", "code_challenge": DOCUMENTED_CHALLENGE}
    )
    url = urlsplit(result.unwrap())
    assert (url.scheme, url.netloc, url.path) == ("https", "openrouter.ai", "/auth")
    assert parse_qsl(url.query) == [
        ("callback_url", "https://myapp.com/auth/callback"),
        ("code_challenge", DOCUMENTED_CHALLENGE),
        ("code_challenge_method", "S256"),
    ]


def test_authorization_url_follows_the_core_host_and_limit() -> None:
    core = OpenRouterCore(api_key="k", server_url="https://eu.openrouter.example/api/v1")
    result = oauth_create_authorization_url(
        {"callback_url": "http://localhost:3000/cb", "limit": 100}, core=core
    )
    assert result.unwrap() == (
        "https://eu.openrouter.example/auth?callback_url=http%3A%2F%2Flocalhost%3A3000%2Fcb&limit=100"
    )


def test_authorization_url_rejects_bad_input() -> None:
    for request in (
        {"callback_url": "not a url"},
        {"callback_url": "ftp://example.com/cb"},
        {"callback_url": "https://example.com/cb", "code_challenge_method": "S256"},
        {
            "callback_url": "https://example.com/cb",
            "code_challenge": "c",
            "code_challenge_method": "md5",
        },
        {},
    ):
        result = oauth_create_authorization_url(request)
        assert isinstance(result, Failure), request
        assert isinstance(result.failure(), SDKValidationError)


# --- the stand-in -------------------------------------------------------------------------


def test_stand_in_answers_unknown_paths_with_the_documented_404_shape() -> None:
    transport = StandInTransport()
    with httpx.Client(transport=transport) as client:
        response = client.get("https://openrouter.ai/api/v1/no/such/thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == 404


def test_stand_in_status_header_and_overrides() -> None:
    with standin_core() as core:
        by_header = credits_get_credits(
            core, options=RequestOptions(http_headers={"X-StandIn-Status": "401"})
        )
    assert isinstance(by_header.failure(), UnauthorizedResponseError)
    transport = StandInTransport(status_overrides={"credits_get_credits": 418})
    with standin_core(transport=transport) as core:
        undocumented = credits_get_credits(core)
    assert isinstance(undocumented.failure(), OpenRouterDefaultError)
    assert undocumented.failure().status_code == 418


def test_stand_in_streams_events_when_asked() -> None:
    transport = StandInTransport()
    with httpx.Client(transport=transport) as client:
        response = client.post(
            "https://openrouter.ai/api/v1/chat/completions",
            json={"model": "openai/gpt-4", "messages": [], "stream": True},
        )
    assert response.headers["content-type"] == "text/event-stream"
    events = [line for line in response.text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]"
    assert json.loads(events[0][6:])["object"] == "chat.completion.chunk"


# --- multipart uploads --------------------------------------------------------------------


def test_upload_streams_a_file_object_with_its_name() -> None:
    transport = StandInTransport()
    upload = io.BytesIO(b"%PDF-1.4 tiny")
    upload.name = "/tmp/report.pdf"
    with standin_core(transport=transport) as core:
        result = files_upload(core, {"file": upload, "workspace_id": "ws-1"})
    assert isinstance(result, Success), result
    (sent,) = transport.requests
    assert sent.url.params["workspace_id"] == "ws-1"
    assert b'name="file"; filename="report.pdf"' in sent.content
    assert b"%PDF-1.4 tiny" in sent.content


def test_upload_rejects_a_value_that_is_not_a_file() -> None:
    with standin_core() as core:
        result = files_upload(core, {"file": 12})
    assert isinstance(result.failure(), SDKValidationError)


def test_transcription_switches_to_multipart_when_given_a_file() -> None:
    transport = StandInTransport()
    request = SttCreateTranscriptionUploadRequest(
        file=("speech.wav", b"RIFF....", "audio/wav"),
        model="openai/whisper-large-v3",
        timestamp_granularities=["word", "segment"],
        temperature=0.5,
    )
    with standin_core(transport=transport) as core:
        assert isinstance(stt_create_transcription(core, request), Success)
        assert isinstance(
            stt_create_transcription(
                core, {"model": "m", "input_audio": {"data": "UklGRg==", "format": "wav"}}
            ),
            Success,
        )
    upload, as_json = transport.requests
    assert upload.headers["content-type"].startswith("multipart/form-data")
    body = upload.content
    assert b'filename="speech.wav"' in body and b"Content-Type: audio/wav" in body
    assert body.count(b'name="timestamp_granularities[]"') == 2
    assert b'name="temperature"\r\n\r\n0.5' in body
    assert as_json.headers["content-type"] == "application/json"
    assert json.loads(as_json.content)["input_audio"]["format"] == "wav"


# --- byte streams -------------------------------------------------------------------------


def test_download_stream_hands_over_the_body_unread_and_closes() -> None:
    with standin_core() as core:
        result = files_download_stream(core, {"file_id": "or_file_1"})
        assert isinstance(result, Success), result
        with result.unwrap() as stream:
            assert isinstance(stream, ByteStream)
            assert stream.content_type == "application/octet-stream"
            sink = io.BytesIO()
            written = stream.write_to(sink).unwrap()
        assert written == len(sink.getvalue()) > 0
        assert stream.response.is_closed


def test_download_stream_turns_a_broken_body_into_one_failure_item() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"first piece"
            raise httpx.ReadError("connection reset")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Broken(), headers={"content-type": "video/mp4"})

    client = httpx.Client(transport=httpx.MockTransport(answer))
    with OpenRouterCore(api_key="k", client=client) as core:
        stream = files_download_stream(core, {"file_id": "f"}).unwrap()
        items = list(stream.iter_bytes())
    assert items[0] == Success(b"first piece")
    assert isinstance(items[1].failure(), ConnectionError)
    assert len(items) == 2
    assert stream.response.is_closed


def test_download_stream_reports_an_error_status_as_a_failure() -> None:
    transport = StandInTransport(status_overrides={"files_download": 404})
    with standin_core(transport=transport) as core:
        result = files_download_stream(core, {"file_id": "missing"})
    assert isinstance(result.failure(), NotFoundResponseError)


@pytest.mark.parametrize("name", ["chat_send", "api_keys"])
def test_examples_run_offline_against_the_stand_in(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
    printed = capsys.readouterr().out
    assert "offline stand-in" in printed
    assert "<Success" in printed and "<Failure" not in printed


async def test_async_download_stream() -> None:
    async with standin_core() as core:
        result = await files_download_stream_async(core, {"file_id": "or_file_1"})
        async with result.unwrap() as stream:
            assert isinstance(stream, AsyncByteStream)
            body = (await stream.aread()).unwrap()
    assert body
