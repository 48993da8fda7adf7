"""One rate limiter shared by every call (and every core) that uses it.

``OpenRouterCore(limiter=RateLimiter(...))`` adds the limiter's hooks: before each attempt is
sent it waits for a free slot (``max_concurrent``) and its turn (``requests_per_second``);
when an answer is 429 or 503 with ``Retry-After`` (or ``retry-after-ms``), every caller of the
limiter waits until that time, not only the call that got it, and then they go gradually:
one call first, and each success doubles how many may be in flight, up to
``max_concurrent`` (64 when unset, after which there is no bound again).

A call never waits past its own timeout (``timeout_ms``): when its turn would come later, it
fails at once with ``RequestTimeoutError``, unsent. Waits for time (a pause, a turn) run on
the core's clock; a wait for a slot ends when another call frees one (no polling), or when
the timeout passes. A streamed call holds its slot until its stream is closed or read to the
end. Sync and async calls, from any thread or event loop, may share one limiter.
"""

from __future__ import annotations

import threading
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from openrouter_core._clock import Clock
from openrouter_core._hooks import HookContext, Hooks
from openrouter_core._retries import server_requested_delay
from openrouter_core._stream_watch import watch_stream
from openrouter_core.errors import RequestTimeoutError

if TYPE_CHECKING:
    import asyncio

__all__ = ["RateLimiter"]

#: How far the ramp after a pause goes when ``max_concurrent`` is unset.
_RAMP_CEILING = 64
#: Statuses whose ``Retry-After`` pauses every caller.
_PAUSING = frozenset({429, 503})


class _Waiter:
    """One call waiting for a slot: woken by whoever frees one, from any thread."""

    __slots__ = ("event", "future", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop | None) -> None:
        self.loop = loop
        self.event = threading.Event() if loop is None else None
        self.future: asyncio.Future[None] | None = None if loop is None else loop.create_future()

    def wake(self) -> None:
        if self.event is not None:
            self.event.set()
        elif self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._resolve)

    def _resolve(self) -> None:
        if self.future is not None and not self.future.done():
            self.future.set_result(None)


