"""A ledger attached to a core counts every call's usage exactly, from threads and tasks, JSON
and streams; budgets refuse calls before they are sent."""

from __future__ import annotations

import asyncio
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import Budget, OpenRouterCore, RequestOptions, Usage, UsageLedger
from openrouter_core.accumulate import accumulate_chat, accumulate_chat_async
from openrouter_core.errors import BudgetExceededError
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits

from ..faultserver import FaultServer
from .helpers import core_for, request
from .priced import Priced

MODELS = ("openai/gpt-4o", "anthropic/claude-3.5-sonnet")
TAGS = ("alice", "bob", None)


def options(tag: str | None) -> RequestOptions:
    # The header tells the test server the tag, so it can say what it billed per tag.
    return RequestOptions(tag=tag, http_headers={"x-test-tag": tag or ""})


def one_call(core: OpenRouterCore, n: int) -> None:
    model, tag, stream = MODELS[n % 2], TAGS[n % 3], n % 4 < 2
    result = chat_send(core, request(model, stream=stream), options=options(tag))
    assert isinstance(result, Success), result
    if stream:
        with result.unwrap() as events:
            assert accumulate_chat(events).content == "Hello"


async def one_call_async(core: OpenRouterCore, n: int) -> None:
    model, tag, stream = MODELS[n % 2], TAGS[n % 3], n % 4 < 2
    result = await chat_send_async(core, request(model, stream=stream), options=options(tag))
    assert isinstance(result, Success), result
    if stream:
        async with result.unwrap() as events:
            assert (await accumulate_chat_async(events)).content == "Hello"


def test_totals_equal_what_the_server_billed_over_200_concurrent_calls() -> None:
    priced = Priced()
    ledger = UsageLedger()
    with FaultServer(default=priced) as server:
        core = core_for(server.url, ledger=ledger)
        # 100 calls from 16 threads, 100 from tasks on a loop in another thread, all at once.
        start = threading.Barrier(2)

        def tasks() -> None:
            async def main() -> None:
                start.wait()
                await asyncio.gather(*(one_call_async(core, n) for n in range(100, 200)))
                # No aclose() here: it would close the core under the threads' calls. The
                # loop's client closes with the loop; core.close() below ends the rest.

            asyncio.run(main())

        loop_thread = threading.Thread(target=tasks)
        loop_thread.start()
        start.wait()
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda n: one_call(core, n), range(100)))
        loop_thread.join()
        core.close()
        assert server.request_count == 200

    total = ledger.total()
    assert total.calls == 200
    assert total.cost == priced.cost()
    assert total.total_tokens == priced.tokens()
    assert total.prompt_tokens == sum(b.prompt_tokens for b in priced.billed)
    for model, usage in ledger.by_model().items():
        assert usage.cost == priced.cost(model=model)
        assert usage.total_tokens == priced.tokens(model=model)
    assert set(ledger.by_model()) == set(MODELS)
    by_tag = ledger.by_tag()
    assert set(by_tag) == set(TAGS)
    for tag in TAGS:
        assert by_tag[tag].cost == priced.cost(tag=tag or "")
        assert by_tag[tag].calls == sum(1 for b in priced.billed if b.tag == (tag or ""))
    assert ledger.by_operation()["sendChatCompletionRequest"] == total
    rows = ledger.rows()
    assert sum(row["calls"] for row in rows) == 200
    assert {row["tag"] for row in rows} == set(TAGS)
    # Streams were asked for usage accounting, as the caller had not.
    assert all(r.json()["usage"] == {"include": True} for r in server.requests)  # type: ignore[index]


def test_a_call_without_usage_counts_as_a_call_and_reset_forgets_everything() -> None:
    ledger = UsageLedger()
    with FaultServer() as server:
        core = core_for(server.url, ledger=ledger)
        assert isinstance(credits_get_credits(core), Success)
    assert ledger.by_operation() == {"getCredits": Usage(calls=1)}
    assert ledger.by_model() == {None: Usage(calls=1)}  # a call that names no model
    ledger.reset()
    assert ledger.total() == Usage()


