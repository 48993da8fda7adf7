"""A rate limiter shared by calls and cores: slots, pace, a shared pause on Retry-After, and
waits that never pass a call's timeout. Time is the SharedClock's: no test waits for it."""

from __future__ import annotations

import asyncio
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import HookContext, Hooks, RateLimiter, RequestOptions, RetryConfig
from openrouter_core.errors import RequestTimeoutError, TooManyRequestsResponseError
from openrouter_funcs.api_keys_get_current_key_metadata import api_keys_get_current_key_metadata
from openrouter_funcs.chat_send import chat_send, chat_send_async
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async

from ..faultserver import FaultServer, Respond, Stall, error_status
from .helpers import SharedClock, chat_stream, core_for, request

RETRY_429 = RequestOptions(retry_codes=["429", "5XX"])


class Watch:
    """User hooks, which run after the limiter lets a request go: they stamp each request
    with the clock time it was let go, and note when each 429 came back."""

    def __init__(self, clock: SharedClock, limiter: RateLimiter) -> None:
        self.clock, self.limiter = clock, limiter
        self.admitted: list[tuple[float, int]] = []  # (time, calls in flight then)
        self.paused_at: list[float] = []
        #: ("go", time) and ("429", time), in the order they happened.
        self.log: list[tuple[str, float]] = []
        self.lock = threading.Lock()

    def hooks(self) -> Hooks:
        def stamp(context: HookContext, req: httpx.Request) -> None:
            with self.lock:
                self.admitted.append((self.clock.monotonic(), self.limiter.in_flight))
                self.log.append(("go", self.clock.monotonic()))
            req.headers["x-admitted-at"] = repr(self.clock.monotonic())

        def note(context: HookContext, response: httpx.Response | None, error: Any) -> None:
            if response is not None and response.status_code == 429:
                with self.lock:
                    self.paused_at.append(self.clock.monotonic())
                    self.log.append(("429", self.clock.monotonic()))

        return Hooks(before_request=[stamp], after_error=[note])


def let_go_inside_a_pause(watch: Watch, pause: float) -> list[float]:
    """The times of requests let go after a 429 had come back, inside its pause (the event
    log of one event loop is in the order things happened)."""
    inside = []
    for index, (kind, paused_at) in enumerate(watch.log):
        if kind == "429":
            inside += [t for k, t in watch.log[index:] if k == "go" and t < paused_at + pause]
    return inside


def arrived_inside_a_pause(server: FaultServer, watch: Watch, pause: float) -> list[float]:
    """Requests the server got that were let go strictly inside a pause begun earlier."""
    times = [float(r.headers["x-admitted-at"]) for r in server.requests]
    return [t for t in times for p in watch.paused_at if p < t < p + pause]


def test_a_429_storm_pauses_every_task_and_all_50_succeed() -> None:
    clock = SharedClock()
    limiter = RateLimiter(max_concurrent=5)
    watch = Watch(clock, limiter)
    with FaultServer() as server:
        server.enqueue(*[error_status(429, retry_after=2) for _ in range(10)])
        core = core_for(
            server.url,
            clock=clock,
            limiter=limiter,
            hooks=watch.hooks(),
            retry_config=RetryConfig(),
        )

        async def main() -> list[Any]:
            try:
                return await asyncio.gather(
                    *(credits_get_credits_async(core, options=RETRY_429) for _ in range(50))
                )
            finally:
                await core.aclose()

        results = asyncio.run(main())
        assert all(isinstance(r, Success) for r in results)
        assert server.request_count == 60  # each 429 once more, nothing else
        assert len(watch.paused_at) == 10
        assert let_go_inside_a_pause(watch, 2.0) == []
        assert arrived_inside_a_pause(server, watch, 2.0) == []
    assert max(in_flight for _, in_flight in watch.admitted) <= 5
    # After the first pause, one call goes alone before the others follow.
    after = min((t, n) for t, n in watch.admitted if t >= watch.paused_at[0] + 2)
    assert after[1] == 1
    assert limiter.in_flight == 0


def test_threads_share_the_pause_and_the_slots() -> None:
    clock = SharedClock()
    limiter = RateLimiter(max_concurrent=3)
    watch = Watch(clock, limiter)
    with FaultServer() as server:
        server.enqueue(*[error_status(429, retry_after=2) for _ in range(4)])
        core = core_for(
            server.url,
            clock=clock,
            limiter=limiter,
            hooks=watch.hooks(),
            retry_config=RetryConfig(),
        )
        # One call meets the first 429 alone: every thread started after it waits it out.
        assert isinstance(credits_get_credits(core), Failure)
        paused_at = watch.paused_at[0]
        with ThreadPoolExecutor(12) as pool:
            results = list(
                pool.map(lambda _: credits_get_credits(core, options=RETRY_429), range(30))
            )
        assert all(isinstance(r, Success) for r in results)
        assert server.request_count == 34
        sent_at = [float(r.headers["x-admitted-at"]) for r in server.requests[1:]]
        assert min(sent_at) >= paused_at + 2
        assert arrived_inside_a_pause(server, watch, 2.0) == []
    assert max(in_flight for _, in_flight in watch.admitted) <= 3
    assert limiter.in_flight == 0


