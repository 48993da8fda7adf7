"""Retry settings, per-call options and the injectable clock, as frozen values."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence
from typing import Literal

import attrs


@attrs.frozen(kw_only=True)
class BackoffStrategy:
    """Exponential backoff; all times in milliseconds, as the TypeScript SDK documents them."""

    initial_interval: int = 500
    max_interval: int = 60_000
    exponent: float = 1.5
    #: No retry starts once this much time has passed since the first attempt.
    max_elapsed_time: int = 3_600_000

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        initial_interval: int = 500,
        max_interval: int = 60_000,
        exponent: float = 1.5,
        max_elapsed_time: int = 3_600_000,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("initial_interval", initial_interval)
        _setattr("max_interval", max_interval)
        _setattr("exponent", exponent)
        _setattr("max_elapsed_time", max_elapsed_time)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"initial_interval={self.initial_interval!r}, "
            f"max_interval={self.max_interval!r}, "
            f"exponent={self.exponent!r}, "
            f"max_elapsed_time={self.max_elapsed_time!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.initial_interval, self.max_interval, self.exponent, self.max_elapsed_time) == (
            other.initial_interval,
            other.max_interval,
            other.exponent,
            other.max_elapsed_time,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BackoffStrategy",
                self.initial_interval,
                self.max_interval,
                self.exponent,
                self.max_elapsed_time,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class RetryConfig:
    """When and how to retry: ``strategy="none"`` turns retries off.

    A retryable status (``retry_codes``) is retried for every method. A broken connection or
    a timeout (``retry_connection_errors``) is retried for GET, HEAD, PUT, DELETE and OPTIONS,
    which may be repeated; a POST or PATCH only when it provably never reached the server
    (the connection could not be made, or no pooled connection came free in time). When it
    may have been processed, a second one could bill a second generation or create a second
    key, so the ``ConnectionError`` / ``RequestTimeoutError`` comes back instead, saying so.
    ``retry_non_idempotent_after_send=True`` re-sends those too.
    """

    strategy: Literal["backoff", "none"] = "backoff"
    backoff: BackoffStrategy = attrs.field(factory=BackoffStrategy)
    retry_connection_errors: bool = True
    #: Re-send a POST or PATCH whose connection broke after it was sent (it may run twice).
    retry_non_idempotent_after_send: bool = False

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        strategy: Literal["backoff", "none"] = "backoff",
        backoff: BackoffStrategy | attrs.NothingType = attrs.NOTHING,
        retry_connection_errors: bool = True,
        retry_non_idempotent_after_send: bool = False,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("strategy", strategy)
        _setattr("backoff", BackoffStrategy() if backoff is attrs.NOTHING else backoff)
        _setattr("retry_connection_errors", retry_connection_errors)
        _setattr("retry_non_idempotent_after_send", retry_non_idempotent_after_send)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"strategy={self.strategy!r}, "
            f"backoff={self.backoff!r}, "
            f"retry_connection_errors={self.retry_connection_errors!r}, "
            f"retry_non_idempotent_after_send={self.retry_non_idempotent_after_send!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.strategy,
            self.backoff,
            self.retry_connection_errors,
            self.retry_non_idempotent_after_send,
        ) == (
            other.strategy,
            other.backoff,
            other.retry_connection_errors,
            other.retry_non_idempotent_after_send,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RetryConfig",
                self.strategy,
                self.backoff,
                self.retry_connection_errors,
                self.retry_non_idempotent_after_send,
            )
        )

    # --- end of attrs methods ---


#: Status codes retried unless a call says otherwise: every 5XX, as the spec declares.
DEFAULT_RETRY_CODES: tuple[str, ...] = ("5XX",)


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Overrides for one call; ``None`` keeps the core's setting."""

    retries: RetryConfig | None = None
    #: Statuses to retry, exact (``"429"``) or ranges (``"5XX"``).
    retry_codes: Sequence[str] | None = None
    timeout_ms: int | None = None
    server_url: str | None = None
    #: Headers added to (or replacing) the request's headers, like the TS SDK's fetchOptions.
    http_headers: Mapping[str, str] | None = None
    #: True: a response that does not fit the spec is a ResponseValidationError (strict
    #: decoding); False: it is read anyway, see ``spec_problems``. None keeps the core's choice.
    strict: bool | None = None

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        retries: RetryConfig | None = None,
        retry_codes: Sequence[str] | None = None,
        timeout_ms: int | None = None,
        server_url: str | None = None,
        http_headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("retries", retries)
        _setattr("retry_codes", retry_codes)
        _setattr("timeout_ms", timeout_ms)
        _setattr("server_url", server_url)
        _setattr("http_headers", http_headers)
        _setattr("strict", strict)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"retries={self.retries!r}, "
            f"retry_codes={self.retry_codes!r}, "
            f"timeout_ms={self.timeout_ms!r}, "
            f"server_url={self.server_url!r}, "
            f"http_headers={self.http_headers!r}, "
            f"strict={self.strict!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.retries,
            self.retry_codes,
            self.timeout_ms,
            self.server_url,
            self.http_headers,
            self.strict,
        ) == (
            other.retries,
            other.retry_codes,
            other.timeout_ms,
            other.server_url,
            other.http_headers,
            other.strict,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "RequestOptions",
                self.retries,
                self.retry_codes,
                self.timeout_ms,
                self.server_url,
                self.http_headers,
                self.strict,
            )
        )

    # --- end of attrs methods ---


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
        """Wait for ``seconds`` without blocking the event loop."""
        import asyncio  # only async callers pay for it, and they have loaded it already

        await asyncio.sleep(seconds)

    def jitter(self) -> float:
        """A random float in [0, 1) used to spread retries."""
        return random.random()


SYSTEM_CLOCK = Clock()
