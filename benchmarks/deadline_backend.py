"""What the deadline backend beneath the core's own clients costs per call (a script).

MockTransport never reaches httpcore's network backend, so this calls ``credits_get_credits``
against the loopback server (its own process), sync and async: a core that makes its own
client (the backend installed) against a core given an identically built client (httpx's
backend as it is), paired and interleaved round by round::

    python -m benchmarks.deadline_backend
    python -m benchmarks.deadline_backend --calls 2000 --rounds 9

It prints, per mode, the median microseconds per call of each side and their ratio, with the
spread of the per-round ratios. Both sides run the same pipeline (the deadline's context
variable is set either way); only the backend differs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable

import httpx
from returns.result import Success

from benchmarks._payloads import CREDITS_BODY
from benchmarks._server import loopback_server
from openrouter_core import OpenRouterCore
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async


def _per_call_us(run: Callable[[int], None], calls: int) -> float:
    started = time.perf_counter()
    run(calls)
    return (time.perf_counter() - started) / calls * 1e6


def _sync_runner(core: OpenRouterCore) -> Callable[[int], None]:
    def run(calls: int) -> None:
        for _ in range(calls):
            assert isinstance(credits_get_credits(core), Success)

    return run


def _async_runner(core: OpenRouterCore, loop: asyncio.AbstractEventLoop) -> Callable[[int], None]:
    async def calls_of(calls: int) -> None:
        for _ in range(calls):
            assert isinstance(await credits_get_credits_async(core), Success)

    return lambda calls: loop.run_until_complete(calls_of(calls))


def _compare(
    name: str,
    backend: Callable[[int], None],
    plain: Callable[[int], None],
    args: argparse.Namespace,
) -> None:
    backend(50)  # warm the pools and the code paths
    plain(50)
    with_backend, without, ratios = [], [], []
    for round_ in range(args.rounds):
        # Alternate which side goes first, so drift on a shared machine falls on both.
        if round_ % 2:
            b, p = _per_call_us(backend, args.calls), _per_call_us(plain, args.calls)
        else:
            p, b = _per_call_us(plain, args.calls), _per_call_us(backend, args.calls)
        with_backend.append(b)
        without.append(p)
        ratios.append(b / p)
    print(
        f"{name:5}  with backend {statistics.median(with_backend):7.1f} us/call   "
        f"httpx's own {statistics.median(without):7.1f} us/call   "
        f"ratio {statistics.median(ratios):.3f} (rounds {min(ratios):.3f}..{max(ratios):.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls per side per round")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    with loopback_server({"/api/v1/credits": CREDITS_BODY}) as url:
        server_url = url + "/api/v1"
        own = OpenRouterCore(api_key="k", server_url=server_url)
        given = OpenRouterCore(
            api_key="k",
            server_url=server_url,
            client=httpx.Client(follow_redirects=False),
            async_client=httpx.AsyncClient(follow_redirects=False),
        )
        _compare("sync", _sync_runner(own), _sync_runner(given), args)
        loop = asyncio.new_event_loop()
        try:
            _compare("async", _async_runner(own, loop), _async_runner(given, loop), args)
            loop.run_until_complete(own.aclose())
            assert given.async_client is not None
            loop.run_until_complete(given.async_client.aclose())
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()
        own.close()
        assert given.client is not None
        given.client.close()


if __name__ == "__main__":
    main()
