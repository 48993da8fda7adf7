"""How long an attempt may take: ``timeout_ms`` as a deadline, and a stream's idle timeout.

httpx bounds each network operation, not the exchange: a server that sends one byte every
0.4 s never trips a one-second read timeout, and holds the call for as long as it likes. So
each attempt gets a deadline ``timeout_ms`` after it starts. The request goes out with every
httpx timeout (pool, connect, write, the reads of the head) at that budget; the body's reads
wait at most what is left of it, and the body is cut, with a read timeout, once the deadline
passes between two reads. No thread or timer is involved: the reads themselves keep time.

What this bounds exactly depends on the client. On the clients the core makes, a network
backend of our own beneath httpcore (:mod:`openrouter_core._deadline_backend`, installed by
:mod:`openrouter_core._deadline_install`) caps every connect, write and read at the time left,
so any stall or drip, in the head or the body, ends by the deadline. On a client the caller
passed in (or one whose httpx internals are not the shape the installation knows), only what
is written here holds: a stall ends at the deadline when it happens in the body, and after at
most one budget when it happens in an earlier step (httpcore looks each step's timeout up
once, at the step's start); a drip ends at the first read past the deadline, a read already
waiting then may run on for the time that was left when the body began, and a head dripped a
byte at a time is bounded per read only.

A streamed body (events, a download) is handed to the caller once its head is in and is read
for as long as the caller likes, so there the deadline ends with the head; each read of the
stream then waits at most ``stream_idle_timeout_ms`` for the server's next bytes.
"""

from __future__ import annotations

import time
from contextvars import ContextVar

import httpx

__all__ = [
    "attempt_deadline",
    "capped_timeout",
    "check_deadline",
    "deadline_after",
    "limit_reads",
    "reads_until",
]

#: The monotonic moment the current attempt must end by (None: no attempt is running here).
#: The pipeline's drivers set it around an attempt's send and read; the network backend beneath
#: the core's own clients (_deadline_backend, which imports httpcore and is loaded only when a
#: client is made) caps every network operation by it.
attempt_deadline: ContextVar[float | None] = ContextVar("openrouter_attempt_deadline", default=None)


_PASSED = "the attempt's deadline (timeout_ms) passed"


def capped_timeout(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to the time left on the attempt's deadline; raises ``expired`` (an
    httpcore timeout, for the network backend) once it has passed."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired(_PASSED)
    return left if timeout is None or left < timeout else timeout


def deadline_after(seconds: float | None) -> float | None:
    """The moment ``seconds`` from now on the monotonic clock (None: no deadline).

    Real time, as httpx's own timeouts are: a test clock that stands still must not switch
    deadlines off.
    """
    return None if seconds is None else time.monotonic() + seconds


def limit_reads(response: httpx.Response, seconds: float | None) -> None:
    """Make each further read of ``response``'s body wait at most ``seconds`` (None: no limit).

    httpx's transport looks the read timeout up in the request when it starts the body, so this
    must run before the body's first read. A response from a transport that ignores timeouts
    (or without its request) is left as it is.
    """
    try:
        extensions = response.request.extensions
    except RuntimeError:  # a response a hook made, with no request
        return
    timeouts = extensions.get("timeout")
    if isinstance(timeouts, dict):
        extensions["timeout"] = {**timeouts, "read": seconds}


def reads_until(response: httpx.Response, deadline: float | None) -> None:
    """Make each read of ``response``'s body end by ``deadline``; raises once it has passed."""
    if deadline is None:
        return
    check_deadline(response, deadline)
    limit_reads(response, deadline - time.monotonic())


def check_deadline(response: httpx.Response, deadline: float | None) -> None:
    """Raise httpx.ReadTimeout when ``deadline`` has passed."""
    if deadline is not None and time.monotonic() >= deadline:
        raise httpx.ReadTimeout("the response did not arrive in full within timeout_ms")
