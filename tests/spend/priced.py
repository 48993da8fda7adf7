"""A loopback answer that prices each chat call and remembers what it billed."""

from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..faultserver import Exchange, Fault
from .helpers import chat_answer, chat_stream


@dataclass(frozen=True)
class Billed:
    model: str
    tag: str | None
    stream: bool
    prompt_tokens: int
    completion_tokens: int
    cost: float


@dataclass(frozen=True)
class Priced(Fault):
    """Answers each chat request (JSON or stream, as asked) with a usage of its own."""

    billed: list[Billed] = field(default_factory=list)
    counter: Any = field(default_factory=itertools.count)
    lock: Any = field(default_factory=threading.Lock)

    def serve(self, ex: Exchange) -> bool:
        body: Any = json.loads(ex.request.body)
        with self.lock:
            n = next(self.counter)
        bill = Billed(
            model=body["model"],
            tag=ex.request.headers.get("x-test-tag"),
            stream=bool(body.get("stream")),
            prompt_tokens=10 + n % 5,
            completion_tokens=3 + n % 11,
            cost=0.000137 * (1 + n % 7),
        )
        with self.lock:
            self.billed.append(bill)
        answer = chat_stream if bill.stream else chat_answer
        return answer(bill.model, bill.cost, bill.prompt_tokens, bill.completion_tokens).serve(ex)

    def cost(self, **match: Any) -> Decimal:
        return sum((Decimal(repr(b.cost)) for b in self.billed if _fits(b, match)), Decimal(0))

    def tokens(self, **match: Any) -> int:
        return sum(b.prompt_tokens + b.completion_tokens for b in self.billed if _fits(b, match))


def _fits(bill: Billed, match: dict[str, Any]) -> bool:
    return all(getattr(bill, name) == value for name, value in match.items())
