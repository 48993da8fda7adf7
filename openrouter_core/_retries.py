"""When to retry and how long to wait: status codes, Retry-After, backoff with jitter."""

from __future__ import annotations

import datetime
import email.utils
import re
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


#: What HTTP allows: ``Retry-After`` is ASCII digits (or a date); ``retry-after-ms`` may have a
#: fraction. ``str.isdigit`` and ``float`` accept far more ("²", "١٢", "1e9", "nan", "inf").
_SECONDS = re.compile(r"[0-9]+", re.ASCII)
_MILLIS = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)


def server_requested_delay(response: httpx.Response, clock: Clock) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), if any.

    Values that are not strictly what HTTP allows count as absent, so backoff decides.
    """
    millis = response.headers.get("retry-after-ms")
    if millis is not None and _MILLIS.fullmatch(millis.strip()):
        return float(millis) / 1000
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:  # HTTP dates are GMT even when they do not say so
            when = when.replace(tzinfo=datetime.timezone.utc)
        return max(when.timestamp() - clock.now(), 0.0)
    except Exception:  # the date parser raises several kinds on nonsense
        return None


def backoff_delay(retry_number: int, backoff: BackoffStrategy, clock: Clock) -> float:
    """Seconds to wait before retry ``retry_number`` (0-based), jittered, capped."""
    base = backoff.initial_interval * backoff.exponent**retry_number
    # Up to 25% jitter spreads clients that failed together; the cap still holds.
    jittered = base * (1 + 0.25 * clock.jitter())
    return min(jittered, backoff.max_interval) / 1000
