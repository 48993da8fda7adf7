"""Async throughput with an httpx2 client beneath the core, paired against httpx (a script).

Issue 25 item 4. A core takes only ``httpx`` clients; ``openrouter_core.httpx2_transport``
wraps an ``httpx2`` client in one. This fires ``--calls`` concurrent credits calls (one
``asyncio.gather``, or ``run_many_async`` with ``--calls`` in flight) at the loopback server
(its own process), round by round, each contender in turn, on one event loop::

    python -m benchmarks.httpx2_probe
    python -m benchmarks.httpx2_probe --calls 1000 --rounds 9

Contenders: bare ``httpx.AsyncClient`` and bare ``httpx2.AsyncClient`` (get, status check,
``json.loads``); our ``credits_get_credits_async`` on the core's own client, and on an httpx2
client through the adapter; ``run_many_async`` on each of those two cores. Every client has a
pool of 100 connections. It prints, per contender, the median requests per second and the
median CPU microseconds per call of this process (the server's not counted: the machine is
shared, and CPU time moves far less than wall time under other load), and the median of the
per-round ratios of the httpx2 side to its httpx pair.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
import httpx2
from returns.result import Success

from benchmarks._payloads import CREDITS_BODY
from benchmarks._server import loopback_server
from openrouter_core import OpenRouterCore
from openrouter_core.httpx2_transport import httpx2_async_client
from openrouter_funcs import run_many_async
from openrouter_funcs.credits_get_credits import credits_get_credits_async

Burst = Callable[[int], Awaitable[None]]
API_KEY = "sk-or-v1-benchmark"
TIMEOUT_S = 60.0


def _bare(client: httpx.AsyncClient | httpx2.AsyncClient, url: str) -> Burst:
    async def one() -> None:
        response = await client.get(
            f"{url}/credits", headers={"Authorization": f"Bearer {API_KEY}"}
        )
        response.raise_for_status()
        assert json.loads(response.content)["data"]["total_credits"] == 100.5

    async def burst(calls: int) -> None:
        await asyncio.gather(*(one() for _ in range(calls)))

    return burst


def _ours(core: OpenRouterCore) -> Burst:
    async def burst(calls: int) -> None:
        results = await asyncio.gather(*(credits_get_credits_async(core) for _ in range(calls)))
        assert all(isinstance(result, Success) for result in results)

    return burst


def _run_many(core: OpenRouterCore) -> Burst:
    async def credits(core: OpenRouterCore, _: int) -> object:
        return await credits_get_credits_async(core)

    async def burst(calls: int) -> None:
        done = 0
        async for _, result in run_many_async(
            credits, core, range(calls), concurrency=calls, progress="off"
        ):
            assert isinstance(result, Success)
            done += 1
        assert done == calls

    return burst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with loopback_server({"/api/v1/credits": CREDITS_BODY}) as server:
        url = server + "/api/v1"
        asyncio.run(_measure(url, args.calls, args.rounds))


async def _measure(url: str, calls: int, rounds: int) -> None:
    bare_httpx = httpx.AsyncClient(timeout=TIMEOUT_S)
    bare_httpx2 = httpx2.AsyncClient(timeout=TIMEOUT_S)
    own = OpenRouterCore(api_key=API_KEY, server_url=url, timeout_ms=int(TIMEOUT_S * 1000))
    wrapped = OpenRouterCore(
        api_key=API_KEY,
        server_url=url,
        timeout_ms=int(TIMEOUT_S * 1000),
        async_client=httpx2_async_client(httpx2.AsyncClient(timeout=TIMEOUT_S)),
    )
    contenders: dict[str, Burst] = {
        "bare httpx": _bare(bare_httpx, url),
        "bare httpx2": _bare(bare_httpx2, url),
        "ours (own httpx client)": _ours(own),
        "ours (httpx2 adapter)": _ours(wrapped),
        "run_many (own httpx client)": _run_many(own),
        "run_many (httpx2 adapter)": _run_many(wrapped),
    }
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    for round_ in range(rounds):
        for name, burst in contenders.items():
            # Untimed: reopens the pool's keep-alive connections (they expire idle while the
            # other contenders run), so the timed burst measures the steady state.
            await burst(min(calls, 100))
            wall, cpu = time.perf_counter(), time.process_time()
            await burst(calls)
            rates[name].append(calls / (time.perf_counter() - wall))
            cpus[name].append((time.process_time() - cpu) / calls * 1e6)
        print(f"round {round_ + 1}/{rounds} done", flush=True)
    await bare_httpx.aclose()
    await bare_httpx2.aclose()
    assert wrapped.async_client is not None
    await wrapped.async_client.aclose()

    print(f"\n{calls:,} concurrent credits calls, loopback, {rounds} rounds (medians)")
    for name in contenders:
        print(
            f"  {name:30} {statistics.median(rates[name]):8.0f} req/s"
            f" {statistics.median(cpus[name]):8.0f} us CPU/call"
        )
    pairs = [
        ("bare httpx2", "bare httpx"),
        ("ours (httpx2 adapter)", "ours (own httpx client)"),
        ("run_many (httpx2 adapter)", "run_many (own httpx client)"),
        ("ours (httpx2 adapter)", "bare httpx"),
    ]
    print("\nper-round ratios (median, min..max): req/s, and CPU per call")
    for new, old in pairs:
        rate = [a / b for a, b in zip(rates[new], rates[old], strict=True)]
        cpu = [a / b for a, b in zip(cpus[new], cpus[old], strict=True)]
        print(
            f"  {new} / {old}: req/s {statistics.median(rate):.2f}x"
            f" ({min(rate):.2f}..{max(rate):.2f}), CPU {statistics.median(cpu):.2f}x"
            f" ({min(cpu):.2f}..{max(cpu):.2f})"
        )


if __name__ == "__main__":
    main()
