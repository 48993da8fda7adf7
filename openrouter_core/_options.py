"""Per-call options (a RequestOptions or a dict) checked, then resolved over the core's settings.

Options arrive from user code as values or dict literals; a wrong one must come back as an
SDKValidationError naming it, not as an AttributeError deep in the send path or a silently
odd request (a negative timeout, a retry code that never matches). :func:`resolve_settings`
is the one place where a call's options meet the core's: the send path reads the result.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx

from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._config import (
    DEFAULT_RETRY_CODES,
    RequestOptions,
    RetryConfig,
    retry_config_problem,
)
from openrouter_core._core import OpenRouterCore
from openrouter_core._retries import RetryRules
from openrouter_core._secret import USERINFO_REFUSED, url_with_userinfo_masked
from openrouter_core._settings import CallSettings
from openrouter_core.errors import SDKValidationError

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


def resolve_settings(core: OpenRouterCore, options: RequestOptions) -> CallSettings:
    """``options`` over ``core``'s settings; raises SDKValidationError for a core's bad one.

    A call without options gets the core's own settings, resolved on its first call (the
    core is frozen, so they never change).
    """
    if options is NO_OPTIONS:
        cached: CallSettings | None = core._clients.default_settings
        if cached is None:
            cached = core._clients.default_settings = _resolve(core, options)
        return cached
    return _resolve(core, options)


def _resolve(core: OpenRouterCore, options: RequestOptions) -> CallSettings:
    strict = options.strict if options.strict is not None else core.strict
    logger = core.debug_logger
    retry_codes = options.retry_codes if options.retry_codes is not None else DEFAULT_RETRY_CODES
    decoding = Decoding(strict=strict, logger=logger) if strict or logger is not None else FORGIVING
    timeout_ms = options.timeout_ms if options.timeout_ms is not None else core.timeout_ms
    idle_ms = (
        options.stream_idle_timeout_ms
        if options.stream_idle_timeout_ms is not None
        else core.stream_idle_timeout_ms
    )
    return CallSettings(
        retry=RetryRules(options.retries or core.retry_config, tuple(retry_codes)),
        timeout=_timeout(timeout_ms),
        server_url=(options.server_url or core.server_url).rstrip("/"),
        http_headers=options.http_headers,
        decoding=decoding,
        attempt_seconds=None if timeout_ms is None else timeout_ms / 1000,
        stream_idle_seconds=None if idle_ms is None else idle_ms / 1000,
        tag=options.tag,
    )


@functools.lru_cache(maxsize=64)
def _timeout(timeout_ms: int | None) -> httpx.Timeout:
    """httpx's timeout for ``timeout_ms`` (cached: a few values serve every call)."""
    return httpx.Timeout(None if timeout_ms is None else timeout_ms / 1000)


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