def test_a_caller_asking_for_usage_its_own_way_is_left_alone() -> None:
    with FaultServer(default=Priced()) as server:
        core = core_for(server.url, ledger=UsageLedger())
        asked = request(stream=True, stream_options={"include_usage": True})
        with chat_send(core, asked).unwrap() as events:
            list(events)
        sent: Any = server.requests[0].json()
    assert "usage" not in sent and sent["stream_options"] == {"include_usage": True}


def test_the_ledger_and_its_totals_pickle() -> None:
    priced = Priced()
    ledger = UsageLedger([Budget(max_usd=5.0)])
    with FaultServer(default=priced) as server:
        core = core_for(server.url, ledger=ledger)
        for n in range(3):
            one_call(core, n)
    copy = pickle.loads(pickle.dumps(ledger))
    assert copy.total() == ledger.total() and copy.total().cost == priced.cost()
    assert copy.budgets == (Budget(max_usd=5.0),)
    assert copy.by_tag() == ledger.by_tag()
    copy.record(Usage(calls=1, cost=Decimal("0.5")), model="m", operation="op")
    assert copy.total().calls == 4


# --- budgets ------------------------------------------------------------------------------


def test_a_spent_budget_refuses_the_next_call_unsent_naming_the_budget() -> None:
    priced = Priced()
    budget = Budget(max_usd=0.0005)
    ledger = UsageLedger([budget])
    with FaultServer(default=priced) as server:
        core = core_for(server.url, ledger=ledger)
        results = [chat_send(core, request()) for _ in range(6)]
        sent = server.request_count
    refused = [r for r in results if isinstance(r, Failure)]
    # 0.000137, +0.000274, +0.000411: the third call spends it, the rest are refused.
    assert sent == 3 and len(refused) == 3
    error = refused[0].failure()
    assert isinstance(error, BudgetExceededError)
    assert error.budget == budget and error.spent_usd == float(priced.cost())
    assert "not sent" in str(error) and "max $0.0005" in str(error)
    assert ledger.total().calls == 3


def test_a_tag_budget_refuses_only_that_tags_calls() -> None:
    ledger = UsageLedger([Budget(max_tokens=1, tag="batch")])
    with FaultServer(default=Priced()) as server:
        core = core_for(server.url, ledger=ledger)
        assert isinstance(chat_send(core, request(), options={"tag": "batch"}), Success)
        refused = chat_send(core, request(), options={"tag": "batch"})
        other = chat_send(core, request(), options={"tag": "web"})
    assert isinstance(refused.failure(), BudgetExceededError)
    assert isinstance(other, Success)


def test_overrun_is_bounded_by_the_calls_in_flight() -> None:
    """16 threads call until refused: each has at most one call in flight, so spend passes
    the budget by at most 16 calls' worth, and every call sent is counted."""
    priced = Priced()
    budget = Budget(max_usd=0.01)
    ledger = UsageLedger([budget])
    most = 0.000137 * 7
    with FaultServer(default=priced) as server:
        core = core_for(server.url, ledger=ledger)

        def until_refused(_: int) -> int:
            calls = 0
            while isinstance(chat_send(core, request()), Success):
                calls += 1
            return calls

        with ThreadPoolExecutor(16) as pool:
            made = sum(pool.map(until_refused, range(16)))
        sent = server.request_count
    spent = ledger.total()
    assert made == sent == spent.calls
    assert spent.cost == priced.cost()
    assert 0.01 <= spent.cost_usd < 0.01 + 16 * most


def test_budget_and_tag_are_checked() -> None:
    with pytest.raises(ValueError, match="max_usd, max_tokens"):
        Budget()
    with pytest.raises(ValueError, match="max_usd"):
        Budget(max_usd=-1)
    with pytest.raises(TypeError, match="Budget"):
        UsageLedger(["5 dollars"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="ledger must be a UsageLedger"):
        OpenRouterCore(api_key="k", ledger="ledger")  # type: ignore[arg-type]
    core = OpenRouterCore(api_key="k", server_url="http://127.0.0.1:9")
    result = credits_get_credits(core, options={"tag": 5})
    assert "tag must be a string" in str(result.failure())
