"""Retry settings, per-call options and the injectable clock, as frozen values."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping, Sequence
from typing import Literal

import attrs

from openrouter_core._secret import masked_headers


@attrs.frozen(kw_only=True)
class BackoffStrategy:
    """Exponential backoff; all times in milliseconds, as the TypeScript SDK documents them."""

    initial_interval: int = 500
    max_interval: int = 60_000
    exponent: float = 1.5
    #: No retry starts once this much time has passed since the first attempt.
    max_elapsed_time: int = 3_600_000


@attrs.frozen(kw_only=True)
class RetryConfig:
    """When and how to retry: ``strategy="none"`` turns retries off.

    A retryable status (``retry_codes``) is retried for every method, except that a POST or
    PATCH is not re-sent after a gateway's 502, 504 or 524 (the origin may have acted). A
    broken connection or a timeout (``retry_connection_errors``) is retried for GET, HEAD, PUT,
    DELETE and OPTIONS, which may be repeated; a POST or PATCH only when it provably never
    reached the server (the connection could not be made, or no pooled connection came free in
    time). When it may have been processed, a second one could bill a second generation or
    create a second key, so the status error, ``ConnectionError`` or ``RequestTimeoutError``
    comes back instead, saying so. ``retry_non_idempotent_after_send=True`` re-sends those too.
    """

    strategy: Literal["backoff", "none"] = "backoff"
    backoff: BackoffStrategy = attrs.field(factory=BackoffStrategy)
    retry_connection_errors: bool = True
    #: Re-send a POST or PATCH whose connection broke after it was sent, or that a gateway
    #: answered with 502, 504 or 524 (it may run twice).
    retry_non_idempotent_after_send: bool = False


#: Status codes retried unless a call says otherwise: every 5XX, as the spec declares.
DEFAULT_RETRY_CODES: tuple[str, ...] = ("5XX",)


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Overrides for one call; ``None`` keeps the core's setting."""

    retries: RetryConfig | None = None
    #: Statuses to retry, exact (``"429"``) or ranges (``"5XX"``).
    retry_codes: Sequence[str] | None = None
    timeout_ms: int | None = None
    #: The longest a stream may go without receiving a byte, in milliseconds.
    stream_idle_timeout_ms: int | None = None
    server_url: str | None = None
    #: Headers added to (or replacing) the request's headers, like the TS SDK's fetchOptions.
    http_headers: Mapping[str, str] | None = attrs.field(default=None, repr=masked_headers)
    #: True: a response that does not fit the spec is a ResponseValidationError (strict
    #: decoding); False: it is read anyway, see ``spec_problems``. None keeps the core's choice.
    strict: bool | None = None
    #: A label for this call's spend (a user, a job): a ``UsageLedger`` totals per tag, and a
    #: ``Budget(tag=...)`` limits it. Never sent.
    tag: str | None = None


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


def retry_config_problem(config: RetryConfig) -> str | None:
    """What is wrong with ``config``, or None: the rule for a core's ``retry_config`` and a
    call's ``retries``."""
    if config.strategy not in ("backoff", "none"):
        return f'strategy must be "backoff" or "none", not {config.strategy!r}'
    backoff = config.backoff
    if not isinstance(backoff, BackoffStrategy):
        return f"backoff must be a BackoffStrategy, not {type(backoff).__name__}"
    for field in ("initial_interval", "max_interval", "max_elapsed_time", "exponent"):
        value = getattr(backoff, field)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value < 0
        ):
            return f"backoff.{field} must be a non-negative number, not {value!r}"
    if backoff.exponent <= 0:
        return f"backoff.exponent must be positive, not {backoff.exponent!r}"
    for field in ("retry_connection_errors", "retry_non_idempotent_after_send"):
        if not isinstance(getattr(config, field), bool):
            return f"{field} must be True or False"
    return None
