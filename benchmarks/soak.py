"""Soak: many calls against a loopback server injecting random faults; prints the figures.

Run by hand from the repository root (it is a script, not a test)::

    python -m benchmarks.soak --calls 20000

Half the calls are sync (from a few threads sharing one core), half async (bounded
concurrency on one event loop). Each call is a GET (credits_get_credits), a POST
(api_keys_create), a streamed chat completion read to its end, or one of the lifecycle
triggers: a stream read for one item and dropped unclosed (every other one inside a reference
cycle), a call in an ``asyncio.run`` of its own on a core that makes its clients (a new event
loop per call, the serverless pattern; sync half), a call cancelled by a short
``asyncio.wait_for`` (async half), a stream whose task is cancelled a random number of loop
turns after it starts (anywhere in opening, reading or closing it) or that is closed after one
item, and a core closed while a few calls (sync: threads; async: tasks) are in flight on it.
The server picks each answer at random from a seeded mix
of good answers, error statuses, broken connections, stalls, bodies that do not fit, JSON
nested 1,000 deep, and events or bodies past the core's limits. It reports successes,
failures by error class, retries, open file descriptors and RSS at the start, middle and end,
the elapsed time, the connections the pools still lend at the end (must be 0), and how many
exceptions escaped a function (the contract says none may; a cancellation the soak itself
ordered is counted apart).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import os
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.streams import AsyncEventStream, EventStream
from openrouter_funcs.api_keys_create import api_keys_create, api_keys_create_async
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from tests.faultserver import (
    DEFAULT_BODY,
    SSE_DONE,
    Close,
    Exchange,
    Fault,
    FaultServer,
    Respond,
    Stall,
    bad_gzip,
    empty_body,
    error_status,
    html_error,
    huge_body,
    invalid_json,
    json_response,
    reset_after_headers,
    reset_before_status,
    reset_mid_body,
    short_body,
    sse,
    wrong_shape_json,
)
from tests.faultserver import (
    EventStream as SSEFault,
)

KEY_BODY: dict[str, Any] = {
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
CHAT_REQUEST = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}
#: The soak core's limits, small so that oversized answers stay cheap to send.
MAX_EVENT_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024
DEEP = b"[" * 1000 + b"]" * 1000
#: A chunk whose JSON does not fit the model: a Failure item, and the stream goes on.
MISFIT = b'data: {"id": 5, "choices": 3}\n\n'


def chunk(text: str) -> bytes:
    return sse(
        {
            "id": "gen-1",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
        }
    )


def is_chat(path: str) -> bool:
    return path.endswith("/chat/completions")


def deep_json(path: str) -> Fault:
    if is_chat(path):
        return SSEFault([chunk("a"), b'data: {"error": ' + DEEP + b"}\n\n", chunk("b"), SSE_DONE])
    return Respond(200, DEEP, {"Content-Type": "application/json"})


def oversized(path: str) -> Fault:
    if is_chat(path):
        line = b"data: " + b"x" * (2 * MAX_EVENT_BYTES) + b"\n\n"
        return SSEFault([chunk("a"), line, chunk("never"), SSE_DONE])
    return huge_body(2 * MAX_BODY_BYTES / (1024 * 1024))


def misfit(path: str) -> Fault:
    if is_chat(path):
        return SSEFault([MISFIT, chunk("a"), SSE_DONE])
    return wrong_shape_json()


def good_answer(path: str) -> Fault:
    if path.endswith("/keys"):
        return json_response(KEY_BODY, 201)
    if path.endswith("/chat/completions"):
        return SSEFault([chunk("Hel"), chunk("lo"), SSE_DONE])
    return json_response(DEFAULT_BODY)


#: (weight, answer for a request path): about one answer in four is a fault.
MIX: list[tuple[float, Callable[[str], Fault]]] = [
    (74.0, good_answer),
    (3.0, lambda p: error_status(503, retry_after=0)),
    (2.0, lambda p: error_status(502)),
    (1.5, lambda p: error_status(529)),
    (1.5, lambda p: error_status(500)),
    (1.5, lambda p: error_status(429)),
    (1.0, lambda p: error_status(401)),
    (2.0, lambda p: Close()),
    (2.0, lambda p: reset_before_status()),
    (1.0, lambda p: reset_after_headers(Respond(200, DEFAULT_BODY))),
    (1.0, lambda p: reset_mid_body(10, Respond(200, DEFAULT_BODY))),
    (1.0, lambda p: short_body()),
    (0.5, lambda p: Stall(0.6, then=good_answer(p))),
    (1.0, lambda p: invalid_json()),
    (1.0, lambda p: wrong_shape_json()),
    (1.0, lambda p: html_error(502)),
    (0.5, lambda p: html_error(200)),
    (0.5, lambda p: bad_gzip()),
    (0.5, lambda p: empty_body()),
    (1.0, lambda p: SSEFault([chunk("a"), chunk("b")], end="reset")),
    (1.0, lambda p: SSEFault([chunk("a"), sse({"error": {"code": 502, "message": "gone"}})])),
    (1.0, deep_json),
    (1.0, oversized),
    (1.0, misfit),
]


class RandomFaults(Fault):
    """The server's default answer: one drawn from MIX with a seeded generator."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._weights = [weight for weight, _ in MIX]

    def serve(self, ex: Exchange) -> bool:
        with self._lock:
            (_, make), *_ = self._random.choices(MIX, self._weights)
        return make(ex.request.path).serve(ex)


