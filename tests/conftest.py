"""Shared test helpers: a clock that never sleeps and cores wired to in-process transports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings

from openrouter_core import Clock, OpenRouterCore

SECRET = "sk-or-v1-test-secret-0123456789abcdef"

# CI machines are small and shared: generation speed and per-example time say nothing about
# correctness there, so those health checks and deadlines are off; the example counts stay.
settings.register_profile(
    "shared-machine",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile("shared-machine")


class FakeClock(Clock):
    """Advances time instantly and records every sleep."""

    def __init__(self, start: float = 1_000.0, wall: float = 1_700_000_000.0) -> None:
        self.now_monotonic = start
        self.wall = wall
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now_monotonic

    def now(self) -> float:
        return self.wall + (self.now_monotonic - 1_000.0)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now_monotonic += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def jitter(self) -> float:
        return 0.0


Handler = Callable[[httpx.Request], httpx.Response]


def make_core(handler: Handler, **kwargs: Any) -> OpenRouterCore:
    """A core whose sync and async clients answer through ``handler``."""
    transport = httpx.MockTransport(handler)
    kwargs.setdefault("api_key", SECRET)
    kwargs.setdefault("clock", FakeClock())
    return OpenRouterCore(
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        **kwargs,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
