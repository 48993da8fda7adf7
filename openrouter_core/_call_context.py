"""Everything one call runs with, resolved once: :class:`CallContext`, and its :class:`Attempt`.

The core makes its context when it is constructed (its settings are checked there); a call
without options runs with that one, and a call with options gets a copy with the options laid
over it (:func:`call_context`, checked once per call). The request builder, the exchange, the
response reader and the streams read everything from it, and nothing reads the core's settings
directly: what a call does is decided in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, final

import attrs
import httpx

from openrouter_core._call_options import NO_OPTIONS, RequestOptions, check_options
from openrouter_core._clock import Clock
from openrouter_core._forgiving import FORGIVING, Decoding
from openrouter_core._hooks import Hooks
from openrouter_core._masking import CredentialMask
from openrouter_core._retries import DEFAULT_RETRY_CODES, RetryRules
from openrouter_core._secret import masked_headers
from openrouter_core.errors import SDKValidationError

if TYPE_CHECKING:
    import logging

ApiKey = str | Callable[[], str]


@attrs.frozen(kw_only=True)
class CallContext:
    """What one call runs with: the core's settings, with the call's options over them."""

    retry: RetryRules
    timeout: httpx.Timeout
    #: Seconds one attempt may take, head and whole body (``timeout_ms``; None: no limit).
    attempt_seconds: float | None
    #: Seconds a stream may go without receiving a byte (None: no limit).
    stream_idle_seconds: float | None
    #: The server's base URL, without a trailing slash.
    server_url: str
    #: The call's extra headers, which replace the SDK's own of the same name.
    http_headers: Mapping[str, str] | None = attrs.field(default=None, repr=masked_headers)
    #: The call's ``RequestOptions.tag``, which hooks see.
    tag: str | None = None
    #: How responses are read (strict or forgiving, and who hears of misfits).
    decoding: Decoding = FORGIVING
    #: The core's hooks with those of its ledger and limiter.
    hooks: Hooks
    clock: Clock
    logger: logging.Logger | None
    #: A body read whole that is larger than this is a Failure (None: no limit).
    max_body_bytes: int | None
    #: A streamed event larger than this ends its stream with a Failure (None: no limit).
    max_event_bytes: int | None
    #: The core's key, or the function that gives it (read once per call).
    api_key: ApiKey | None = attrs.field(repr=False)
    #: User-Agent and the app headers, checked when the core was made.
    fixed_headers: Mapping[str, str]
    #: Why the core's app headers cannot be sent, when they cannot: every call refuses.
    header_problem: SDKValidationError | None = None

    def with_options(self, options: RequestOptions) -> CallContext:
        """This context with a call's (checked) ``options`` laid over it."""
        # Built field by field: attrs.evolve reads the class's fields on every call, which
        # costs more than the rest of resolving a call's options.
        strict, timeout_ms = options.strict, options.timeout_ms
        codes = options.retry_codes
        idle_ms = options.stream_idle_timeout_ms
        return CallContext(
            retry=RetryRules(
                options.retries or self.retry.config,
                DEFAULT_RETRY_CODES if codes is None else tuple(codes),
            ),
            timeout=self.timeout if timeout_ms is None else timeout_for(timeout_ms),
            attempt_seconds=self.attempt_seconds if timeout_ms is None else timeout_ms / 1000,
            stream_idle_seconds=self.stream_idle_seconds if idle_ms is None else idle_ms / 1000,
            server_url=(options.server_url or self.server_url).rstrip("/"),
            http_headers=options.http_headers,
            tag=options.tag,
            decoding=self.decoding if strict is None else decoding_for(strict, self.logger),
            hooks=self.hooks,
            clock=self.clock,
            logger=self.logger,
            max_body_bytes=self.max_body_bytes,
            max_event_bytes=self.max_event_bytes,
            api_key=self.api_key,
            fixed_headers=self.fixed_headers,
            header_problem=self.header_problem,
        )


@final
class Attempt:
    """One attempt of a call: its context, its number, and the mask of the credential it sent
    (a before-request hook may have changed it, so it is read from the request sent)."""

    __slots__ = ("context", "mask", "number")

    def __init__(self, context: CallContext, number: int, mask: CredentialMask) -> None:
        self.context = context
        self.number = number
        self.mask = mask

    def __repr__(self) -> str:
        return f"Attempt(number={self.number}, mask={self.mask!r})"


def call_context(core_context: CallContext, options: Any) -> CallContext:
    """The context of a call given ``options`` (None, a RequestOptions or a dict); raises
    SDKValidationError for bad options."""
    if options is None or options is NO_OPTIONS:
        return core_context
    return core_context.with_options(check_options(options))


def decoding_for(strict: bool, logger: logging.Logger | None) -> Decoding:
    """How responses are read: strictly or not, told to ``logger`` (the shared default when
    neither)."""
    return Decoding(strict=strict, logger=logger) if strict or logger is not None else FORGIVING


@functools.lru_cache(maxsize=64)
def timeout_for(timeout_ms: float | None) -> httpx.Timeout:
    """httpx's timeout for ``timeout_ms`` (cached: a few values serve every call)."""
    return httpx.Timeout(None if timeout_ms is None else timeout_ms / 1000)