class Tally:
    """Outcomes of every call, safe to update from threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.successes = 0
        self.failures: collections.Counter[str] = collections.Counter()
        self.stream_items_failed: collections.Counter[str] = collections.Counter()
        self.escaped: collections.Counter[str] = collections.Counter()
        self.triggers: collections.Counter[str] = collections.Counter()

    def note(self, trigger: str) -> None:
        with self.lock:
            self.triggers[trigger] += 1

    def result(self, result: object) -> None:
        with self.lock:
            self.calls += 1
            if isinstance(result, Success):
                self.successes += 1
            elif isinstance(result, Failure):
                self.failures[type(result.failure()).__name__] += 1
            else:
                self.escaped[f"not a Result: {type(result).__name__}"] += 1

    def stream_item(self, item: object) -> None:
        if isinstance(item, Failure):
            with self.lock:
                self.stream_items_failed[type(item.failure()).__name__] += 1
        elif not isinstance(item, Success):
            with self.lock:
                self.escaped[f"stream item not a Result: {type(item).__name__}"] += 1

    def escape(self, exc: BaseException) -> None:
        with self.lock:
            self.calls += 1
            self.escaped[type(exc).__name__] += 1


def resources() -> tuple[int, int]:
    """Open file descriptors and resident memory (KiB) of this process."""
    fds = len(os.listdir("/proc/self/fd"))
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return fds, rss


def lent(client: httpx.Client | httpx.AsyncClient) -> int:
    """Connections of ``client``'s pool that some response still holds (neither idle nor closed)."""
    pool = client._transport._pool  # type: ignore[attr-defined]
    return sum(1 for c in pool.connections if not (c.is_idle() or c.is_closed()))


def closing_core(server_url: str, timeout_ms: int) -> OpenRouterCore:
    """A core with clients of its own, to be closed while calls are in flight on it."""
    return OpenRouterCore(
        api_key="sk-or-v1-soak",
        server_url=server_url,
        timeout_ms=timeout_ms,
        max_event_bytes=MAX_EVENT_BYTES,
        max_body_bytes=MAX_BODY_BYTES,
    )


def close_under_load(core: OpenRouterCore, tally: Tally) -> None:
    """Close ``core`` while three threads call it; each call must come back as a Result."""

    def call() -> None:
        try:
            tally.result(credits_get_credits(core))
        except BaseException as exc:
            tally.escape(exc)

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    core.close()
    for thread in threads:
        thread.join()
    tally.note("cores closed under load (sync)")


async def aclose_under_load(core: OpenRouterCore, index: int, tally: Tally) -> None:
    """``aclose()`` ``core`` some loop turns after three tasks started calling it."""
    calls = [asyncio.ensure_future(credits_get_credits_async(core)) for _ in range(3)]
    for _ in range(index % 7):
        await asyncio.sleep(0)
    await core.aclose()
    for result in await asyncio.gather(*calls, return_exceptions=True):
        if isinstance(result, BaseException):
            tally.escape(result)
        else:
            tally.result(result)
    tally.note("cores closed under load (async)")


