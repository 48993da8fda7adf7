"""Section 3: requests per second with many calls in flight at once over real loopback TCP.

Each contender gets its own ``httpx.AsyncClient`` built the same way (default pool of 100
connections, one generous timeout), fires ``concurrency`` credits calls with
``asyncio.gather`` and is timed from the first call to the last answer; the rest queue for
the pool, as they would in a real program. The server runs in
another process, so on a two-core machine the client under test has a core of its own.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable

import httpx

from benchmarks._contenders import (
    API_KEY,
    HTTPX_TIMEOUT,
    check_credits,
    official_sdk,
    ours_core,
    ours_function,
    unwrap,
)
from benchmarks._results import BARE, OFFICIAL, OURS, Row
from benchmarks._settings import Settings
from benchmarks._timing import Measure, Setup, interleave

Call = Callable[[], Awaitable[object]]


def concurrency(settings: Settings, api_url: str) -> Row:
    """One row: credits calls per second with ``settings.concurrency`` in flight."""
    n = settings.concurrency
    row = Row("3. Concurrency", f"{n:,} concurrent get credits, loopback", "req/s", True)
    loop = asyncio.new_event_loop()
    clients: list[httpx.AsyncClient] = []

    def new_client() -> httpx.AsyncClient:
        client = httpx.AsyncClient(timeout=HTTPX_TIMEOUT)
        clients.append(client)
        return client

    async def burst(call: Call, size: int, check: Callable[[object], None]) -> float:
        start = time.perf_counter()
        results = await asyncio.gather(*(call() for _ in range(size)))
        elapsed = time.perf_counter() - start
        for result in results:  # after the clock stops: every answer must be right
            check(result)
        return size / elapsed

    def contender(call: Call, check: Callable[[object], None]) -> Measure:
        def measure() -> list[float]:
            # Untimed, and every round: the pool's connections expire after 5 s idle while the
            # other contenders run, and httpcore cannot reopen them with a thousand requests
            # queued (its pool rescans every waiter on each event, starving the connects
            # until they time out). A small burst first reopens them, so the timed burst
            # measures the steady keep-alive state.
            loop.run_until_complete(burst(call, min(n, 100), check))
            return [loop.run_until_complete(burst(call, n, check))]

        loop.run_until_complete(burst(call, 1, check))  # fails fast if the contender can't work
        return measure

    def ours() -> Measure:
        func = ours_function("credits_get_credits", "credits_get_credits_async")
        core = ours_core(api_url, async_client=new_client())
        return contender(lambda: func(core), lambda r: check_credits(unwrap(r)))

    def official() -> Measure:
        sdk = official_sdk(api_url, async_client=new_client())
        return contender(sdk.credits.get_credits_async, check_credits)

    def bare() -> Measure:
        client = new_client()

        async def call() -> object:
            response = await client.get(
                f"{api_url}/credits", headers={"Authorization": f"Bearer {API_KEY}"}
            )
            response.raise_for_status()
            return json.loads(response.content)

        return contender(call, check_credits)

    setups: dict[str, Setup] = {OURS: ours, OFFICIAL: official, BARE: bare}
    try:
        interleave([row], setups, settings.concurrency_rounds)
    finally:
        for client in clients:
            loop.run_until_complete(client.aclose())
        loop.close()
    return row