class RateLimiter:
    """Bounds and paces calls: at most ``max_concurrent`` in flight, at most
    ``requests_per_second`` started, and a shared pause on ``Retry-After``.

    Attach it with ``OpenRouterCore(limiter=...)``; several cores may share one (give them
    the same clock). ``warm_up`` / ``warm_up_async`` set the pace from the key's own limits.
    """

    def __init__(
        self,
        *,
        max_concurrent: int | None = None,
        requests_per_second: float | None = None,
        max_pause: float = 600.0,
    ) -> None:
        if max_concurrent is not None and (
            isinstance(max_concurrent, bool)
            or not isinstance(max_concurrent, int)
            or max_concurrent < 1
        ):
            raise ValueError(
                f"max_concurrent must be a positive int or None, not {max_concurrent!r}"
            )
        if requests_per_second is not None and (
            isinstance(requests_per_second, bool)
            or not isinstance(requests_per_second, (int, float))
            or not 0 < requests_per_second < float("inf")
        ):
            raise ValueError(
                f"requests_per_second must be a positive number or None, not {requests_per_second!r}"
            )
        if (
            isinstance(max_pause, bool)
            or not isinstance(max_pause, (int, float))
            or not (0 <= max_pause < float("inf"))
        ):
            raise ValueError(f"max_pause must be a number of seconds, not {max_pause!r}")
        self.max_concurrent = max_concurrent
        #: The longest pause one ``Retry-After`` may impose (a server asking for a day gets
        #: this; the calls after it meet the server's answer again).
        self.max_pause = max_pause
        self.requests_per_second = requests_per_second
        self._lock = threading.Lock()
        self._in_flight = 0
        #: How many may be in flight now: lower than max_concurrent while ramping up.
        self._window: int | None = max_concurrent
        self._paused_until = float("-inf")
        self._next_start = float("-inf")
        self._waiters: deque[_Waiter] = deque()
        #: The slot each admitted attempt holds, by its hook context: freed by the after
        #: hooks, by the stream's close, or, for a call cancelled or interrupted on its way,
        #: when its task ends or its context is collected, whichever comes first.
        self._held: dict[int, _Hold] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {
            "max_concurrent": self.max_concurrent,
            "requests_per_second": self.requests_per_second,
            "max_pause": self.max_pause,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    @property
    def paused_until(self) -> float | None:
        """The clock time until which every caller waits, or None when not paused."""
        paused = self._paused_until
        return None if paused == float("-inf") else paused

    @property
    def in_flight(self) -> int:
        """How many attempts hold a slot now."""
        return self._in_flight

    # --- the hooks ---

    def hooks(self, clock: Clock) -> Hooks:
        """The hooks a core runs for this limiter (``OpenRouterCore(limiter=...)`` adds them)."""

        def before_request(
            context: HookContext, request: httpx.Request
        ) -> RequestTimeoutError | Awaitable[RequestTimeoutError | None] | None:
            if context.asynchronous:
                return self._admit_async(context, request, clock)
            return self._admit(context, request, clock)

        def after_success(context: HookContext, response: httpx.Response) -> None:
            if id(context) not in self._held:
                return
            self._grow_window()
            if not response.is_stream_consumed:
                # A stream holds its slot until it closes (or is collected unclosed).
                hold = self._held.pop(id(context), None)
                if hold is not None:
                    hold.forget()
                    free = _Once(self._free_slot)
                    if not watch_stream(response, on_close=free):
                        free()
                    weakref.finalize(response, free)
                return
            self._release(id(context))

        def after_error(
            context: HookContext, response: httpx.Response | None, error: Exception | None
        ) -> None:
            if response is not None and response.status_code in _PAUSING:
                delay = server_requested_delay(response, clock)
                if delay is not None:
                    self._pause(clock.monotonic() + min(delay, self.max_pause))
            self._release(id(context))

        return Hooks(
            before_request=[before_request],
            after_success=[after_success],
            after_error=[after_error],
        )

    # --- admission ---

    def _try(self, now: float, woken: bool) -> tuple[str, float]:
        """Under the lock: ("go", wait before sending) with a slot taken, ("sleep", seconds)
        or ("queue", 0) for a slot. A new call queues behind those already waiting; one
        that was woken (and so left the queue) does not."""
        if self._paused_until > now:
            return "sleep", self._paused_until - now
        window = self._window
        if (self._waiters and not woken) or (window is not None and self._in_flight >= window):
            return "queue", 0.0
        wait = 0.0
        rate = self.requests_per_second
        if rate is not None:
            start = max(now, self._next_start)
            self._next_start = start + 1 / rate
            wait = start - now
        self._in_flight += 1
        return "go", wait

    def _timed_out(
        self, context: HookContext, request: httpx.Request, wait: float
    ) -> RequestTimeoutError:
        return RequestTimeoutError(
            f"{request.method} {request.url.path}: the rate limiter would hold this call for "
            f"{wait:.3f} s, past its timeout of {context.timeout} s; it was not sent."
        )

    def _admit(
        self, context: HookContext, request: httpx.Request, clock: Clock
    ) -> RequestTimeoutError | None:
        admission = _Admission(self, context, request, clock, loop=None, task=None)
        for wait in admission.waits():
            wait.run(clock)
        return admission.refusal

    async def _admit_async(
        self, context: HookContext, request: httpx.Request, clock: Clock
    ) -> RequestTimeoutError | None:
        admission = _Admission(self, context, request, clock, _running_loop(), _current_task())
        for wait in admission.waits():
            await wait.run_async(clock)
        return admission.refusal

    def _still_free(self, clock: Clock) -> bool:
        """After waiting for its turn with a slot: False (slot given back) when a pause
        began meanwhile."""
        with self._lock:
            if self._paused_until <= clock.monotonic():
                return True
        self._free_slot()
        return False

    def _hold(self, context: HookContext, task: asyncio.Task[Any] | None = None) -> None:
        key = id(context)
        self._held[key] = _Hold(self, key, context, task)

    def _give_up(self, waiter: _Waiter) -> None:
        """A waiter leaving (timed out, cancelled): if it was woken meanwhile, pass it on."""
        with self._lock:
            try:
                self._waiters.remove(waiter)
            except ValueError:  # already woken and removed: wake the next one in its place
                self._wake_locked()

    # --- freeing and pausing ---

    def _release(self, key: int) -> None:
        hold = self._held.pop(key, None)
        if hold is not None:
            hold.forget()
            self._free_slot()

    def _free_slot(self) -> None:
        with self._lock:
            self._in_flight -= 1
            self._wake_locked()

    def _wake_locked(self) -> None:
        window = self._window
        free = len(self._waiters) if window is None else window - self._in_flight
        for _ in range(min(free, len(self._waiters))):
            self._waiters.popleft().wake()

    def _grow_window(self) -> None:
        with self._lock:
            window = self._window
            if window is None or window == self.max_concurrent:
                return
            ceiling = self.max_concurrent or _RAMP_CEILING
            grown = window * 2
            self._window = self.max_concurrent if grown >= ceiling else grown
            self._wake_locked()

    def _pause(self, until: float) -> None:
        with self._lock:
            if until > self._paused_until:
                self._paused_until = until
            self._window = 1

    # --- warm-up ---

    def warm_up(self, core: Any) -> None:
        """Set ``requests_per_second`` from the key's own limit, when it reports one (a
        failure to ask leaves the limiter as it is)."""
        from openrouter_funcs.api_keys_get_current_key_metadata import (
            api_keys_get_current_key_metadata,
        )

        self._take_limits(api_keys_get_current_key_metadata(core))

    async def warm_up_async(self, core: Any) -> None:
        """:meth:`warm_up` on the event loop."""
        from openrouter_funcs.api_keys_get_current_key_metadata import (
            api_keys_get_current_key_metadata_async,
        )

        self._take_limits(await api_keys_get_current_key_metadata_async(core))

    def _take_limits(self, result: Any) -> None:
        from returns.result import Success

        if not isinstance(result, Success):
            return
        limit = getattr(getattr(result.unwrap(), "data", None), "rate_limit", None)
        requests = getattr(limit, "requests", None)
        seconds = _interval_seconds(getattr(limit, "interval", None))
        if isinstance(requests, int) and requests > 0 and seconds:
            with self._lock:
                self.requests_per_second = requests / seconds


@attrs.define
class _Admission:
    """One call's way in, written once for sync and async callers: :meth:`waits` decides,
    and yields each wait for the caller's driver to perform (a sleep, or a wait for a slot)."""

    limiter: RateLimiter
    context: HookContext
    request: httpx.Request
    clock: Clock
    #: The caller's event loop (None: a sync caller, woken through a threading.Event).
    loop: asyncio.AbstractEventLoop | None
    #: The caller's task, watched while it holds a slot (None: a sync caller).
    task: asyncio.Task[Any] | None
    #: Why the call may not go (set when :meth:`waits` ends without admitting it).
    refusal: RequestTimeoutError | None = None

    def waits(self) -> Iterator[_Sleep | _Queued]:
        """The waits before the call is admitted or refused (:attr:`refusal`)."""
        limiter, clock, limit = self.limiter, self.clock, self.context.timeout
        started = clock.monotonic()
        woken = False
        while True:
            now = clock.monotonic()
            left = None if limit is None else started + limit - now
            with limiter._lock:
                verdict, wait = limiter._try(now, woken)
                if verdict == "queue":
                    waiter = _Waiter(self.loop)
                    limiter._waiters.append(waiter)
                elif left is not None and wait > left:
                    if verdict == "go":  # give the slot back at once
                        limiter._in_flight -= 1
                        limiter._wake_locked()
                    self.refusal = limiter._timed_out(self.context, self.request, wait)
                    return
            if verdict == "sleep":
                yield _Sleep(wait)
            elif verdict == "queue":
                queued = _Queued(limiter, waiter, left)
                yield queued
                if not queued.woken:
                    limiter._give_up(waiter)
                    self.refusal = limiter._timed_out(self.context, self.request, left or 0.0)
                    return
                woken = True
            else:
                if wait > 0:  # interrupted while holding a slot: give it back
                    yield _Sleep(wait, interrupted=limiter._free_slot)
                if limiter._still_free(clock):
                    limiter._hold(self.context, self.task)
                    return


class _Sleep:
    """A wait for time on the core's clock; ``interrupted`` runs if the wait raises."""

    __slots__ = ("interrupted", "seconds")

    def __init__(self, seconds: float, interrupted: Callable[[], None] | None = None) -> None:
        self.seconds = seconds
        self.interrupted = interrupted

    def run(self, clock: Clock) -> None:
        try:
            clock.sleep(self.seconds)
        except BaseException:
            if self.interrupted is not None:
                self.interrupted()
            raise

    async def run_async(self, clock: Clock) -> None:
        try:
            await clock.async_sleep(self.seconds)
        except BaseException:
            if self.interrupted is not None:
                self.interrupted()
            raise


class _Queued:
    """A wait for another call to free a slot, for at most ``left`` seconds (None: no
    bound); :attr:`woken` says whether it was freed in time."""

    __slots__ = ("left", "limiter", "waiter", "woken")

    def __init__(self, limiter: RateLimiter, waiter: _Waiter, left: float | None) -> None:
        self.limiter = limiter
        self.waiter = waiter
        self.left = left
        self.woken = False

    def run(self, clock: Clock) -> None:
        assert self.waiter.event is not None
        try:
            self.woken = self.waiter.event.wait(self.left)
        except BaseException:  # interrupted (KeyboardInterrupt): leave the queue, as async does
            self.limiter._give_up(self.waiter)
            raise

    async def run_async(self, clock: Clock) -> None:
        assert self.waiter.future is not None
        import asyncio

        try:
            await asyncio.wait_for(asyncio.shield(self.waiter.future), self.left)
        except asyncio.TimeoutError:
            return
        except BaseException:
            self.limiter._give_up(self.waiter)
            raise
        self.woken = True


def _interval_seconds(interval: Any) -> float | None:
    """``"10s"``, ``"1m"``, ``"1h"`` as seconds; None for anything else."""
    if not isinstance(interval, str) or not interval[:-1].isdigit():
        return None
    unit = {"s": 1, "m": 60, "h": 3600}.get(interval[-1])
    return int(interval[:-1]) * unit if unit else None


class _Hold:
    """An admitted attempt's slot, and the watches that free it if the call never ends
    normally: its hook context being collected (an interrupted sync call, a dropped
    coroutine) and, for an async call, its task ending (a cancelled task keeps the context
    alive in its traceback for as long as the task is kept)."""

    __slots__ = ("finalizer", "task", "task_done")

    def __init__(
        self, limiter: RateLimiter, key: int, context: HookContext, task: asyncio.Task[Any] | None
    ) -> None:
        self.finalizer = weakref.finalize(context, limiter._release, key)
        self.task = task
        self.task_done: Any = None
        if task is not None:
            self.task_done = lambda _task: limiter._release(key)
            task.add_done_callback(self.task_done)

    def forget(self) -> None:
        """Stop watching: the slot is freed, or handed to a stream."""
        self.finalizer.detach()
        if self.task is not None:
            # A long-lived task making many calls must not collect a callback per call.
            self.task.remove_done_callback(self.task_done)
            self.task = None


def _current_task() -> asyncio.Task[Any] | None:
    import asyncio

    return asyncio.current_task()


def _running_loop() -> asyncio.AbstractEventLoop:
    import asyncio  # only async callers wait on a loop, and they have loaded it already

    return asyncio.get_running_loop()


class _Once:
    """Calls ``function`` the first time it is called, never again."""

    __slots__ = ("function",)

    def __init__(self, function: Any) -> None:
        self.function = function

    def __call__(self) -> None:
        function, self.function = self.function, None
        if function is not None:
            function()
