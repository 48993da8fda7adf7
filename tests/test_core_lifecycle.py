"""Hooks, debug logging, key redaction, client ownership and sharing across threads."""

from __future__ import annotations

import asyncio
import logging
import threading

import httpx
import pytest
from pytest_httpx import HTTPXMock
from returns.result import Success

from openrouter_core import HookContext, Hooks, OpenRouterCore, RetryConfig
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from .conftest import SECRET, FakeClock, make_core

CREDITS = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CREDITS, headers={"x-seen": request.headers.get("x-added", "")})


def test_before_request_may_replace_the_request() -> None:
    def add_header(context: HookContext, request: httpx.Request) -> httpx.Request:
        request.headers["X-Added"] = context.operation_id
        return request

    seen: list[httpx.Response] = []
    core = make_core(
        ok, hooks=Hooks(before_request=[add_header], after_success=[lambda c, r: seen.append(r)])
    )
    assert isinstance(credits_get_credits(core), Success)
    assert seen[0].headers["x-seen"] == "getCredits"


def test_after_success_may_replace_the_response() -> None:
    def rewrite(context: HookContext, response: httpx.Response) -> httpx.Response:
        body = {"data": {"total_credits": 1, "total_usage": 1}}
        return httpx.Response(200, json=body, request=response.request)

    core = make_core(ok, hooks=Hooks(after_success=[rewrite]))
    assert credits_get_credits(core).unwrap().data.total_credits == 1.0


def test_after_error_sees_status_errors_and_exceptions_with_the_attempt() -> None:
    events: list[tuple[int, int | None, str | None]] = []

    def record(
        context: HookContext, response: httpx.Response | None, error: Exception | None
    ) -> None:
        events.append(
            (
                context.attempt,
                response.status_code if response else None,
                type(error).__name__ if error else None,
            )
        )

    answers = iter([httpx.Response(503), None, httpx.Response(200, json=CREDITS)])

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer is None:
            raise httpx.ConnectError("refused")
        return answer

    core = make_core(handler, hooks=Hooks(after_error=[record]))
    assert isinstance(credits_get_credits(core), Success)
    assert events == [(1, 503, None), (2, None, "ConnectionError")]


def test_hook_context_never_holds_the_key() -> None:
    contexts: list[HookContext] = []
    core = make_core(ok, hooks=Hooks(before_request=[lambda c, r: contexts.append(c)]))
    credits_get_credits(core)
    assert SECRET not in repr(contexts[0])
    assert SECRET not in str(vars(contexts[0]) if hasattr(contexts[0], "__dict__") else contexts)


def test_debug_log_names_method_url_status_attempt_and_time_but_never_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("test.openrouter")
    answers = iter([httpx.Response(500), httpx.Response(200, json=CREDITS)])
    core = make_core(lambda r: next(answers), debug_logger=logger)
    with caplog.at_level(logging.DEBUG, logger="test.openrouter"):
        credits_get_credits(core)
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2
    assert "GET https://openrouter.ai/api/v1/credits -> 500 (attempt 1" in lines[0]
    assert "-> 200 (attempt 2" in lines[1] and " ms)" in lines[1]
    assert all(SECRET not in line for line in lines)


def test_the_key_never_appears_in_repr_or_str_of_the_core() -> None:
    core = OpenRouterCore(api_key=SECRET)
    assert SECRET not in repr(core)
    assert SECRET not in str(core)
    assert SECRET not in repr(OpenRouterCore(api_key=lambda: SECRET))


def test_close_leaves_a_client_that_was_passed_in_open() -> None:
    client = httpx.Client(transport=httpx.MockTransport(ok))
    with OpenRouterCore(api_key=SECRET, client=client) as core:
        credits_get_credits(core)
    assert not client.is_closed
    client.close()


def test_close_closes_the_client_the_core_made(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=CREDITS)
    with OpenRouterCore(api_key=SECRET) as core:
        credits_get_credits(core)
        made = core.sync_client()
    assert made.is_closed


async def test_async_context_closes_only_what_it_made(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=CREDITS)
    given = httpx.AsyncClient(transport=httpx.MockTransport(ok))
    async with OpenRouterCore(api_key=SECRET, async_client=given) as core:
        assert isinstance(await credits_get_credits_async(core), Success)
    assert not given.is_closed
    await given.aclose()
    async with OpenRouterCore(api_key=SECRET) as core:
        assert isinstance(await credits_get_credits_async(core), Success)
        made = core.async_client_for_loop()
    assert made.is_closed


def test_one_core_is_shared_safely_across_threads(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=CREDITS, is_reusable=True)
    core = OpenRouterCore(api_key=SECRET, retry_config=RetryConfig(strategy="none"))
    results: list[object] = []
    clients: set[int] = set()

    def call() -> None:
        results.append(credits_get_credits(core))
        clients.add(id(core.sync_client()))

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 16 and all(isinstance(r, Success) for r in results)
    assert len(clients) == 1
    core.close()


async def test_one_core_serves_many_concurrent_tasks() -> None:
    core = make_core(ok, clock=FakeClock())
    results = await asyncio.gather(*(credits_get_credits_async(core) for _ in range(50)))
    assert all(isinstance(r, Success) for r in results)


def test_a_core_used_from_several_event_loops_gets_a_client_per_loop(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(json=CREDITS, is_reusable=True)
    core = OpenRouterCore(api_key=SECRET)
    first = asyncio.run(credits_get_credits_async(core))
    second = asyncio.run(credits_get_credits_async(core))
    assert isinstance(first, Success) and isinstance(second, Success)


async def test_async_hooks_are_awaited_by_async_calls() -> None:
    seen: list[str] = []

    async def before(context: HookContext, request: httpx.Request) -> httpx.Request:
        request.headers["X-Added"] = "async"
        return request

    async def after(context: HookContext, response: httpx.Response) -> None:
        seen.append(response.headers["x-seen"])

    core = make_core(ok, hooks=Hooks(before_request=[before], after_success=[after]))
    assert isinstance(await credits_get_credits_async(core), Success)
    assert seen == ["async"]


def test_an_async_hook_in_a_sync_call_is_a_clear_failure() -> None:
    from openrouter_core.errors import UnexpectedClientError

    async def before(context: HookContext, request: httpx.Request) -> None:
        return None

    result = credits_get_credits(make_core(ok, hooks=Hooks(before_request=[before])))
    error = result.failure()
    assert isinstance(error, UnexpectedClientError)
    assert "_async" in str(error)
