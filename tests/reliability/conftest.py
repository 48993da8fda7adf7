"""Shared set-up for the reliability tests: a fault server, fast retries, one-connection pools.

Every core here gets clients whose pool holds a single connection, with the pool timeout equal
to the request timeout: a call that left its connection checked out makes the *next* call
fail with a timeout, so "the next call succeeds" proves the pool was left usable.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx
import pytest
from returns.result import Result

from openrouter_core import BackoffStrategy, OpenRouterCore, RequestOptions, RetryConfig
from tests.faultserver import FaultServer

#: A key distinctive enough that finding it anywhere is certainly a leak.
SECRET = "sk-or-v1-reliability-6f1d0c9a8b7e5d4c3b2a1908f7e6d5c4"

#: The per-call timeout of the cores here; stalls are made much longer than this.
TIMEOUT_MS = 500
#: Retries that wait milliseconds and give up after a second.
FAST_BACKOFF = BackoffStrategy(
    initial_interval=10, max_interval=40, exponent=1.5, max_elapsed_time=1_000
)
RETRY = RetryConfig(backoff=FAST_BACKOFF)
NO_RETRY = RetryConfig(strategy="none")
#: Seconds a call may overrun its budget on a loaded two-core machine before a test fails.
SLACK = 1.5

CREDITS_BODY = {"data": {"total_credits": 100.5, "total_usage": 25.75}}
KEY_BODY = {
    "data": {
        "byok_usage": 0,
        "byok_usage_daily": 0,
        "byok_usage_monthly": 0,
        "byok_usage_weekly": 0,
        "created_at": "2025-01-01T00:00:00Z",
        "creator_user_id": None,
        "disabled": False,
        "hash": "h1",
        "include_byok_in_limit": False,
        "label": "label",
        "limit": None,
        "limit_remaining": None,
        "limit_reset": None,
        "name": "k",
        "updated_at": None,
        "usage": 0,
        "usage_daily": 0,
        "usage_monthly": 0,
        "usage_weekly": 0,
        "workspace_id": "w",
    },
    "key": "sk-or-v1-new-key",
}
CHAT_BODY = {
    "id": "gen-1",
    "created": 1,
    "model": "m",
    "object": "chat.completion",
    "system_fingerprint": None,
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}
    ],
}
CHAT_REQUEST = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def function_for(module_name: str, *, asynchronous: bool) -> Callable[..., Any]:
    """``openrouter_funcs.<name>.<name>[_async]``, skipping the test while it is not generated."""
    module = pytest.importorskip(f"openrouter_funcs.{module_name}")
    function: Callable[..., Any] = getattr(
        module, f"{module_name}_async" if asynchronous else module_name
    )
    return function


class Caller:
    """Runs functions in one mode: directly, or as coroutines on one event loop per test.

    One loop per test keeps the async client's pooled connections valid between calls, so a
    test can check that a failed call left the pool usable for the next one.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.asynchronous = mode == "async"
        self.loop = asyncio.new_event_loop() if self.asynchronous else None

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """Run ``coroutine`` to completion on this caller's loop."""
        assert self.loop is not None, "only async callers run coroutines"
        return self.loop.run_until_complete(coroutine)

    def call(
        self,
        module_name: str,
        core: OpenRouterCore,
        request: Any = None,
        options: RequestOptions | None = None,
    ) -> Result[Any, Any]:
        """Call ``openrouter_funcs.<module_name>`` in this caller's mode."""
        function = function_for(module_name, asynchronous=self.asynchronous)
        if self.asynchronous:
            return self.run(function(core, request, options=options))  # type: ignore[no-any-return]
        return function(core, request, options=options)  # type: ignore[no-any-return]

    def timed(
        self,
        module_name: str,
        core: OpenRouterCore,
        request: Any = None,
        options: RequestOptions | None = None,
    ) -> tuple[Result[Any, Any], float]:
        """``call`` and the seconds it took."""
        started = time.monotonic()
        result = self.call(module_name, core, request, options)
        return result, time.monotonic() - started

    def close(self) -> None:
        if self.loop is not None:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def caller(request: pytest.FixtureRequest) -> Iterator[Caller]:
    made = Caller(request.param)
    yield made
    made.close()


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv
    assert srv.errors == []


CoreFactory = Callable[..., OpenRouterCore]


@pytest.fixture
def make_core(server: FaultServer, caller: Caller) -> Iterator[CoreFactory]:
    """Cores pointed at ``server`` with one-connection pools; their clients close afterwards."""
    clients: list[tuple[httpx.Client, httpx.AsyncClient]] = []

    def make(
        *,
        retry_config: RetryConfig = NO_RETRY,
        timeout_ms: int = TIMEOUT_MS,
        max_connections: int = 1,
        **kwargs: Any,
    ) -> OpenRouterCore:
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        # verify=False only skips loading the CA bundle (~0.1 s a client); traffic is plain http.
        pair = (
            httpx.Client(verify=False, limits=limits),
            httpx.AsyncClient(verify=False, limits=limits),
        )
        clients.append(pair)
        kwargs.setdefault("api_key", SECRET)
        kwargs.setdefault("server_url", server.url + "/api/v1")
        # A stream's stalls are bounded by its own idle timeout, kept as short as a call's.
        kwargs.setdefault("stream_idle_timeout_ms", timeout_ms)
        return OpenRouterCore(
            client=pair[0],
            async_client=pair[1],
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            **kwargs,
        )

    yield make
    for sync_client, async_client in clients:
        sync_client.close()
        if caller.loop is not None:
            caller.run(async_client.aclose())
