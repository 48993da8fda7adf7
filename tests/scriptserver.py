"""A scripted chat model on a real loopback socket, checking every request it receives.

Each turn of a script names what the request must hold (its exact ``messages``, and by
default the tool names offered and usage accounting asked for) and what to answer: a chat
completion, an SSE stream of chunks, or an error status. A request that does not match is
answered with a 400 saying why, and the mismatch is kept in ``server.errors`` (every test
asserts it is empty), so a wrong message cannot pass unnoticed::

    with ScriptServer() as server:
        server.script(
            Turn(expect=[user("Hi")], reply=completion(calls=[call("c1", "add", a=1)])),
            Turn(expect=[user("Hi"), ANY_ASSISTANT, tool_result("c1", "1")], reply=completion("1")),
        )
        run = call_model(server.core(), "Hi", tools=[add]).unwrap()
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openrouter_core import OpenRouterCore, RetryConfig

from .conftest import FakeClock
from .faultserver import EventStream, Exchange, Fault, FaultServer, Respond, sse

__all__ = [
    "ANY",
    "ScriptServer",
    "Turn",
    "assistant_calls",
    "call",
    "chunk",
    "completion",
    "streamed",
    "tool_result",
    "user",
]

#: Matches any value where a message (or a field of one) is expected.
ANY: Any = object()

USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15, "cost": 0.01}


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


def call(call_id: str, name: str, arguments: Any = None, **kwargs: Any) -> dict[str, Any]:
    """A tool call as the model sends it; ``arguments`` text as is, else kwargs as JSON."""
    text = arguments if isinstance(arguments, str) else json.dumps(kwargs)
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": text}}


def tool_result(call_id: str, content: Any) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def assistant_calls(
    calls: Sequence[dict[str, Any]], content: Any = None, **fields: Any
) -> dict[str, Any]:
    """The assistant message the loop must echo for a reply with ``calls``."""
    return {"role": "assistant", "content": content, "tool_calls": list(calls), **fields}


def completion(
    content: str | None = None,
    *,
    calls: Sequence[dict[str, Any]] = (),
    usage: Mapping[str, Any] | None = None,
    **message_fields: Any,
) -> dict[str, Any]:
    """A chat completion body answering with text, or with tool calls."""
    message: dict[str, Any] = {"role": "assistant", "content": content, **message_fields}
    if calls:
        message["tool_calls"] = list(calls)
    return {
        "id": "gen-script",
        "object": "chat.completion",
        "created": 1762047030,
        "model": "scripted/model",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls" if calls else "stop",
                "message": message,
            }
        ],
        "usage": dict(USAGE if usage is None else usage),
    }


def chunk(delta: Mapping[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    """One ``chat.completion.chunk``."""
    return {
        "id": "gen-script-stream",
        "object": "chat.completion.chunk",
        "created": 1762047030,
        "model": "scripted/model",
        "choices": [{"index": 0, "delta": dict(delta), "finish_reason": finish}],
        **extra,
    }


def streamed(*chunks: Mapping[str, Any], done: bool = True) -> EventStream:
    """An SSE answer of these chunks (and ``[DONE]``)."""
    pieces = [sse(dict(item)) for item in chunks]
    if done:
        pieces.append(b"data: [DONE]\n\n")
    return EventStream(pieces)


@dataclass(frozen=True)
class Turn(Fault):
    """One model call: what its request must hold, and the answer."""

    expect: Sequence[Any] | None
    reply: Mapping[str, Any] | Fault
    #: The tool names the request must offer (None: not checked).
    tools: Sequence[str] | None = None
    #: Other body keys that must have these values.
    body: Mapping[str, Any] = field(default_factory=dict)

    def serve(self, ex: Exchange) -> bool:
        problem = self.problem(json.loads(ex.request.body))
        if problem is not None:
            ex._server._errors.append(AssertionError(problem))
            return Respond(400, {"error": {"code": 400, "message": problem}}).serve(ex)
        reply = self.reply
        return (reply if isinstance(reply, Fault) else Respond(200, dict(reply))).serve(ex)

    def problem(self, body: dict[str, Any]) -> str | None:
        if body.get("usage") != {"include": True}:
            return f"usage accounting not asked for: {body.get('usage')!r}"
        if self.expect is not None and not _matches(body.get("messages"), list(self.expect)):
            return f"messages differ:\n got {body.get('messages')!r}\nwant {list(self.expect)!r}"
        if self.tools is not None:
            names = [entry["function"]["name"] for entry in body.get("tools") or ()]
            if names != list(self.tools):
                return f"tools {names} != {list(self.tools)}"
        for key, value in self.body.items():
            if not _matches(body.get(key), value):
                return f"{key}: {body.get(key)!r} != {value!r}"
        return None


def _matches(got: Any, want: Any) -> bool:
    if want is ANY:
        return True
    if isinstance(want, dict):
        return (
            isinstance(got, dict)
            and got.keys() == want.keys()
            and all(_matches(got[key], value) for key, value in want.items())
        )
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(_matches(a, b) for a, b in zip(got, want, strict=True))
        )
    return bool(got == want and type(got) is type(want))


class ScriptServer(FaultServer):
    """A FaultServer whose turns are scripted model calls; unscripted requests get a 599."""

    def __init__(self) -> None:
        super().__init__(
            default=Respond(599, {"error": {"code": 599, "message": "no turn scripted"}})
        )
        self.clock = FakeClock()

    def script(self, *turns: Fault) -> None:
        self.enqueue(*turns)

    def core(self, **kwargs: Any) -> OpenRouterCore:
        """A core on this server: retries off, a clock that never sleeps (0 s durations)."""
        kwargs.setdefault("retry_config", RetryConfig(strategy="none"))
        kwargs.setdefault("clock", self.clock)
        return OpenRouterCore(api_key="sk-or-script", server_url=self.url, **kwargs)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(request.body) for request in self.requests]