async def cancelled_stream(core: OpenRouterCore, index: int, tally: Tally) -> None:
    """A streamed call in a task cancelled ``index % 13`` loop turns after it starts."""

    async def read() -> None:
        result = await chat_send_async(core, CHAT_REQUEST)
        if isinstance(result, Success) and isinstance(result.unwrap(), AsyncEventStream):
            async with result.unwrap() as stream:
                async for item in stream:
                    tally.stream_item(item)

    task = asyncio.ensure_future(read())
    for _ in range(index % 13):
        await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        tally.note("streams cancelled by the soak")
    else:
        tally.note("streams done before their cancellation")


def abandon(stream: Any, index: int, keep: list[Any]) -> None:
    """Drop ``stream`` unclosed; every other one inside a reference cycle of its own."""
    if index % 20 < 10:
        holder: list[Any] = [stream]
        holder.append(holder)
    del stream


def sync_call(core: OpenRouterCore, loop_core: OpenRouterCore, index: int, tally: Tally) -> None:
    if index % 20 == 4:
        close_under_load(closing_core(str(loop_core.server_url), loop_core.timeout_ms or 0), tally)
        return
    try:
        kind = index % 10
        if kind == 0:
            result: Any = api_keys_create(core, {"name": "k"})
        elif kind == 1:
            result = chat_send(core, CHAT_REQUEST)
            if isinstance(result, Success) and isinstance(result.unwrap(), EventStream):
                with result.unwrap() as stream:
                    for item in stream:
                        tally.stream_item(item)
        elif kind == 2:
            result = chat_send(core, CHAT_REQUEST)
            if isinstance(result, Success) and isinstance(result.unwrap(), EventStream):
                tally.stream_item(next(result.unwrap(), Success(None)))
                tally.note("streams dropped unclosed")
                abandon(result.unwrap(), index, [])
                result = Success(None)
        elif kind == 3:
            # A new event loop per call, on a core that makes a client for each loop.
            result = asyncio.run(credits_get_credits_async(loop_core))
            tally.note("event loops (asyncio.run per call)")
        else:
            result = credits_get_credits(core)
        tally.result(result)
    except BaseException as exc:  # the contract: nothing escapes; count it if it does
        tally.escape(exc)


async def async_call(core: OpenRouterCore, index: int, tally: Tally) -> None:
    if index % 10 == 4:
        await cancelled_stream(core, index, tally)
        return
    if index % 20 == 5:
        fresh = closing_core(str(core.server_url), core.timeout_ms or 0)
        await aclose_under_load(fresh, index, tally)
        return
    try:
        kind = index % 10
        if kind == 0:
            result: Any = await api_keys_create_async(core, {"name": "k"})
        elif kind == 1:
            result = await chat_send_async(core, CHAT_REQUEST)
            if isinstance(result, Success) and isinstance(result.unwrap(), AsyncEventStream):
                async with result.unwrap() as stream:
                    async for item in stream:
                        tally.stream_item(item)
        elif kind == 2:
            result = await chat_send_async(core, CHAT_REQUEST)
            if isinstance(result, Success) and isinstance(result.unwrap(), AsyncEventStream):
                tally.stream_item(await anext(result.unwrap(), Success(None)))
                if index % 20 < 10:
                    tally.note("streams dropped unclosed")
                    abandon(result.unwrap(), index, [])
                else:
                    tally.note("streams closed after one item (aclose)")
                    await result.unwrap().aclose()
                result = Success(None)
        elif kind == 3:
            # Cancelled when slower than 1 to 97 ms: mid-send, mid-read or mid-retry-sleep.
            try:
                limit = 0.001 * (1 + index % 97)
                result = await asyncio.wait_for(credits_get_credits_async(core), limit)
            except asyncio.TimeoutError:
                tally.note("calls cancelled by the soak (wait_for)")
                result = Success(None)
        else:
            result = await credits_get_credits_async(core)
        tally.result(result)
    except BaseException as exc:  # the contract: nothing escapes; count it if it does
        tally.escape(exc)


