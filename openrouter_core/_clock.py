"""The injectable clock: how the SDK reads time, sleeps and draws jitter."""

from __future__ import annotations

import random
import time


class Clock:
    """Time as the SDK sees it; tests pass a subclass so no test waits for real."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for elapsed time."""
        return time.monotonic()

    def now(self) -> float:
        """Seconds since the epoch, for ``Retry-After`` HTTP dates."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """Wait for ``seconds`` without blocking the event loop (asyncio's or trio's)."""
        # Only async callers pay for the import, and they have loaded asyncio already.
        from openrouter_core._async_runtime import sleep

        await sleep(seconds)

    def jitter(self) -> float:
        """A random float in [0, 1) used to spread retries."""
        return random.random()


SYSTEM_CLOCK = Clock()
