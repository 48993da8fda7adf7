"""What the spend tests share: a clock many tasks and threads can sleep on, and answers."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from openrouter_core import Clock, OpenRouterCore, RetryConfig

from ..faultserver import EventStream, Respond, sse


class SharedClock(Clock):
    """Time that moves only when someone sleeps: a sleep of ``s`` begun at ``t`` ends with the
    clock at ``t + s`` or later, and sleeps that overlap move it to the latest end only (an
    async sleep first lets the other tasks run at the time it began). Safe from threads and
    tasks; no test waits for real."""

    def __init__(self, start: float = 1_000.0) -> None:
        self._lock = threading.Lock()
        self.time = start

    def monotonic(self) -> float:
        with self._lock:
            return self.time

    def now(self) -> float:
        return 1_700_000_000.0 + self.monotonic()

    def _reach(self, target: float) -> None:
        with self._lock:
            self.time = max(self.time, target)

    def sleep(self, seconds: float) -> None:
        self._reach(self.monotonic() + seconds)

    async def async_sleep(self, seconds: float) -> None:
        target = self.monotonic() + seconds
        await asyncio.sleep(0)
        self._reach(target)

    def jitter(self) -> float:
        return 0.5


def core_for(url: str, **kwargs: Any) -> OpenRouterCore:
    kwargs.setdefault("retry_config", RetryConfig(strategy="none"))
    return OpenRouterCore(api_key="sk-or-v1-test", server_url=url, **kwargs)


def chat_body(
    model: str, cost: float, prompt: int, completion: int, text: str = "hi"
) -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": text},
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "cost": cost,
        },
    }


def chat_answer(model: str, cost: float, prompt: int, completion: int) -> Respond:
    return Respond(200, chat_body(model, cost, prompt, completion))


def chunk(model: str, **delta: Any) -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


def chat_stream(model: str, cost: float, prompt: int, completion: int) -> EventStream:
    usage_chunk = {
        **chunk(model),
        "choices": [],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "cost": cost,
        },
    }
    return EventStream(
        [
            sse(chunk(model, role="assistant", content="")),
            sse(chunk(model, content="Hel")),
            sse(chunk(model, content="lo")),
            sse(usage_chunk),
            b"data: [DONE]\n\n",
        ]
    )


def request(model: str = "openai/gpt-4o", **more: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hi"}], **more}
