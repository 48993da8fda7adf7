"""A network backend beneath httpcore that ends every network operation by the attempt's deadline.

httpcore looks a step's timeout up once, when the step starts, and hands it to each read of
that step: a head dripped a byte at a time is bounded per read only, and a read that starts
just before the deadline may wait a whole read timeout past it. The backend here wraps the one
a pool already holds and caps the timeout of every connect, TLS handshake, write and read at
the time left until the deadline of the attempt running in this thread or task; once the
deadline has passed, the operation raises httpcore's own timeout at once (httpx maps it to its
timeout exceptions, the pipeline to ``RequestTimeoutError``).

The deadline travels in a context variable that the pipeline's drivers set around an attempt's
send and read (:func:`attempt_deadline`): threads and tasks each have their own, so concurrent
calls never see each other's. With none set (a stream read by the caller, a client used
elsewhere) the backend passes every timeout through unchanged. The core's clients speak
HTTP/1.1, where a connection carries one request at a time, so every read a task makes is for
its own attempt.
"""

from __future__ import annotations

from openrouter_core._async_deadline_backend import AsyncDeadlineBackend, AsyncDeadlineStream
from openrouter_core._sync_deadline_backend import DeadlineBackend, DeadlineStream

__all__ = ["AsyncDeadlineBackend", "AsyncDeadlineStream", "DeadlineBackend", "DeadlineStream"]
