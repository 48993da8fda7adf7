"""Every recorded OpenRouter response, replayed through the real functions over loopback HTTP.

A success payload must come back as ``Success`` holding every value it carried (unstructuring
the model gives the payload back, unknown keys included); an error payload as the error class
of its status with the server's message in ``.data.error.message``; a stream as ``Success``
items that the accumulators add up to the streamed text and the final usage.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core._codec.writer import write as unstructure
from openrouter_core.accumulate import accumulate_chat, accumulate_responses
from openrouter_core.errors import StreamEventError
from tests.faultserver import EventStream, FaultServer, Respond

from .corpus import Case, load_cases

CASES = load_cases()

#: The smallest request each operation accepts; the server answers with the recording anyway.
REQUESTS: dict[str, Any] = {
    "chat_send": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
    "responses_send": {"model": "m", "input": "hi"},
    "embeddings_generate": {"model": "m", "input": "hi"},
    "generations_get_generation": {"id": "gen-1"},
}

#: The error class each recorded status maps to.
STATUS_ERRORS = {
    400: "BadRequestResponseError",
    401: "UnauthorizedResponseError",
    402: "PaymentRequiredResponseError",
    403: "ForbiddenResponseError",
    404: "NotFoundResponseError",
    408: "RequestTimeoutResponseError",
    429: "TooManyRequestsResponseError",
    500: "InternalServerResponseError",
    502: "BadGatewayResponseError",
    503: "ServiceUnavailableResponseError",
}


@pytest.fixture(scope="module")
def server() -> Any:
    with FaultServer() as running:
        yield running


def replay(server: FaultServer, case: Case, **options: Any) -> Any:
    if case.is_stream:
        server.enqueue(EventStream([case.body], status=case.status))
    else:
        server.enqueue(Respond(case.status, case.body, headers={"Content-Type": case.content_type}))
    core = OpenRouterCore(
        api_key="sk-or-v1-replay",
        server_url=server.url,
        retry_config=RetryConfig(strategy="none"),
        **options,
    )
    module = importlib.import_module(f"openrouter_funcs.{case.operation}")
    function = getattr(module, case.operation)
    request = REQUESTS.get(case.operation)
    if case.is_stream:
        return function(core, {**request, "stream": True})
    return function(core, request) if request is not None else function(core)


def same(sent: Any, got: Any, path: str = "$") -> None:
    """``got`` (the unstructured model) carries every value of ``sent`` (the payload)."""
    if isinstance(sent, dict):
        assert isinstance(got, dict), f"{path}: {got!r}"
        for key, value in sent.items():
            assert key in got, f"{path}.{key} was lost"
            same(value, got[key], f"{path}.{key}")
        # A field the spec requires but the payload lacks comes back as null, adding nothing.
        added = {key: value for key, value in got.items() if key not in sent and value is not None}
        assert not added, f"{path}: values not in the payload: {added}"
    elif isinstance(sent, list):
        assert isinstance(got, list) and len(got) == len(sent), f"{path}: {got!r}"
        for index, (a, b) in enumerate(zip(sent, got, strict=True)):
            same(a, b, f"{path}[{index}]")
    elif isinstance(sent, str) and isinstance(got, str) and sent != got:
        # The same instant may be written another way (``Z`` or ``+00:00``).
        assert _instant(sent) == _instant(got), f"{path}: {sent!r} became {got!r}"
    else:
        assert sent == got, f"{path}: {sent!r} became {got!r}"


def _instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.is_stream and c.status < 300], ids=lambda c: c.name
)
def test_a_recorded_success_is_a_success_with_every_value(server: FaultServer, case: Case) -> None:
    result = replay(server, case)
    assert isinstance(result, Success), result.failure()
    same(case.json(), unstructure(result.unwrap()))


@pytest.mark.parametrize("case", [c for c in CASES if c.status >= 400], ids=lambda c: c.name)
def test_a_recorded_error_is_its_status_class_with_the_server_message(
    server: FaultServer, case: Case
) -> None:
    result = replay(server, case)
    assert isinstance(result, Failure)
    error = result.failure()
    assert type(error).__name__ == STATUS_ERRORS[case.status], error
    assert error.data.error.message == case.json()["error"]["message"]


def _chat_expected(case: Case) -> tuple[str, Any]:
    content, usage = [], None
    for event in case.events():
        for choice in event.get("choices") or []:
            text = (choice.get("delta") or {}).get("content")
            if text:
                content.append(text)
        if event.get("usage") is not None:
            usage = event["usage"]
    return "".join(content), usage


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.is_stream and c.operation == "chat_send"], ids=lambda c: c.name
)
def test_a_recorded_chat_stream_adds_up_to_its_text_and_usage(
    server: FaultServer, case: Case
) -> None:
    result = replay(server, case)
    assert isinstance(result, Success), result.failure()
    with result.unwrap() as stream:
        items = list(stream)
    errors = [item.failure() for item in items if isinstance(item, Failure)]
    # Only an error event the server sent may end the stream early.
    assert all(isinstance(error, StreamEventError) for error in errors), errors
    has_error_event = any(event.get("error") for event in case.events())
    assert bool(errors) == has_error_event
    summary = accumulate_chat(items)
    content, usage = _chat_expected(case)
    assert summary.content == content
    if usage is not None and not has_error_event:
        same(usage, unstructure(summary.usage))


def _responses_expected(case: Case) -> tuple[str, str | None, Any]:
    text, reasoning, usage = [], [], None
    for event in case.events():
        if event.get("type") == "response.output_text.delta":
            text.append(event["delta"])
        if event.get("type") == "response.reasoning_text.delta":
            reasoning.append(event["delta"])
        if event.get("type") == "response.completed":
            usage = event["response"].get("usage")
    return "".join(text), "".join(reasoning) if reasoning else None, usage


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.is_stream and c.operation == "responses_send"],
    ids=lambda c: c.name,
)
def test_a_recorded_responses_stream_adds_up_to_its_text_and_usage(
    server: FaultServer, case: Case
) -> None:
    result = replay(server, case)
    assert isinstance(result, Success), result.failure()
    with result.unwrap() as stream:
        items = list(stream)
    assert all(isinstance(item, Success) for item in items), [
        item.failure() for item in items if isinstance(item, Failure)
    ]
    summary = accumulate_responses(items)
    text, reasoning, usage = _responses_expected(case)
    assert summary.text == text
    assert summary.reasoning == reasoning
    assert summary.status == "completed"
    same(usage, unstructure(summary.usage))


#: Recordings that still do not fit the spec after the overlay (codegen/overlay.yaml): the
#: usage-only chunk as pasted in a bug report carries no id, created or model.
STILL_MISFITS = {"chat_stream_usage_only_terminal_chunk"}


@pytest.mark.parametrize("case", [c for c in CASES if c.status < 300], ids=lambda c: c.name)
def test_with_the_overlay_strict_mode_reads_the_recordings_too(
    server: FaultServer, case: Case
) -> None:
    result = replay(server, case, strict=True)
    assert isinstance(result, Success), result.failure()
    if case.is_stream:
        with result.unwrap() as stream:
            items = list(stream)
        misfits = [
            item.failure()
            for item in items
            if isinstance(item, Failure) and not isinstance(item.failure(), StreamEventError)
        ]
        assert bool(misfits) == (case.name in STILL_MISFITS), misfits
