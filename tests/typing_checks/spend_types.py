"""Checked by mypy --strict (see .ci/run), never run: the spend pieces type-check as used."""

from __future__ import annotations

from decimal import Decimal

from returns.result import Result
from typing_extensions import assert_type

from openrouter_core import (
    Budget,
    FallbackAttempt,
    OpenRouterCore,
    RateLimiter,
    RequestOptions,
    Usage,
    UsageLedger,
    fallback_attempts,
    generation_stats,
    generation_stats_async,
    with_fallbacks,
)
from openrouter_core.errors import BudgetExceededError, OpenRouterBaseError
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.generation_response import GenerationResponse
from openrouter_funcs.chat_send import chat_send, chat_send_async

ledger = UsageLedger([Budget(max_usd=1.0), Budget(max_tokens=10_000, tag="batch")])
core = OpenRouterCore(ledger=ledger, limiter=RateLimiter(max_concurrent=4))

send = with_fallbacks(chat_send, models=["a/b", "c/d"])
result = send(
    core, {"messages": [{"role": "user", "content": "Hi"}]}, options=RequestOptions(tag="x")
)
assert_type(result, Result[ChatResult, OpenRouterBaseError])
send_async = with_fallbacks(chat_send_async, models=["a/b"], on=["5XX", "stream"])

attempts: tuple[FallbackAttempt, ...] = fallback_attempts(result.unwrap())
total: Usage = ledger.total()
cost: Decimal = total.cost
dollars: float = total.cost_usd
per_model: dict[str | None, Usage] = ledger.by_model()
rows: list[dict[str, object]] = ledger.rows()
stats = generation_stats(core, "gen-1", timeout=10)
assert_type(stats, Result[GenerationResponse, OpenRouterBaseError])


async def later() -> None:
    stats = await generation_stats_async(core, result.unwrap())
    assert_type(stats, Result[GenerationResponse, OpenRouterBaseError])


def refused(error: OpenRouterBaseError) -> float | None:
    if isinstance(error, BudgetExceededError):
        return error.spent_usd
    return None