async def async_half(
    core: OpenRouterCore, start: int, count: int, concurrency: int, tally: Tally
) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> None:
        async with gate:
            await async_call(core, index, tally)

    await asyncio.gather(*(one(i) for i in range(start, start + count)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=50, help="async calls in flight")
    parser.add_argument("--threads", type=int, default=4, help="threads making the sync calls")
    parser.add_argument("--timeout-ms", type=int, default=250)
    args = parser.parse_args()

    retry = RetryConfig(
        backoff=BackoffStrategy(
            initial_interval=5, max_interval=20, exponent=1.5, max_elapsed_time=1_000
        )
    )
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    tally = Tally()
    figures: list[tuple[str, int, int]] = []
    still_lent: list[int] = []
    sync_calls = args.calls // 2
    async_calls = args.calls - sync_calls

    with FaultServer(RandomFaults(args.seed), keep_requests=1000) as server:
        client = httpx.Client(verify=False, limits=limits)
        async_client = httpx.AsyncClient(verify=False, limits=limits)
        core = OpenRouterCore(
            api_key="sk-or-v1-soak",
            server_url=server.url + "/api/v1",
            timeout_ms=args.timeout_ms,
            retry_config=retry,
            client=client,
            async_client=async_client,
            max_event_bytes=MAX_EVENT_BYTES,
            max_body_bytes=MAX_BODY_BYTES,
        )
        loop_core = OpenRouterCore(
            api_key="sk-or-v1-soak",
            server_url=server.url + "/api/v1",
            timeout_ms=args.timeout_ms,
            retry_config=retry,
            max_event_bytes=MAX_EVENT_BYTES,
            max_body_bytes=MAX_BODY_BYTES,
        )
        figures.append(("start", *resources()))
        started = time.monotonic()

        # Figures after each quarter show whether memory and descriptors level off.
        sync_quarter = sync_calls // 2
        with ThreadPoolExecutor(args.threads) as pool:
            list(pool.map(lambda i: sync_call(core, loop_core, i, tally), range(sync_quarter)))
            figures.append(("a quarter in (sync)", *resources()))
            list(
                pool.map(
                    lambda i: sync_call(core, loop_core, i, tally), range(sync_quarter, sync_calls)
                )
            )
        sync_elapsed = time.monotonic() - started
        still_lent.append(lent(client))
        figures.append(("middle (after the sync half)", *resources()))

        async def async_phase() -> None:
            async_quarter = async_calls // 2
            await async_half(core, sync_calls, async_quarter, args.concurrency, tally)
            figures.append(("three quarters in (async)", *resources()))
            rest = async_calls - async_quarter
            await async_half(core, sync_calls + async_quarter, rest, args.concurrency, tally)
            figures.append(("end (after the async half)", *resources()))
            # Streams dropped unclosed give their connection back once collected (those in
            # reference cycles at the next collection) and their loop has run the finalisers.
            for _ in range(3):
                gc.collect()
                for _ in range(20):
                    await asyncio.sleep(0)
            still_lent.append(lent(async_client))
            await async_client.aclose()

        asyncio.run(async_phase())
        elapsed = time.monotonic() - started
        client.close()
        loop_core.close()
        requests = server.request_count
        server_errors = server.errors
    figures.append(("after closing clients and server", *resources()))

    escaped = sum(tally.escaped.values())
    print(f"calls:             {tally.calls} ({sync_calls} sync, {async_calls} async)")
    print(f"successes:         {tally.successes}")
    print(f"failures:          {sum(tally.failures.values())}")
    for name, count in tally.failures.most_common():
        print(f"  {name:<34} {count}")
    print(f"failed stream items: {sum(tally.stream_items_failed.values())}")
    for name, count in tally.stream_items_failed.most_common():
        print(f"  {name:<34} {count}")
    for name, count in sorted(tally.triggers.items()):
        print(f"{name + ':':<38} {count}")
    print(f"server requests:   {requests}")
    # Calls a closed core refused sent nothing, so this undercounts retries by that many.
    print(f"retries:           {requests - tally.calls}")
    for label, fds, rss in figures:
        print(f"{label:<34} open fds {fds:>5}   RSS {rss / 1024:7.1f} MiB")
    print(f"elapsed:           {elapsed:.1f} s (sync half {sync_elapsed:.1f} s)")
    print(f"connections lent:  {still_lent[0]} sync pool, {still_lent[1]} async pool (at the end)")
    print(f"server errors:     {len(server_errors)}")
    print(f"exceptions escaped: {escaped}")
    for name, count in tally.escaped.most_common():
        print(f"  {name:<34} {count}")


if __name__ == "__main__":
    main()
