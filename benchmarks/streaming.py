"""Section 5: how fast each SDK turns an SSE chat stream into chunk objects.

Every contender reads the same prebuilt OpenRouter stream through its own library's
``MockTransport``, delivered in 64 KiB pieces (the most httpcore reads from a socket at once),
so the figure is the SDK's parsing cost, not the network's. The bare column splits lines with
httpx and ``json.loads`` each ``data:`` payload: the floor.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Generator, Iterable
from types import ModuleType
from typing import Any

import httpx

from benchmarks._contenders import (
    API_KEY,
    HTTPX_TIMEOUT,
    official_sdk,
    openai_http_module,
    ours_core,
    ours_function,
    unwrap,
)
from benchmarks._payloads import sse_chat_stream
from benchmarks._results import BARE, OFFICIAL, OPENAI, OURS, Row, Unavailable
from benchmarks._settings import Settings
from benchmarks._timing import Measure, Setup, budget_note, interleave

BASE_URL = "http://openrouter.bench/api/v1"
PIECE = 64 * 1024
MODEL = "openai/gpt-4o"
# Typed loosely on purpose: each SDK names the same message shape with its own TypedDict.
MESSAGES: list[Any] = [{"role": "user", "content": "Tell me a very long story."}]

# Opens the stream and yields its chunks; the caller stops early when the budget runs out, and
# closing the generator closes the response.
Consume = Callable[[], Generator[object, None, None]]


def _mock_transport(http: ModuleType, body: bytes) -> Any:
    """A transport of ``http`` (httpx or httpx2) that answers with ``body`` as an SSE stream."""

    def pieces() -> Iterable[bytes]:
        for start in range(0, len(body), PIECE):
            yield body[start : start + PIECE]

    def answer(request: Any) -> Any:
        return http.Response(200, headers={"content-type": "text/event-stream"}, content=pieces())

    return http.MockTransport(answer)


def streaming(settings: Settings) -> Row:
    """One row: chunks per second while iterating a long chat stream."""
    chunks = settings.stream_chunks
    row = Row("5. Streaming", f"parse {chunks:,}-chunk SSE chat stream", "chunks/s", True)
    body = sse_chat_stream(chunks)
    client = httpx.Client(transport=_mock_transport(httpx, body), timeout=HTTPX_TIMEOUT)

    def contender(name: str, consume: Consume) -> Measure:
        # Untimed: the first chunks pull in lazy imports and prove the contender streams at all.
        warm_up = consume()
        try:
            for _ in itertools.islice(warm_up, 100):
                pass
        finally:
            warm_up.close()

        def measure() -> list[float]:
            count = 0
            out_of_time = False
            start = time.perf_counter()
            deadline = start + settings.stream_budget_s
            stream = consume()
            try:
                for _ in stream:
                    count += 1
                    if time.perf_counter() >= deadline:
                        out_of_time = True
                        break
            finally:
                stream.close()
            elapsed = time.perf_counter() - start
            if out_of_time:
                row.cell(name).note = budget_note(count, chunks, settings.stream_budget_s, "chunks")
            elif count != chunks:
                raise Unavailable(f"yielded {count:,} chunks, expected {chunks:,}")
            return [count / elapsed]

        return measure

    def ours() -> Measure:
        func = ours_function("chat_send", "chat_send")
        core = ours_core(BASE_URL, client=client)
        request = {"model": MODEL, "messages": MESSAGES, "stream": True}

        def consume() -> Generator[object, None, None]:
            stream = unwrap(func(core, request))
            try:
                for item in stream:
                    yield unwrap(item)  # each item is a Result; a Failure ends the run as n/a
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()

        return contender(OURS, consume)

    def official() -> Measure:
        sdk = official_sdk(BASE_URL, client=client)

        def consume() -> Generator[object, None, None]:
            with sdk.chat.send(messages=MESSAGES, model=MODEL, stream=True) as stream:
                yield from stream

        return contender(OFFICIAL, consume)

    def openai() -> Measure:
        http = openai_http_module()
        from openai import OpenAI

        oa = OpenAI(
            api_key=API_KEY,
            base_url=BASE_URL,
            max_retries=0,
            http_client=http.Client(transport=_mock_transport(http, body)),
        )

        def consume() -> Generator[object, None, None]:
            stream = oa.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
            try:
                yield from stream
            finally:
                stream.close()

        return contender(OPENAI, consume)

    def bare() -> Measure:
        def consume() -> Generator[object, None, None]:
            with client.stream(
                "POST",
                f"{BASE_URL}/chat/completions",
                json={"model": MODEL, "messages": MESSAGES, "stream": True},
                headers={"Authorization": f"Bearer {API_KEY}"},
            ) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data: "):
                        continue  # blank separators and `: OPENROUTER PROCESSING` comments
                    data = line[6:]
                    if data == "[DONE]":
                        return
                    yield json.loads(data)

        return contender(BARE, consume)

    setups: dict[str, Setup] = {OURS: ours, OFFICIAL: official, BARE: bare, OPENAI: openai}
    try:
        interleave([row], setups, settings.stream_rounds)
    finally:
        client.close()
    return row
