"""Section 6: what the tool-calling layer adds over a hand-written loop doing the same work.

Both rows compare two ways of using this SDK, so the ``ours`` column is the layer and the
``bare`` column is the same work written by hand over ``chat_send`` (not bare httpx; the
row's footnote says so), both on one ``httpx.MockTransport``:

- a three-step run with two tools: step one asks for both tools at once, step two for one
  again, step three answers. ``call_model`` against a loop that sends, finds the tool calls,
  decodes their JSON arguments, runs the functions, appends the assistant message and one
  ``tool`` message per call, adds up the usage and goes again;
- a streamed answer: ``call_model_stream`` read to its ``RunFinished`` against iterating
  ``chat_send``'s stream, in chunks per second.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from benchmarks._contenders import HTTPX_TIMEOUT, ours_core, unwrap
from benchmarks._payloads import sse_chat_stream
from benchmarks._results import BARE, OURS, Row, Unavailable
from benchmarks._settings import Settings
from benchmarks._timing import Measure, Setup, budget_note, call_repeatedly, interleave
from benchmarks.streaming import _mock_transport

BASE_URL = "http://openrouter.bench/api/v1"
MODEL = "openai/gpt-4o-mini"
QUESTION = "Weather and local time in Paris, then in Rome?"
HAND_WRITTEN = "bare: the same work as a hand-written loop over chat_send, not bare httpx"
USAGE = {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150, "cost": 0.0001}


def _completion(content: str | None, calls: list[tuple[str, str, dict[str, Any]]]) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = [
            {"id": i, "type": "function", "function": {"name": n, "arguments": json.dumps(a)}}
            for i, n, a in calls
        ]
    body = {
        "id": "gen-1732000000-agents",
        "object": "chat.completion",
        "created": 1_732_000_000,
        "model": MODEL,
        "provider": "OpenAI",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls" if calls else "stop",
                "message": message,
            }
        ],
        "usage": USAGE,
    }
    return json.dumps(body, separators=(",", ":")).encode()


#: The model's answer by the number of messages it was sent (1, then 4, then 6).
REPLIES = {
    1: _completion(
        None,
        [("call_w", "get_weather", {"city": "Paris"}), ("call_t", "get_time", {"city": "Paris"})],
    ),
    4: _completion(None, [("call_w2", "get_weather", {"city": "Rome"})]),
    6: _completion("Paris: sunny, 21 C, 14:05. Rome: cloudy, 18 C.", []),
}
FINAL_TEXT = "Paris: sunny, 21 C, 14:05. Rome: cloudy, 18 C."


def _answer(request: httpx.Request) -> httpx.Response:
    sent = json.loads(request.content)
    return httpx.Response(
        200,
        content=REPLIES[len(sent["messages"])],
        headers={"content-type": "application/json"},
    )


def get_weather(city: str) -> str:
    """The current weather in a city.

    Args:
        city: The city's name.
    """
    return {"Paris": "sunny, 21 C", "Rome": "cloudy, 18 C"}[city]


def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city's name.
    """
    return "14:05"


# The tools entries a hand-writer would keep next to the functions.
TOOL_ENTRIES: list[Any] = [
    {
        "type": "function",
        "function": {
            "name": name,
            "description": doc,
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string", "description": "The city's name."}},
                "required": ["city"],
                "additionalProperties": False,
            },
        },
    }
    for name, doc in (
        ("get_weather", "The current weather in a city."),
        ("get_time", "The local time in a city."),
    )
]
FUNCTIONS = {"get_weather": get_weather, "get_time": get_time}


def hand_written_loop(core: Any, chat_send: Any) -> tuple[str, int, int]:
    """The loop a user writes without ``call_model``: (final text, steps, total tokens)."""
    messages: list[Any] = [{"role": "user", "content": QUESTION}]
    tokens = 0
    for step in range(1, 11):
        request = {
            "model": MODEL,
            "messages": messages,
            "tools": TOOL_ENTRIES,
            "extra_fields": {"usage": {"include": True}},
        }
        completion = unwrap(chat_send(core, request))
        if completion.usage is not None:
            tokens += completion.usage.total_tokens
        message = completion.choices[0].message
        calls = message.tool_calls or []
        messages.append(
            {
                "role": "assistant",
                "content": message.content,
                **(
                    {
                        "tool_calls": [
                            {
                                "id": call.id,
                                "type": "function",
                                "function": {
                                    "name": call.function.name,
                                    "arguments": call.function.arguments,
                                },
                            }
                            for call in calls
                        ]
                    }
                    if calls
                    else {}
                ),
            }
        )
        if not calls:
            return message.content, step, tokens
        for call in calls:
            try:
                arguments = json.loads(call.function.arguments or "{}")
                content = str(FUNCTIONS[call.function.name](**arguments))
            except Exception as exc:
                content = f"Error: {type(exc).__name__}: {exc}"
            messages.append({"role": "tool", "tool_call_id": call.id, "content": content})
    raise Unavailable("the hand-written loop did not finish in 10 steps")


