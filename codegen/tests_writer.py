"""Generated tests: one file per API area, each a table of cases driven by shared checks.

For every function the generated tests check, through the offline stand-in and the real
function: its documented success example parses into its model (and back to the same JSON);
every documented error status comes back as its error class with the example body parsed;
and the request goes out with the method, path, query, headers and body the spec's examples
imply (computed here, from the spec, independently of the runtime's encoders).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from codegen.examples import operation_examples, request_example
from codegen.models import ModelGenerator
from codegen.operations import GENERATED_LINE, OperationInfo, success_type
from codegen.spec import resolve

BASE_PATH = "/api/v1"
#: The bytes the generated tests upload for a file field.
FILE_BYTES = b"example file contents\x00\x01"


def py_literal(value: Any) -> str:
    """``value`` (JSON data, bytes, tuples) as Python source; non-ASCII text escaped."""
    if isinstance(value, str):
        return ascii(value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def _is_number(spec: dict[str, Any], schema: Any) -> bool:
    resolved = resolve(spec, schema) if isinstance(schema, dict) else {}
    kind = resolved.get("type")
    return kind == "number" or (isinstance(kind, list) and "number" in kind)


def _case(spec: dict[str, Any], op: OperationInfo, *, upload: bool = False) -> dict[str, Any]:
    request = request_example(spec, op, upload=upload)
    request.pop("stream", None)  # the non-streaming form is under test
    body_info = op.upload_body if upload else op.body
    wires = {param.wire: param for param in op.params}
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    for key, value in request.items():
        param = wires.get(key)
        if param is None:
            body[key] = value
        elif param.location == "path":
            path = path.replace("{" + key + "}", quote(_text(value), safe=""))
        elif param.location == "query":
            if isinstance(value, list):
                query.extend((key, _text(item)) for item in value)
            else:
                query.append((key, _text(value)))
        else:
            headers[key] = _text(value)
    files: dict[str, str] = {}
    if body_info is not None and body_info.kind == "multipart":
        for field in body_info.fields:
            if field.binary and field.wire in request:
                filename = request[field.wire]
                filename = filename if isinstance(filename, str) else "upload.bin"
                request[field.wire] = (filename, FILE_BYTES, "application/octet-stream")
                files[field.wire] = filename
                body.pop(field.wire, None)
    examples = operation_examples(spec, op)
    success = op.success
    return {
        "function": op.function,
        "operation_id": op.operation_id,
        "request": request,
        "method": op.method,
        "path": BASE_PATH + path,
        "query": sorted(query),
        "headers": headers,
        "body": None if body_info is None else body,
        "body_kind": None if body_info is None else body_info.kind,
        "files": files,
        "response": "bytes" if success.kind == "bytes" else success_type(op),
        "errors": {int(status): row.error_class for status, row in _errors(op)},
        "error_bodies": {
            int(status): row.type_ref.annotation if row.type_ref is not None else None
            for status, row in _errors(op)
        },
        # Only a request with a ``stream`` field can ask for the stream.
        "events": len(examples.get("events", [])) if _can_stream(op) else None,
    }


def _can_stream(op: OperationInfo) -> bool:
    fields = op.body.fields if op.body is not None else ()
    return op.events is not None and any(field.wire == "stream" for field in fields)


def _errors(op: OperationInfo) -> list[tuple[int, Any]]:
    return [(row.status, row) for row in op.errors]


def _render_case(case: dict[str, Any], upload: bool) -> list[str]:
    fields = [
        f"function={py_literal(case['function'])}",
        f"operation_id={py_literal(case['operation_id'])}",
        f"request={py_literal(case['request'])}",
        f"method={py_literal(case['method'])}",
        f"path={py_literal(case['path'])}",
        f"query={py_literal(case['query'])}",
        f"headers={py_literal(case['headers'])}",
        f"body={py_literal(case['body'])}",
        f"body_kind={py_literal(case['body_kind'])}",
        f"files={py_literal(case['files'])}",
        f"response={py_literal(case['response'])}",
        f"errors={py_literal(case['errors'])}",
    ]
    if case["events"] is not None:
        fields.append(f"events={case['events']}")
    if any(case["error_bodies"].values()):
        fields.append(f"error_bodies={py_literal(case['error_bodies'])}")
    if upload:
        fields.append("upload=True")
    return ["    Case(", *(f"        {field}," for field in fields), "    ),"]


def render_area(tag: str, spec: dict[str, Any], ops: list[OperationInfo]) -> str:
    """The source of ``tests/generated/test_<area>.py``."""
    cases: list[str] = []
    for op in sorted(ops, key=lambda o: o.function):
        cases += _render_case(_case(spec, op), upload=False)
        if op.upload_body is not None:
            cases += _render_case(_case(spec, op, upload=True), upload=True)
    streams = any(_can_stream(op) for op in ops)
    lines = [
        GENERATED_LINE.format(source=f"tag {tag}"),
        f'"""The {tag} functions against the offline stand-in: examples, errors, requests."""',
        "",
        "from __future__ import annotations",
        "",
        "import pytest",
        "",
        "from tests.generated._support import (",
        "    Case,",
        "    check_error,",
        "    check_request,",
        *(["    check_stream,"] if streams else []),
        "    check_success,",
        "    check_success_async,",
        "    error_params,",
        ")",
        "",
        "CASES = [",
        *cases,
        "]",
        "",
        "",
        '@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)',
        "def test_documented_success_example_parses_into_the_model(case: Case) -> None:",
        "    check_success(case)",
        "",
        "",
        '@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)',
        "async def test_async_function_gives_the_same_model(case: Case) -> None:",
        "    await check_success_async(case)",
        "",
        "",
        '@pytest.mark.parametrize(("case", "status"), error_params(CASES))',
        "def test_documented_error_status_gives_its_error_class(case: Case, status: int) -> None:",
        "    check_error(case, status)",
        "",
        "",
        '@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)',
        "def test_request_goes_out_as_documented(case: Case) -> None:",
        "    check_request(case)",
    ]
    if streams:
        lines += [
            "",
            "",
            "@pytest.mark.parametrize(",
            '    "case", [case for case in CASES if case.events is not None], ids=lambda case: case.id',
            ")",
            "def test_stream_true_gives_the_documented_events(case: Case) -> None:",
            "    check_stream(case)",
        ]
    return "\n".join(lines) + "\n"


def render_tests(
    spec: dict[str, Any], ops: Iterable[OperationInfo], gen: ModelGenerator
) -> dict[str, str]:
    """Every generated test file, relative path → source."""
    by_tag: dict[str, list[OperationInfo]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    files = {
        "tests/generated/__init__.py": GENERATED_LINE.format(source="test package") + "\n",
        "tests/generated/_support.py": SUPPORT,
    }
    for tag, tag_ops in sorted(by_tag.items()):
        area = re.sub(r"[^0-9a-z]+", "_", tag.lower()).strip("_")
        files[f"tests/generated/test_{area}.py"] = render_area(tag, spec, tag_ops)
    files["tests/generated/test_local_helpers.py"] = render_local_tests(spec)
    return files


def _example_pair(spec: dict[str, Any]) -> tuple[str, str]:
    """The spec's documented PKCE verifier (/auth/keys) and challenge (/auth/keys/code)."""
    verifier = spec["paths"]["/auth/keys"]["post"]["requestBody"]["content"]["application/json"][
        "example"
    ]["code_verifier"]
    challenge = spec["paths"]["/auth/keys/code"]["post"]["requestBody"]["content"][
        "application/json"
    ]["example"]["code_challenge"]
    return verifier, challenge