def test_a_pause_on_one_core_holds_the_calls_of_another_sharing_the_limiter() -> None:
    clock = SharedClock()
    limiter = RateLimiter()
    with FaultServer() as server:
        server.enqueue(error_status(429, retry_after=30))
        first = core_for(server.url, clock=clock, limiter=limiter)
        second = core_for(server.url, clock=clock, limiter=limiter)
        assert isinstance(credits_get_credits(first).failure(), TooManyRequestsResponseError)
        paused_at = clock.monotonic()
        assert isinstance(credits_get_credits(second), Success)
        assert clock.monotonic() == paused_at + 30  # it waited out the pause, on the clock
        assert server.request_count == 2


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_call_that_would_wait_past_its_timeout_fails_at_once_unsent(asynchronous: bool) -> None:
    clock = SharedClock()
    limiter = RateLimiter()
    with FaultServer() as server:
        server.enqueue(error_status(503, retry_after=100))
        core = core_for(server.url, clock=clock, limiter=limiter)
        assert isinstance(credits_get_credits(core), Failure)
        before = clock.monotonic()
        options = {"timeout_ms": 5_000}
        if asynchronous:
            result = asyncio.run(credits_get_credits_async(core, options=options))
        else:
            result = credits_get_credits(core, options=options)
        error = result.failure()
        assert isinstance(error, RequestTimeoutError)
        assert "rate limiter" in str(error) and "not sent" in str(error)
        assert clock.monotonic() == before  # no wait: it could only end past the timeout
        assert server.request_count == 1
        # With time for the pause, the call waits it out and goes.
        assert isinstance(credits_get_credits(core, options={"timeout_ms": 200_000}), Success)


def test_calls_are_paced_on_the_clock() -> None:
    clock = SharedClock()
    limiter = RateLimiter(requests_per_second=4)
    watch = Watch(clock, limiter)
    with FaultServer() as server:
        core = core_for(server.url, clock=clock, limiter=limiter, hooks=watch.hooks())
        for _ in range(5):
            assert isinstance(credits_get_credits(core), Success)
    times = [t for t, _ in watch.admitted]
    assert [b - a for a, b in itertools.pairwise(times)] == [0.25] * 4


def test_a_stream_holds_its_slot_until_it_closes() -> None:
    limiter = RateLimiter(max_concurrent=1)
    with FaultServer() as server:
        server.enqueue(chat_stream("m", 0.1, 1, 1))
        core = core_for(server.url, limiter=limiter)
        stream = chat_send(core, request(stream=True)).unwrap()
        assert limiter.in_flight == 1
        # The slot is taken: a second call may not wait past its timeout for it.
        waited = credits_get_credits(core, options={"timeout_ms": 50})
        assert isinstance(waited.failure(), RequestTimeoutError)
        assert server.request_count == 1
        stream.close()
        assert limiter.in_flight == 0
        assert isinstance(credits_get_credits(core), Success)


def test_a_cancelled_call_gives_its_slot_back() -> None:
    limiter = RateLimiter(max_concurrent=1)

    async def main(url: str, server: FaultServer) -> None:
        core = core_for(url, limiter=limiter)
        stuck = asyncio.ensure_future(credits_get_credits_async(core))
        # Once the request is at the server, it holds the slot.
        assert await asyncio.to_thread(server.wait_for_requests, 1)
        assert limiter.in_flight == 1
        waiting = asyncio.ensure_future(credits_get_credits_async(core))
        await asyncio.sleep(0)
        stuck.cancel()
        with pytest.raises(asyncio.CancelledError):
            await stuck
        server.set_default(Respond(200, {"data": {"total_credits": 1, "total_usage": 0}}))
        assert isinstance(await waiting, Success)
        await core.aclose()

    with FaultServer(default=Stall(30)) as server:
        asyncio.run(main(server.url, server))
    assert limiter.in_flight == 0


def test_async_streams_and_slots() -> None:
    limiter = RateLimiter(max_concurrent=2)

    async def main(url: str) -> None:
        core = core_for(url, limiter=limiter)
        streams = [(await chat_send_async(core, request(stream=True))).unwrap() for _ in range(2)]
        assert limiter.in_flight == 2
        for stream in streams:
            async with stream:
                async for _ in stream:
                    pass
        assert limiter.in_flight == 0
        await core.aclose()

    with FaultServer() as server:
        server.enqueue(chat_stream("m", 0.1, 1, 1), chat_stream("m", 0.1, 1, 1))
        asyncio.run(main(server.url))


