"""Record and replay against loopback servers: what a user of cassettes can observe.

Recording goes through real sockets (the fault server, or the stand-in behind one); replay
runs with that server stopped. Every cassette a test here writes is searched for the key the
calls carried, and for anything shaped like an OpenRouter key, after the test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core.accumulate import accumulate_chat, accumulate_chat_async
from openrouter_core.errors import ConnectionError, UnexpectedClientError
from openrouter_core.testing import CassetteTransport, UnmatchedRequestError, cassette_core
from openrouter_funcs.api_keys_create import api_keys_create
from openrouter_funcs.api_keys_get_current_key_metadata import api_keys_get_current_key_metadata
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from openrouter_funcs.files_download import files_download, files_download_async
from openrouter_funcs.files_upload import files_upload, files_upload_async
from tests.conftest import FakeClock
from tests.faultserver import DEFAULT_BODY, EventStream, FaultServer, Respond
from tests.generated.cases import CASES
from tests.standin_server import StandInAnswer

#: A key that looks real: finding it in a file is a leak.
KEY = "sk-or-v1-" + "5f0e3c2b" * 8
KEY_SHAPE = re.compile(r"sk-or-v1-[0-9a-f]{64}")

CHUNKS = [
    'data: {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m",'
    '"choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}]}\n\n',
    ": OPENROUTER PROCESSING\n\n",
    # one network read holding an event and a half, the rest in the next
    'data: {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m",'
    '"choices":[{"index":0,"delta":{"content":"lo"}}]}\n\ndata: {"id":"gen-1",',
    '"object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,'
    '"delta":{},"finish_reason":"stop"}]}\n\n',
    "data: [DONE]\n\n",
]
CHAT = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
UPLOAD = {
    "provider": "openai",
    "file": ("a.bin", b"\x00\x01binary\xff", "application/octet-stream"),
}
FILE_BODY = {
    "id": "file-1",
    "filename": "a.bin",
    "type": "file",
    "created_at": "2025-01-01T00:00:00Z",
    "mime_type": "application/octet-stream",
    "size_bytes": 9,
    "downloadable": True,
}
DOWNLOAD = bytes(range(256)) * 4


@pytest.fixture(autouse=True)
def no_secret_in_any_cassette(tmp_path: Path) -> Iterator[None]:
    yield
    for path in tmp_path.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert KEY not in text, path
            assert not KEY_SHAPE.search(text), (path, KEY_SHAPE.search(text))


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def core_for(
    transport: CassetteTransport, url: str = "http://127.0.0.1:9/api/v1"
) -> OpenRouterCore:
    return cassette_core(
        transport, api_key=KEY, server_url=url, retry_config=RetryConfig(strategy="none")
    )


def script_four_kinds(server: FaultServer) -> None:
    server.enqueue(
        Respond(200, DEFAULT_BODY),
        EventStream(CHUNKS),
        Respond(200, FILE_BODY),
        Respond(200, DOWNLOAD, headers={"Content-Type": "application/octet-stream"}),
    )


def four_calls(core: OpenRouterCore) -> list[Any]:
    credits = credits_get_credits(core)
    chat = chat_send(core, {**CHAT, "stream": True}).map(accumulate_chat)
    upload = files_upload(core, UPLOAD)
    download = files_download(core, {"file_id": "file-1"})
    return [credits, chat, upload, download]


async def four_calls_async(core: OpenRouterCore) -> list[Any]:
    credits = await credits_get_credits_async(core)
    stream = (await chat_send_async(core, {**CHAT, "stream": True})).unwrap()
    chat = await accumulate_chat_async(stream)
    upload = await files_upload_async(core, UPLOAD)
    download = await files_download_async(core, {"file_id": "file-1"})
    return [credits, chat, upload, download]


def test_json_events_multipart_and_download_replay_offline_to_equal_results(
    server: FaultServer, tmp_path: Path
) -> None:
    script_four_kinds(server)
    cassette = tmp_path / "four.yaml"
    live = four_calls(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
    assert all(isinstance(result, Success) for result in live), live
    assert live[1].unwrap().content == "Hello"
    server.stop()

    replay = CassetteTransport(cassette, mode="none")
    assert four_calls(core_for(replay)) == live
    assert replay.all_played


async def test_async_calls_record_and_replay_too(server: FaultServer, tmp_path: Path) -> None:
    script_four_kinds(server)
    cassette = tmp_path / "four.json"
    live = await four_calls_async(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
    assert isinstance(live[0], Success) and live[1].content == "Hello"
    server.stop()
    assert await four_calls_async(core_for(CassetteTransport(cassette, mode="none"))) == live


def test_the_cassette_is_readable_data(server: FaultServer, tmp_path: Path) -> None:
    script_four_kinds(server)
    cassette = tmp_path / "four.json"
    four_calls(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
    credits, chat, upload, download = json.loads(cassette.read_text())["interactions"]
    assert credits["response"]["body"] == {"json": DEFAULT_BODY}
    assert chat["request"]["body"] == {"json": {**CHAT, "stream": True}}
    events = chat["response"]["body"]["sse"]
    assert events[0][0]["data"]["choices"][0]["delta"]["content"] == "Hel"
    assert events[1] == [": OPENROUTER PROCESSING\n\n"]
    assert events[2][0]["data"]["choices"][0]["delta"]["content"] == "lo"
    assert events[2][1] == 'data: {"id":"gen-1",'  # the chunk boundary, kept
    assert "base64" in upload["request"]["body"]
    assert download["response"]["body"]["base64"]
    assert credits["request"]["headers"]["authorization"] == "[REDACTED]"


def test_replayed_chunks_are_the_recorded_chunks(server: FaultServer, tmp_path: Path) -> None:
    server.enqueue(EventStream(CHUNKS))
    cassette = tmp_path / "chunks.yaml"
    for mode, server_url in [("once", server.url), ("none", "http://elsewhere")]:
        client = httpx.Client(transport=CassetteTransport(cassette, mode=mode))  # type: ignore[arg-type]
        url = server_url + "/api/v1/chat/completions"
        with client, client.stream("POST", url, json=CHAT) as response:
            assert list(response.iter_raw()) == [c.encode() for c in CHUNKS]


def items_of(core: OpenRouterCore) -> list[Any]:
    with chat_send(core, {**CHAT, "stream": True}).unwrap() as stream:
        return list(stream)


def test_a_stream_cut_live_is_cut_the_same_way_on_replay(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(EventStream(CHUNKS[:2], end="close"))
    cassette = tmp_path / "cut.yaml"
    live = items_of(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
    replayed = items_of(core_for(CassetteTransport(cassette, mode="none")))
    assert [type(item) for item in live] == [Success, Failure]
    assert isinstance(live[-1].failure(), ConnectionError)
    assert replayed[0] == live[0]
    assert type(replayed[-1].failure()) is type(live[-1].failure())
    recorded = json.loads(json.dumps(_load(cassette)))["interactions"][0]["response"]
    assert recorded["error"]["type"] == "RemoteProtocolError"


def test_an_error_event_sent_live_replays_as_the_same_failure_item(
    server: FaultServer, tmp_path: Path
) -> None:
    error = 'data: {"error":{"code":502,"message":"Provider disconnected"}}\n\n'
    server.enqueue(EventStream([CHUNKS[0], error]))
    cassette = tmp_path / "error.yaml"
    live = items_of(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
    replayed = items_of(core_for(CassetteTransport(cassette, mode="none")))
    assert [type(item) for item in live] == [Success, Failure]
    assert replayed[0] == live[0]
    assert str(replayed[1].failure()) == str(live[1].failure())
    assert live[1].failure().code == replayed[1].failure().code == 502


def _load(path: Path) -> Any:
    import yaml

    return yaml.safe_load(path.read_text())


def test_recorded_delays_are_waited_out_on_the_cassettes_clock(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(EventStream(CHUNKS, delay=0.01))
    cassette = tmp_path / "slow.json"
    items_of(core_for(CassetteTransport(cassette, record_delays=True), server.url + "/api/v1"))
    delays = json.loads(cassette.read_text())["interactions"][0]["response"]["delays"]
    assert len(delays) == len(CHUNKS)
    clock = FakeClock()
    replay = CassetteTransport(cassette, mode="none", replay_delays=True, clock=clock)
    items_of(core_for(replay))
    assert clock.sleeps == [d for d in delays if d]
    no_waits = FakeClock()
    items_of(core_for(CassetteTransport(cassette, mode="none", clock=no_waits)))
    assert no_waits.sleeps == []


# --- modes ----------------------------------------------------------------------------


def credits(server: FaultServer, cassette: Path, mode: Any) -> Any:
    return credits_get_credits(
        core_for(CassetteTransport(cassette, mode=mode), server.url + "/api/v1")
    )


def body(total: float) -> dict[str, Any]:
    return {"data": {"total_credits": total, "total_usage": 0}}


def test_once_records_a_missing_cassette_then_only_replays(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(Respond(200, body(1)), Respond(200, body(2)))
    cassette = tmp_path / "once.yaml"
    first = credits(server, cassette, "once")
    assert server.request_count == 1
    assert credits(server, cassette, "once") == first
    assert server.request_count == 1


def test_none_without_a_cassette_fails_the_call_and_sends_nothing(
    server: FaultServer, tmp_path: Path
) -> None:
    result = credits(server, tmp_path / "missing.yaml", "none")
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, UnexpectedClientError)
    assert isinstance(error.cause, UnmatchedRequestError)
    assert "does not exist" in str(error) and "--openrouter-record=once" in str(error)
    assert server.request_count == 0
    assert not (tmp_path / "missing.yaml").exists()


def test_new_episodes_replays_what_matches_and_records_the_rest(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(Respond(200, body(1)))
    cassette = tmp_path / "episodes.json"
    credits(server, cassette, "once")
    server.enqueue(Respond(200, {"data": {"label": "k", "limit": None, "usage": 0}}))
    core = core_for(CassetteTransport(cassette, mode="new_episodes"), server.url + "/api/v1")
    assert credits_get_credits(core).unwrap().data.total_credits == 1
    assert isinstance(api_keys_get_current_key_metadata(core), Success)
    assert server.request_count == 2  # one recording each
    recorded = json.loads(cassette.read_text())["interactions"]
    assert [r["request"]["url"].rsplit("/", 1)[-1] for r in recorded] == ["credits", "key"]


def test_all_records_everything_anew(server: FaultServer, tmp_path: Path) -> None:
    server.enqueue(Respond(200, body(1)), Respond(200, body(2)))
    cassette = tmp_path / "all.json"
    credits(server, cassette, "once")
    assert credits(server, cassette, "all").unwrap().data.total_credits == 2
    assert server.request_count == 2
    (only,) = json.loads(cassette.read_text())["interactions"]
    assert only["response"]["body"]["json"] == body(2)


def test_a_bad_mode_or_matcher_stops_the_set_up(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mode must be one of"):
        CassetteTransport(tmp_path / "c.json", mode="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="No matcher is called 'bdy'"):
        CassetteTransport(tmp_path / "c.json", match_on=["bdy"])


# --- matching -------------------------------------------------------------------------


def record_chat(server: FaultServer, cassette: Path, *contents: str) -> None:
    server.enqueue(*(Respond(200, {"n": i}) for i, _ in enumerate(contents)))
    with httpx.Client(transport=CassetteTransport(cassette)) as client:
        for content in contents:
            client.post(
                server.url + "/api/v1/chat/completions",
                json={**CHAT, "messages": [{"role": "user", "content": content}]},
            )


def test_an_unmatched_request_names_the_nearest_recorded_one_and_the_difference(
    server: FaultServer, tmp_path: Path
) -> None:
    cassette = tmp_path / "chat.json"
    server.enqueue(Respond(200, DEFAULT_BODY))
    with httpx.Client(transport=CassetteTransport(cassette)) as client:
        client.get(server.url + "/api/v1/credits")
    record_chat(server, cassette.with_name("chat2.json"), "Hi")
    core = core_for(CassetteTransport(cassette.with_name("chat2.json"), mode="none"))
    result = chat_send(core, {**CHAT, "messages": [{"role": "user", "content": "Hello"}]})
    error = result.failure()
    assert isinstance(error, UnexpectedClientError)
    message = str(error)
    assert "no answer for POST /api/v1/chat/completions" in message
    assert "Nearest recorded request (#1): POST /api/v1/chat/completions" in message
    assert 'body: at messages[0].content: sent "Hello", recorded "Hi"' in message
    assert isinstance(error.cause, UnmatchedRequestError)
    assert error.cause.nearest is not None
    assert error.cause.differences == ('body: at messages[0].content: sent "Hello", recorded "Hi"',)


def test_identical_requests_get_their_answers_in_order_each_once(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(Respond(200, body(1)), Respond(200, body(2)))
    cassette = tmp_path / "twice.yaml"
    core = core_for(CassetteTransport(cassette), server.url + "/api/v1")
    live = [credits_get_credits(core), credits_get_credits(core)]
    core = core_for(CassetteTransport(cassette, mode="none"))
    assert [credits_get_credits(core), credits_get_credits(core)] == live
    third = credits_get_credits(core).failure()
    assert "recorded answer(s) were all replayed already" in str(third)


def test_json_bodies_match_whatever_the_key_order(server: FaultServer, tmp_path: Path) -> None:
    server.enqueue(Respond(200, {"ok": 1}))
    cassette = tmp_path / "order.json"
    url = server.url + "/api/v1/chat/completions"
    with httpx.Client(transport=CassetteTransport(cassette)) as client:
        client.post(
            url,
            content=b'{"model":"m","temperature":0.5}',
            headers={"content-type": "application/json"},
        )
    with httpx.Client(transport=CassetteTransport(cassette, mode="none")) as client:
        again = client.post(
            url,
            content=b'{"temperature":0.5,"model":"m"}',
            headers={"content-type": "application/json"},
        )
    assert again.json() == {"ok": 1}


def test_matchers_are_configurable(server: FaultServer, tmp_path: Path) -> None:
    cassette = tmp_path / "chat.json"
    record_chat(server, cassette, "Hi")
    loose = CassetteTransport(cassette, mode="none", match_on=["method", "path"])
    assert isinstance(chat_send(core_for(loose), {**CHAT, "model": "other"}), Success)

    def same_model(sent: Any, recorded: Any) -> str | None:
        a, b = sent["body"]["json"]["model"], recorded["body"]["json"]["model"]
        return None if a == b else f"model: {a} is not {b}"

    strict = CassetteTransport(cassette, mode="none", match_on=["path", same_model])
    assert "model: other is not m" in str(
        chat_send(core_for(strict), {**CHAT, "model": "other"}).failure()
    )


# --- secrets --------------------------------------------------------------------------


def test_no_secret_reaches_the_cassette_from_any_operation(tmp_path: Path) -> None:
    """Every function (and every stream) with a real-looking key, answered over loopback by
    the stand-in, which also sets a cookie and, on one call, echoes the key in a 401."""
    cassette = tmp_path / "every_operation.yaml"
    echo = Respond(401, {"error": {"code": 401, "message": f"Invalid key {KEY}"}})
    answer = StandInAnswer(headers={"Set-Cookie": "session=cookie-secret-value-123"})
    with FaultServer(default=answer) as server:
        server.enqueue(echo)
        live = run_every_case(core_for(CassetteTransport(cassette), server.url + "/api/v1"))
        assert server.request_count > len(CASES)
    text = cassette.read_text()
    assert "cookie-secret-value-123" not in text
    assert "sk-or-v1-d3558566" not in text  # the new key of the API-key creation example
    assert text.count("[REDACTED]") > len(CASES)
    replayed = run_every_case(core_for(CassetteTransport(cassette, mode="none")))
    assert [type(r) for r in replayed] == [type(r) for r in live]
    different = [(a, b) for a, b in zip(replayed, live, strict=True) if a != b]
    assert all(isinstance(a, Failure) or "[REDACTED]" in repr(a) for a, b in different), different


def run_every_case(core: OpenRouterCore) -> list[Any]:
    results: list[Any] = []
    for case in CASES:
        results.append(case.call()(core, case.request))
        if case.events is not None:
            with case.call()(core, {**case.request, "stream": True}).unwrap() as stream:
                results.extend(stream)
    return results


def test_named_headers_query_parameters_and_fields_are_redacted(
    server: FaultServer, tmp_path: Path
) -> None:
    server.enqueue(Respond(200, {"data": {"session": "tok-abcdefgh-1234", "mine": "visible"}}))
    cassette = tmp_path / "named.json"
    transport = CassetteTransport(
        cassette,
        redact_headers=["X-Team-Token"],
        redact_query=["sig"],
        redact_fields=["session"],
        secrets=["my-own-secret-42"],
    )
    with httpx.Client(transport=transport) as client:
        client.post(
            server.url + "/api/v1/x?sig=signature-value&page=2",
            headers={"X-Team-Token": "team-token-value", "Authorization": f"Bearer {KEY}"},
            json={"note": "contains my-own-secret-42 inside"},
        )
    text = cassette.read_text()
    for secret in ("team-token-value", "signature-value", "tok-abcdefgh-1234", "my-own-secret-42"):
        assert secret not in text
    assert "visible" in text and "page=2" in text


def test_an_api_key_creations_new_key_is_redacted_wherever_it_appears(
    server: FaultServer, tmp_path: Path
) -> None:
    new_key = "sk-or-v1-" + "0a1b2c3d" * 8
    server.enqueue(
        Respond(200, {"data": {"hash": "h", "name": "k", "label": "l"}, "key": new_key}),
        Respond(401, {"error": {"code": 401, "message": f"key {new_key} is disabled"}}),
    )
    cassette = tmp_path / "create.json"
    core = core_for(CassetteTransport(cassette), server.url + "/api/v1")
    created = api_keys_create(core, {"name": "k"}).unwrap()
    assert created.key == new_key  # the caller gets the real key; only the file is scrubbed
    second = core_for(CassetteTransport(cassette, mode="new_episodes"), server.url + "/api/v1")
    assert isinstance(credits_get_credits(second), Failure)
    assert new_key not in cassette.read_text()
    assert (
        json.loads(cassette.read_text())["interactions"][0]["response"]["body"]["json"]["key"]
        == "[REDACTED]"
    )