def render_local_tests(spec: dict[str, Any]) -> str:
    verifier, challenge = _example_pair(spec)
    return (
        LOCAL_TESTS.replace("@VERIFIER@", verifier)
        .replace("@CHALLENGE@", challenge)
        .replace("@HEADER@", GENERATED_LINE.format(source="client-side helpers, stand-in, files"))
    )


SUPPORT = (
    GENERATED_LINE.format(source="test support")
    + '''
"""Checks shared by the generated tests: each takes a :class:`Case` built from the spec."""

from __future__ import annotations

import datetime
import importlib
import json
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pytest
from returns.result import Failure, Success

from openrouter_core._converter import unstructure
from openrouter_core._testing_examples import example_for
from openrouter_core.testing import StandInTransport, standin_core


@attrs.frozen(kw_only=True)
class Case:
    """One function and what the spec says about it."""

    function: str
    operation_id: str
    #: The request, with wire keys, built from the spec's examples (or required fields).
    request: dict[str, Any]
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    #: The JSON body (or form fields) expected on the wire; None when there is no body.
    body: Any
    body_kind: str | None
    #: File fields of a multipart body → the file name sent.
    files: dict[str, str]
    #: The success type's name (``"bytes"`` for raw bodies).
    response: str
    #: Documented error status → error class name.
    errors: dict[int, str]
    #: Status → body model name, where an error's body is not its class's usual one.
    error_bodies: dict[int, str | None] = attrs.field(factory=dict)
    #: For streaming operations: how many events the stand-in's example stream carries.
    events: int | None = None
    upload: bool = False

    @property
    def id(self) -> str:
        return self.function + ("-upload" if self.upload else "")

    def module(self) -> Any:
        return importlib.import_module(f"openrouter_funcs.{self.function}")

    def call(self, name: str | None = None) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self.module(), name or self.function)
        return function


def error_params(cases: Iterable[Case]) -> list[Any]:
    return [
        pytest.param(case, status, id=f"{case.id}-{status}")
        for case in cases
        for status in sorted(case.errors)
    ]


def _normal(value: Any) -> Any:
    """JSON compared loosely where a round trip may rewrite it: absent vs null, date formats."""
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return moment.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def assert_same_json(actual: Any, expected: Any) -> None:
    assert _normal(actual) == _normal(expected)


def _check_value(case: Case, value: Any) -> None:
    entry = example_for(case.operation_id)
    if case.response == "bytes":
        assert value == str(entry["body"]).encode()
        return
    model = getattr(case.module(), case.response, None)
    if isinstance(model, type):
        assert isinstance(value, model)
    assert_same_json(unstructure(value), entry["body"])


def check_success(case: Case) -> None:
    with standin_core() as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


async def check_success_async(case: Case) -> None:
    async with standin_core() as core:
        result = await case.call(case.function + "_async")(core, case.request)
    assert isinstance(result, Success), result
    _check_value(case, result.unwrap())


def check_error(case: Case, status: int) -> None:
    transport = StandInTransport(status_overrides={case.operation_id: status})
    with standin_core(transport=transport) as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Failure), result
    error = result.failure()
    assert type(error).__name__ == case.errors[status]
    assert error.status_code == status
    body_model = case.error_bodies.get(status)
    if body_model is not None:
        assert type(error.data).__name__ == body_model
    assert_same_json(unstructure(error.data), example_for(case.operation_id)["errors"][str(status)])


def check_stream(case: Case) -> None:
    entry = example_for(case.operation_id)
    with standin_core() as core:
        result = case.call()(core, {**case.request, "stream": True})
        assert isinstance(result, Success), result
        with result.unwrap() as stream:
            items = list(stream)
    assert len(items) == case.events
    for item, expected in zip(items, entry["events"], strict=True):
        assert isinstance(item, Success), item
        assert_same_json(unstructure(item.unwrap()), expected)


def check_request(case: Case) -> None:
    transport = StandInTransport()
    with standin_core(transport=transport, api_key="sk-or-test") as core:
        result = case.call()(core, case.request)
    assert isinstance(result, Success), result
    (sent,) = transport.requests
    assert sent.method == case.method
    assert sent.url.path == case.path
    assert sorted(sent.url.params.multi_items()) == sorted(case.query)
    assert sent.headers["authorization"] == "Bearer sk-or-test"
    for name, value in case.headers.items():
        assert sent.headers[name] == value
    if case.body_kind is None:
        assert sent.content == b""
    elif case.body_kind == "json":
        assert sent.headers["content-type"] == "application/json"
        assert_same_json(json.loads(sent.content), case.body)
    else:
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        for name, filename in case.files.items():
            assert f'name="{name}"; filename="{filename}"'.encode() in sent.content
            assert b"example file contents" in sent.content
        for name, value in case.body.items():
            assert f'name="{name}"'.encode() in sent.content
            assert _form_text(value).encode() in sent.content


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)
'''
)


LOCAL_TESTS = '''@HEADER@
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
    CreateAudioTranscriptionsUploadRequest,
    stt_create_transcription,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: The verifier documented for POST /auth/keys and the challenge documented for /auth/keys/code.
DOCUMENTED_VERIFIER = "@VERIFIER@"
DOCUMENTED_CHALLENGE = "@CHALLENGE@"


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
        {"callback_url": "https://example.com/cb", "code_challenge": "c", "code_challenge_method": "md5"},
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
    request = CreateAudioTranscriptionsUploadRequest(
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
    assert b'name="temperature"\\r\\n\\r\\n0.5' in body
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
'''