def test_warm_up_takes_the_pace_from_the_keys_limits() -> None:
    metadata = {
        "data": {
            "label": "k",
            "rate_limit": {"requests": 20, "interval": "10s", "note": ""},
            "usage": 0,
            "limit": None,
        }
    }
    with FaultServer(default=Respond(200, metadata)) as server:
        core = core_for(server.url)
        assert isinstance(api_keys_get_current_key_metadata(core), Success)
        limiter = RateLimiter()
        limiter.warm_up(core)
        assert limiter.requests_per_second == 2.0
        asyncio.run(limiter.warm_up_async(core))
        assert limiter.requests_per_second == 2.0


def test_a_pause_is_never_longer_than_max_pause() -> None:
    clock = SharedClock()
    limiter = RateLimiter(max_pause=60)
    with FaultServer() as server:
        server.enqueue(error_status(429, retry_after=86_400))
        core = core_for(server.url, clock=clock, limiter=limiter)
        assert isinstance(credits_get_credits(core), Failure)
        assert limiter.paused_until == clock.monotonic() + 60
        assert isinstance(credits_get_credits(core, options={"timeout_ms": 61_000}), Success)


def test_limiter_settings_are_checked_and_it_pickles() -> None:
    import pickle

    with pytest.raises(ValueError, match="max_concurrent"):
        RateLimiter(max_concurrent=0)
    with pytest.raises(ValueError, match="requests_per_second"):
        RateLimiter(requests_per_second=float("inf"))
    with pytest.raises(ValueError, match="max_pause"):
        RateLimiter(max_pause=-1)
    copy = pickle.loads(pickle.dumps(RateLimiter(max_concurrent=3, requests_per_second=2)))
    assert (copy.max_concurrent, copy.requests_per_second, copy.in_flight) == (3, 2, 0)


def test_a_ledger_and_a_limiter_watch_the_same_streams() -> None:
    from openrouter_core import UsageLedger
    from openrouter_core.accumulate import accumulate_chat

    from .priced import Priced

    priced = Priced()
    ledger = UsageLedger()
    limiter = RateLimiter(max_concurrent=2)
    with FaultServer(default=priced) as server:
        core = core_for(server.url, ledger=ledger, limiter=limiter)
        open_streams = [chat_send(core, request(stream=True)).unwrap() for _ in range(2)]
        assert limiter.in_flight == 2 and ledger.total().calls == 0
        for stream in open_streams:
            with stream:
                assert accumulate_chat(stream).content == "Hello"
        assert limiter.in_flight == 0
        # A stream closed before its usage event counts as a call without usage.
        early = chat_send(core, request(stream=True)).unwrap()
        early.close()
        assert limiter.in_flight == 0
    assert ledger.total().calls == 3
    assert ledger.total().cost == priced.cost(stream=True) - Decimal(repr(priced.billed[2].cost))


def test_a_sync_call_interrupted_in_the_queue_gives_up_its_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A KeyboardInterrupt while a sync call waits for a slot takes it out of the queue: the
    slot freed later goes to the next caller, not to the call that is gone (which would
    swallow the wake-up and leave the next caller waiting for good)."""
    from openrouter_core import OpenRouterCore, _limiter

    queued = threading.Semaphore(0)

    class InterruptedFirst(threading.Event):
        """The queue's wait: it says when a call starts waiting; the first one is interrupted."""

        made = itertools.count()

        def __init__(self) -> None:
            super().__init__()
            self.interrupted = next(self.made) == 0

        def wait(self, timeout: float | None = None) -> bool:
            queued.release()
            if self.interrupted:
                raise KeyboardInterrupt
            return super().wait(timeout)

    patched = type("Threading", (), {"Event": InterruptedFirst, "Lock": threading.Lock})
    monkeypatch.setattr(_limiter, "threading", patched)
    arrived, release = threading.Event(), threading.Event()
    answered = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        if next(answered) == 0:  # the first call holds the only slot until released
            arrived.set()
            assert release.wait(10)
        return httpx.Response(200, json={"data": {"total_credits": 1, "total_usage": 0}})

    limiter = RateLimiter(max_concurrent=1)
    core = OpenRouterCore(
        api_key="k", client=httpx.Client(transport=httpx.MockTransport(answer)), limiter=limiter
    )
    with ThreadPoolExecutor(2) as pool:
        holding = pool.submit(credits_get_credits, core)
        assert arrived.wait(10)
        with pytest.raises(KeyboardInterrupt):
            credits_get_credits(core)  # queued, then interrupted
        assert queued.acquire(timeout=10)
        waiting = pool.submit(credits_get_credits, core, options={"timeout_ms": 5_000})
        assert queued.acquire(timeout=10)  # the next caller is in the queue
        release.set()
        assert isinstance(holding.result(timeout=10), Success)
        assert isinstance(waiting.result(timeout=15), Success)
    assert limiter.in_flight == 0
