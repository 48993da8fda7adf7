"""Bulk runs: throughput and peak RSS of ``run_many`` against a hand-written semaphore + gather.

Each (contender, size) runs in a fresh child process against one loopback server (its own
process), so a row's peak RSS is that run's alone. Contenders are interleaved within a size.

    python -m benchmarks.bulk_runs                       # 10,000 and 100,000 requests
    python -m benchmarks.bulk_runs --sizes 2000 --concurrency 32

- ``run_many``: ``run_many(credits_get_credits_async, core, jobs)``, jobs a lazy generator.
- ``run_many + file``: the same, recording every result in a JSON-lines file.
- ``gather``: ``asyncio.gather`` over one coroutine per request behind an ``asyncio.Semaphore``,
  as one writes it by hand: every coroutine (and its task) exists from the start.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._payloads import CREDITS_BODY, REPO_ROOT
from benchmarks._server import loopback_server

CONTENDERS = ("run_many", "run_many + file", "gather")


def _child(contender: str, count: int, url: str, concurrency: int) -> dict[str, float]:
    from returns.result import Success

    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits_async
    from openrouter_funcs.run_many import Job, run_many

    core = OpenRouterCore(api_key="sk-or-bench", server_url=url)
    ok = 0
    started = time.perf_counter()
    if contender == "gather":
        gate = asyncio.Semaphore(concurrency)

        async def one() -> object:
            async with gate:
                return await credits_get_credits_async(core)

        async def everything() -> list[object]:
            return await asyncio.gather(*(one() for _ in range(count)))

        ok = sum(isinstance(r, Success) for r in asyncio.run(everything()))
    else:
        jobs = (Job(str(n), None) for n in range(count))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "out.jsonl" if contender == "run_many + file" else None
            for _, result in run_many(
                credits_get_credits_async,
                core,
                jobs,
                concurrency=concurrency,
                results_path=path,
                progress="off",
            ):
                ok += isinstance(result, Success)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "ok": ok, "peak_rss_mib": peak_kib / 1024}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--contenders", default=",".join(CONTENDERS))
    parser.add_argument("--child", nargs=3, metavar=("CONTENDER", "COUNT", "URL"))
    ns = parser.parse_args(argv)
    if ns.child:
        contender, count, url = ns.child
        print(json.dumps(_child(contender, int(count), url, ns.concurrency)))
        return

    sizes = [int(size) for size in ns.sizes.split(",")]
    rows: list[tuple[str, int, dict[str, float]]] = []
    with loopback_server({"/api/v1/credits": CREDITS_BODY}) as base:
        url = base + "/api/v1"
        for size in sizes:
            for contender in ns.contenders.split(","):
                print(f"{contender}: {size:,} requests ...", file=sys.stderr, flush=True)
                done = subprocess.run(
                    [sys.executable, "-m", "benchmarks.bulk_runs", "--concurrency",
                     str(ns.concurrency), "--child", contender, str(size), url],
                    cwd=REPO_ROOT, capture_output=True, text=True, check=True,
                )  # fmt: skip
                rows.append((contender, size, json.loads(done.stdout)))

    print(f"concurrency {ns.concurrency}; loopback server in its own process")
    print("| Contender | Requests | ok | req/s | Peak RSS |")
    print("| --- | --- | --- | --- | --- |")
    for contender, size, figures in rows:
        rate = figures["ok"] / figures["seconds"]
        print(
            f"| {contender} | {size:,} | {int(figures['ok']):,} | {rate:,.0f} "
            f"| {figures['peak_rss_mib']:.1f} MiB |"
        )


if __name__ == "__main__":
    main()
