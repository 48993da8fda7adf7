"""Ready settings for serverless handlers (AWS Lambda, Cloud Functions, Vercel, ...).

A handler has a hard time limit and is billed while it waits, so these keep every call inside
25 seconds: one attempt takes at most 10 s, its whole body included (``timeout_ms`` is a
deadline, so a server that sends a byte now and then cannot stretch it), and no retry starts
unless it would begin within 15 s of the first attempt. A stream's call ends with its head;
reading it ends within 10 s of the server falling silent. Create the core once, at module
level, so warm invocations reuse its connections::

    from openrouter_core import OpenRouterCore
    from openrouter_core.serverless import (
        SERVERLESS_RETRY_CONFIG,
        SERVERLESS_STREAM_IDLE_TIMEOUT_MS,
        SERVERLESS_TIMEOUT_MS,
    )

    core = OpenRouterCore(
        retry_config=SERVERLESS_RETRY_CONFIG,
        timeout_ms=SERVERLESS_TIMEOUT_MS,
        stream_idle_timeout_ms=SERVERLESS_STREAM_IDLE_TIMEOUT_MS,
    )
"""

from __future__ import annotations

from openrouter_core._retries import BackoffStrategy, RetryConfig

__all__ = ["SERVERLESS_RETRY_CONFIG", "SERVERLESS_STREAM_IDLE_TIMEOUT_MS", "SERVERLESS_TIMEOUT_MS"]

#: Short waits (0.25 s, doubling, at most 2 s) within a 15 s budget; connection errors retried.
SERVERLESS_RETRY_CONFIG = RetryConfig(
    strategy="backoff",
    backoff=BackoffStrategy(
        initial_interval=250, max_interval=2_000, exponent=2.0, max_elapsed_time=15_000
    ),
    retry_connection_errors=True,
)

#: Per attempt, head and body: a slow model answer may take seconds, a hung or dripping
#: connection must not take minutes.
SERVERLESS_TIMEOUT_MS = 10_000

#: A stream that sends nothing (not even a keep-alive comment) for this long ends with a
#: ``Failure(RequestTimeoutError)`` item.
SERVERLESS_STREAM_IDLE_TIMEOUT_MS = 10_000