def _check_run(found: tuple[str, int, int]) -> None:
    if found != (FINAL_TEXT, 3, 450):
        raise Unavailable(f"wrong run: {found!r}")


def _loop_row(settings: Settings) -> Row:
    row = Row("6. Agents", "call_model: 3-step run, 2 tools, MockTransport", "µs/run", False)
    row.note = HAND_WRITTEN
    client = httpx.Client(transport=httpx.MockTransport(_answer), timeout=HTTPX_TIMEOUT)

    def contender(name: str, run: Any) -> Measure:
        _check_run(run())  # untimed: warms imports and proves the run is the same work

        def measure() -> list[float]:
            us, made, last = call_repeatedly(run, settings.agents_runs, settings.agents_budget_s)
            _check_run(last)  # type: ignore[arg-type]
            note = budget_note(made, settings.agents_runs, settings.agents_budget_s, "runs")
            if note is not None:
                row.cell(name).note = note
            return [us]

        return measure

    def ours() -> Measure:
        from openrouter_funcs import call_model, tool

        core = ours_core(BASE_URL, client=client)
        tools = [tool(get_weather), tool(get_time)]

        def run() -> tuple[str, int, int]:
            done = unwrap(call_model(core, {"model": MODEL, "messages": [user()]}, tools=tools))
            return done.text, len(done.steps), done.usage.total_tokens

        return contender(OURS, run)

    def bare() -> Measure:
        from openrouter_funcs.chat_send import chat_send

        core = ours_core(BASE_URL, client=client)
        return contender(BARE, lambda: hand_written_loop(core, chat_send))

    setups: dict[str, Setup] = {OURS: ours, BARE: bare}
    try:
        interleave([row], setups, settings.agents_rounds)
    finally:
        client.close()
    return row


def user() -> dict[str, str]:
    return {"role": "user", "content": QUESTION}


def _stream_row(settings: Settings) -> Row:
    chunks = settings.agents_stream_chunks
    row = Row("6. Agents", f"call_model_stream: {chunks:,}-chunk answer", "chunks/s", True)
    row.note = HAND_WRITTEN
    body = sse_chat_stream(chunks)
    client = httpx.Client(transport=_mock_transport(httpx, body), timeout=HTTPX_TIMEOUT)

    def contender(name: str, consume: Any) -> Measure:
        consume()  # untimed warm-up, and a check that the whole stream is read

        def measure() -> list[float]:
            start = time.perf_counter()
            consume()
            return [chunks / (time.perf_counter() - start)]

        return measure

    def ours() -> Measure:
        from returns.result import Success

        from openrouter_funcs import RunFinished, call_model_stream

        core = ours_core(BASE_URL, client=client)

        def consume() -> None:
            with call_model_stream(core, {"model": MODEL, "messages": [user()]}) as stream:
                last = None
                for item in stream:
                    last = item
            if not (isinstance(last, Success) and isinstance(last.unwrap(), RunFinished)):
                raise Unavailable(f"the run did not finish: {last!r}")

        return contender(OURS, consume)

    def bare() -> Measure:
        from openrouter_funcs.chat_send import chat_send

        core = ours_core(BASE_URL, client=client)

        def consume() -> None:
            count = 0
            with unwrap(chat_send(core, {"model": MODEL, "messages": [user()]}, stream=True)) as s:
                for item in s:
                    unwrap(item)
                    count += 1
            if count != chunks:
                raise Unavailable(f"read {count:,} chunks, expected {chunks:,}")

        return contender(BARE, consume)

    setups: dict[str, Setup] = {OURS: ours, BARE: bare}
    try:
        interleave([row], setups, settings.agents_rounds)
    finally:
        client.close()
    return row


def agents(settings: Settings) -> list[Row]:
    """The loop row and the streaming row."""
    return [_loop_row(settings), _stream_row(settings)]
