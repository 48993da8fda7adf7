"""Everything one call runs with, resolved once: :class:`CallContext`, and its :class:`Attempt`.

The core makes its context when it is constructed (its settings are checked there); a call
without options runs with that one, and a call with options (:class:`RequestOptions`, or a dict
with the same keys) gets a copy with the options laid over it (:func:`call_context`). Options
arrive from user code as values or dict literals; a wrong one must come back as an
SDKValidationError naming it (:func:`check_options`, once per call), not as an AttributeError
deep in the send path or a silently odd request (a negative timeout, a retry code that never
matches). The request builder, the exchange, the response reader and the streams read
everything from the context, and nothing reads the core's settings directly: what a call does
is decided in one place.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, final

import attrs
import httpx

from openrouter_core._clock import Clock
from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._hooks import Hooks
from openrouter_core._masking import (
    NO_SECRET,
    USERINFO_REFUSED,
    Secret,
    masked_headers,
    url_with_userinfo_masked,
)
from openrouter_core._retries import (
    DEFAULT_RETRY_CODES,
    RetryConfig,
    RetryRules,
    retry_config_problem,
)
from openrouter_core.errors import SDKValidationError

if TYPE_CHECKING:
    import logging

ApiKey = str | Callable[[], str]


def resolve_key(api_key: ApiKey | None) -> str | None:
    """The key for the next request: ``api_key`` itself, or what its function returns."""
    return api_key() if callable(api_key) else api_key


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


NO_OPTIONS = RequestOptions()
_OPTION_NAMES = tuple(field.name for field in attrs.fields(RequestOptions))
#: ``"429"`` or a range such as ``"5XX"``: what :func:`status_is_retryable` understands.
_RETRY_CODE = re.compile(r"[1-5](?:[0-9]{2}|XX)", re.ASCII | re.IGNORECASE)


def check_options(options: Any) -> RequestOptions:
    """``options`` as a checked RequestOptions (a dict takes the same keys); raises
    SDKValidationError saying what is wrong."""
    if options is None or options is NO_OPTIONS:
        return NO_OPTIONS
    if isinstance(options, Mapping):
        for key in options:
            if key not in _OPTION_NAMES:
                raise SDKValidationError(
                    f"options has no {key!r}; known options: {', '.join(_OPTION_NAMES)}",
                    field=str(key),
                )
        checked = RequestOptions(**options)
    elif isinstance(options, RequestOptions):
        checked = options
    else:
        raise SDKValidationError(
            f"options must be a RequestOptions or a dict, not {type(options).__name__}",
            field="options",
        )
    _check(checked)
    return checked


def _check(options: RequestOptions) -> None:
    if options.retries is not None:
        check_retry_config(options.retries, "retries")
    if options.retry_codes is not None:
        _check_retry_codes(options.retry_codes)
    check_timeout(options.timeout_ms, "timeout_ms")
    check_timeout(options.stream_idle_timeout_ms, "stream_idle_timeout_ms")
    if options.server_url is not None and not isinstance(options.server_url, str):
        raise SDKValidationError("server_url must be a string", field="server_url")
    masked = url_with_userinfo_masked(options.server_url) if options.server_url else None
    if masked is not None:
        raise SDKValidationError(
            f"server_url {USERINFO_REFUSED.format(url=masked)}", field="server_url"
        )
    if options.strict is not None and not isinstance(options.strict, bool):
        # A truthy string such as "no" would silently switch strict decoding on.
        raise SDKValidationError("strict must be True, False or None", field="strict")
    if options.tag is not None and not isinstance(options.tag, str):
        raise SDKValidationError(f"tag must be a string or None, not {options.tag!r}", field="tag")
    headers = options.http_headers
    if headers is not None and (
        not isinstance(headers, Mapping)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
    ):
        raise SDKValidationError(
            "http_headers must be a dict of header names to string values", field="http_headers"
        )


def check_timeout(value: Any, name: str) -> None:
    """A timeout is None (no limit) or a positive, finite number of milliseconds."""
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise SDKValidationError(
            f"{name} must be a positive number of milliseconds or None, not {value!r}",
            field=name,
        )


def check_retry_config(config: Any, name: str) -> None:
    """A RetryConfig whose strategy is known and whose intervals are non-negative numbers."""
    if not isinstance(config, RetryConfig):
        raise SDKValidationError(
            f'{name} must be a RetryConfig (e.g. RetryConfig(strategy="none")), '
            f"not {type(config).__name__}",
            field=name,
        )
    try:
        problem = _cached_problem(config)
    except TypeError:  # a field holds something unhashable: check it without the cache
        problem = retry_config_problem(config)
    if problem:
        raise SDKValidationError(f"{name}: {problem}", field=name)


#: A few configs serve every call, so each is checked once.
_cached_problem = functools.lru_cache(maxsize=32)(retry_config_problem)


def _check_retry_codes(codes: Any) -> None:
    if isinstance(codes, (str, bytes)) or not isinstance(codes, Sequence):
        raise SDKValidationError(
            f'retry_codes must be a list such as ["429", "5XX"], not {codes!r}',
            field="retry_codes",
        )
    for code in codes:
        if not isinstance(code, str) or not _RETRY_CODE.fullmatch(code):
            raise SDKValidationError(
                f'retry_codes: {code!r} is not a status ("429") or a range ("5XX")',
                field="retry_codes",
            )


# Never compared (eq=False): attrs then writes fewer methods when the class is made at import.
@attrs.frozen(kw_only=True, eq=False)
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
    """One attempt of a call: its context, its number, and the credential its request sent (a
    before-request hook may have changed it, so it is read from the request as sent), which
    everything the caller sees of the answer is masked with."""

    __slots__ = ("context", "credential", "number")

    def __init__(self, context: CallContext, number: int, credential: Secret) -> None:
        self.context = context
        self.number = number
        self.credential = credential

    def __repr__(self) -> str:
        return f"Attempt(number={self.number}, credential={self.credential!r})"


def credential_of(attempt: Attempt | None) -> Secret:
    """The credential ``attempt`` sent; none for what no attempt sent (a batch result line)."""
    return attempt.credential if attempt is not None else NO_SECRET


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
