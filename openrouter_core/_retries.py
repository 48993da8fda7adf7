"""When to retry and how long to wait: the user's RetryConfig, status codes, Retry-After,
backoff with jitter.

:meth:`RetryRules.next_delay` is the one place that decides whether an attempt is retried.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import re
from collections.abc import Sequence
from typing import Literal

import attrs
import httpx

from openrouter_core._clock import Clock
from openrouter_core._operation import status_matches


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


#: Statuses a gateway (a proxy, Cloudflare's edge) sends for an origin that may have received
#: the request and acted on it: 502 (bad answer from upstream), 504 and 524 (the origin took too
#: long). A POST or PATCH sent again after one may bill a second generation or make a second
#: key. Statuses that say the request was refused (429, 500, 503, 529) carry no such risk.
GATEWAY_STATUSES = frozenset({502, 504, 524})

#: The longest wait a server may ask for: a longer one (or one too large for a float) counts as
#: this. No call sleeps for it; it is what ``retry_after_ms`` reports.
LONGEST_REQUESTED_WAIT = 365 * 24 * 3600.0


def status_is_retryable(status_code: int, retry_codes: Sequence[str]) -> bool:
    """Whether ``status_code`` is listed, exactly (``"429"``) or by range (``"5XX"``)."""
    return any(status_matches(pattern, status_code) for pattern in retry_codes)


#: What HTTP allows: ``Retry-After`` is ASCII digits (or a date); ``retry-after-ms`` may have a
#: fraction. ``str.isdigit`` and ``float`` accept far more ("²", "١٢", "1e9", "nan", "inf").
_SECONDS = re.compile(r"[0-9]+", re.ASCII)
_MILLIS = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)


def server_requested_delay(response: httpx.Response, clock: Clock) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), if any.

    Values that are not strictly what HTTP allows count as absent, so backoff decides; a wait
    past :data:`LONGEST_REQUESTED_WAIT` (400 digits parse as ``inf``) counts as that.
    """
    millis = response.headers.get("retry-after-ms")
    if millis is not None and _MILLIS.fullmatch(millis.strip()):
        return _at_most_longest(float(millis) / 1000)
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return _at_most_longest(float(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:  # HTTP dates are GMT even when they do not say so
            when = when.replace(tzinfo=datetime.timezone.utc)
        return _at_most_longest(max(when.timestamp() - clock.now(), 0.0))
    except Exception:  # the date parser raises several kinds on nonsense
        return None


def _at_most_longest(seconds: float) -> float:
    # ``not <=`` also catches NaN: no arithmetic on a requested wait can raise or go non-finite.
    return seconds if seconds <= LONGEST_REQUESTED_WAIT else LONGEST_REQUESTED_WAIT


def backoff_delay(retry_number: int, backoff: BackoffStrategy, clock: Clock) -> float:
    """Seconds to wait before retry ``retry_number`` (0-based), jittered, capped."""
    base = backoff.initial_interval * backoff.exponent ** _growth_steps(retry_number, backoff)
    # Up to 25% jitter spreads clients that failed together; the cap still holds.
    jittered = base * (1 + 0.25 * clock.jitter())
    return min(jittered, backoff.max_interval) / 1000


def _growth_steps(retry_number: int, backoff: BackoffStrategy) -> int:
    """``retry_number``, or the fewer steps after which the interval has passed max_interval.

    The cap comes before the power: ``1.5 ** 1751`` (or ``2 ** 1024``) overflows a float, so a
    long run of retries would otherwise end in an OverflowError.
    """
    initial, exponent, cap = backoff.initial_interval, backoff.exponent, backoff.max_interval
    if exponent <= 1:
        return retry_number  # the interval never grows, so the power stays at most 1
    if initial <= 0 or initial >= cap:
        return 0  # the interval is 0, or capped from the start
    return min(retry_number, math.ceil(math.log(cap / initial, exponent)))


@attrs.frozen
class RetryRules:
    """One call's retry settings: its config and the statuses it retries."""

    config: RetryConfig
    codes: tuple[str, ...]

    def next_delay(
        self,
        attempt: int,
        started: float,
        clock: Clock,
        *,
        may_resend: bool,
        status: int | None = None,
        requested: float | None = None,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when attempt ``attempt`` is final.

        ``status`` is the error status the server answered with; None means the connection
        broke or timed out. ``may_resend``: sending the request again cannot do harm (for a
        status, its body can be replayed; for a lost connection, it also cannot make the
        server act twice). ``requested`` is the wait the server asked for (``Retry-After``).
        """
        config = self.config
        if config.strategy != "backoff" or not may_resend:
            return None
        backoff = config.backoff
        if status is None:
            if not config.retry_connection_errors:
                return None
            delay = backoff_delay(attempt - 1, backoff, clock)
        else:
            if not status_is_retryable(status, self.codes):
                return None
            if requested is not None and requested * 1000 > backoff.max_interval:
                # A server asking for a longer wait than one retry may take gets its failure
                # back at once, with retry_after_ms, so the caller decides; nothing sleeps
                # for an hour.
                return None
            if requested is not None and requested * 1000 >= backoff.initial_interval:
                delay = requested
            else:
                # A wait shorter than our own first one (0, or retry-after-ms: 0.001, which
                # made 2,437 requests in 2 s) on every answer would retry in a tight loop.
                delay = backoff_delay(attempt - 1, backoff, clock)
        elapsed = clock.monotonic() - started
        return delay if (elapsed + delay) * 1000 <= backoff.max_elapsed_time else None

    def withholds_resend(self, status: int, *, idempotent: bool) -> bool:
        """Whether the retry that ``status`` would get is withheld because the origin may have
        acted: a gateway answered (:data:`GATEWAY_STATUSES`) for a POST or PATCH, and the
        config does not set ``retry_non_idempotent_after_send``."""
        config = self.config
        return (
            status in GATEWAY_STATUSES
            and not idempotent
            and not config.retry_non_idempotent_after_send
            and config.strategy == "backoff"
            and status_is_retryable(status, self.codes)
        )
