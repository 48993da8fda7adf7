"""The settings one call runs with, once its options are laid over the core's.

A module of its own so that the core can cache its default settings (typed) without importing
the option resolution, which itself reads the core.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import httpx

from openrouter_core._codec.decoding import Decoding
from openrouter_core._retries import RetryRules
from openrouter_core._secret import masked_headers


@attrs.frozen
class CallSettings:
    """What one call runs with: its options over the core's settings, resolved once."""

    retry: RetryRules
    timeout: httpx.Timeout
    #: The server's base URL, without a trailing slash.
    server_url: str
    #: The call's extra headers, which replace the SDK's own of the same name.
    http_headers: Mapping[str, str] | None = attrs.field(repr=masked_headers)
    decoding: Decoding
    #: Seconds one attempt may take, head and whole body (``timeout_ms``; None: no limit).
    attempt_seconds: float | None = None
    #: Seconds a stream may go without receiving a byte (None: no limit).
    stream_idle_seconds: float | None = None
    #: The call's ``RequestOptions.tag``, which hooks see.
    tag: str | None = None
