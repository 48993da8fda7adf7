"""When to retry and how long to wait: status codes, Retry-After, backoff with jitter."""

from __future__ import annotations

import email.utils
from collections.abc import Sequence

import httpx

from openrouter_core._config import BackoffStrategy, Clock


def status_is_retryable(status_code: int, retry_codes: Sequence[str]) -> bool:
    """Whether ``status_code`` is listed, exactly (``"429"``) or by range (``"5XX"``)."""
    code = str(status_code)
    for pattern in retry_codes:
        pattern = pattern.upper()
        if pattern == code or (pattern.endswith("XX") and pattern[0] == code[0]):
            return True
    return False


def server_requested_delay(response: httpx.Response, clock: Clock) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), if any."""
    millis = response.headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(when.timestamp() - clock.now(), 0.0)


def backoff_delay(retry_number: int, backoff: BackoffStrategy, clock: Clock) -> float:
    """Seconds to wait before retry ``retry_number`` (0-based), jittered, capped."""
    base = backoff.initial_interval * backoff.exponent**retry_number
    # Up to 25% jitter spreads clients that failed together; the cap still holds.
    jittered = base * (1 + 0.25 * clock.jitter())
    return min(jittered, backoff.max_interval) / 1000
