"""What the deadline backend beneath the core's own clients costs per call (a script).

MockTransport never reaches httpcore's network backend, so this calls ``credits_get_credits``
against the loopback server (its own process), sync and async: a core's own client (the
backend installed) against another core's own client with httpx's backend put back, paired
and interleaved round by round::

    python -m benchmarks.deadline_backend
    python -m benchmarks.deadline_backend --calls 2000 --rounds 9

It prints, per mode, the median CPU microseconds per call of each side (this process's CPU
time: the server's is not counted) and their ratio, with the spread of the per-round ratios. Both sides run the same pipeline (the deadline's context
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
    """CPU microseconds this process spends per call: the server runs in its own process, so
    this is the client's cost alone, and other load on the machine moves it far less than it
    moves wall time."""
    started = time.process_time()
    run(calls)
    return (time.process_time() - started) / calls * 1e6


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
        f"{name:5}  with backend {statistics.median(with_backend):7.1f} us CPU/call   "
        f"httpx's own {statistics.median(without):7.1f} us CPU/call   "
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
        plain = OpenRouterCore(api_key="k", server_url=server_url)
        _unwrap(plain.sync_client())
        _compare("sync", _sync_runner(own), _sync_runner(plain), args)
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(_unwrap_async(plain))
            _compare("async", _async_runner(own, loop), _async_runner(plain, loop), args)
            for core in (own, plain):
                loop.run_until_complete(core.aclose())
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


def _unwrap(client: httpx.Client | httpx.AsyncClient) -> None:
    """Put httpx's own backend back beneath ``client`` (made by a core, not used yet)."""
    pool = client._transport._pool  # type: ignore[union-attr]
    pool._network_backend = pool._network_backend._backend


async def _unwrap_async(core: OpenRouterCore) -> None:
    _unwrap(core.async_client_for_loop())


if __name__ == "__main__":
    main()
