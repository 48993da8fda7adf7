"""Trying other models, client side, when one fails: ``with_fallbacks(chat_send, models=[...])``.

The wrapped function has the signature of the one it wraps. It sends the request with each
model in turn, moving on only on the failures named in ``on``, and returns the first
``Success`` or the last ``Failure``; :func:`fallback_attempts` reads the attempts (model,
error, time) from either. A stream counts as failed when it ends with a failure before its
first content delta (text, reasoning, a refusal or a tool call), and is then closed and the
next model tried; once content has arrived the stream is handed over, items already read
first, and never switched.

The calling is written once, async (``_async_fallback_calls``; ``python -m codegen`` writes
the sync twin); what both flavours keep track of is ``_fallback_run``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from openrouter_core._async_fallback_calls import calling_with_fallbacks_async
from openrouter_core._codec import EXTRA_FIELDS
from openrouter_core._fallback_run import FallbackAttempt
from openrouter_core._sync_fallback_calls import calling_with_fallbacks

__all__ = ["DEFAULT_FALLBACK_ON", "FallbackAttempt", "fallback_attempts", "with_fallbacks"]

F = TypeVar("F", bound=Callable[..., Any])

#: Statuses (exact or ranges), ``"connection"`` (ConnectionError), ``"timeout"``
#: (RequestTimeoutError) and ``"stream"`` (a stream failing before its first content).
DEFAULT_FALLBACK_ON: tuple[str, ...] = ("429", "5XX", "408", "connection", "stream")
_KINDS = frozenset({"connection", "timeout", "stream"})
_STATUS = re.compile(r"[1-5](?:[0-9]{2}|XX)", re.ASCII | re.IGNORECASE)


def fallback_attempts(value: object) -> tuple[FallbackAttempt, ...]:
    """The models a fallback call tried, in order: pass what it returned (the value of its
    ``Success``, its stream, or the error of its ``Failure``); ``()`` for anything else."""
    extra = getattr(value, EXTRA_FIELDS, None)
    carried = getattr(extra if isinstance(extra, dict) else value, "fallback_attempts", ())
    return carried if isinstance(carried, tuple) else ()


def _check(models: Sequence[str], on: Sequence[str]) -> None:
    if isinstance(models, str) or not models or not all(isinstance(m, str) for m in models):
        raise ValueError(f"models must be a non-empty list of model names, not {models!r}")
    if isinstance(on, str):
        raise ValueError(f'on must be a list such as ["429", "5XX", "stream"], not {on!r}')
    for kind in on:
        if kind not in _KINDS and not (isinstance(kind, str) and _STATUS.fullmatch(kind)):
            raise ValueError(
                f'on: {kind!r} is not a status ("429"), a range ("5XX"), "connection", '
                '"timeout" or "stream"'
            )


def with_fallbacks(fn: F, *, models: Sequence[str], on: Sequence[str] = DEFAULT_FALLBACK_ON) -> F:
    """``fn`` trying each of ``models`` in turn on the failures named in ``on``.

    ``fn`` is a function such as ``chat_send`` or ``chat_send_async`` (the result is async
    when ``fn`` is); the request's own ``model`` is replaced by each of ``models``. Returns
    the first ``Success`` or the last ``Failure``, with :func:`fallback_attempts` readable
    from either.
    """
    _check(models, on)
    models, on = tuple(models), tuple(on)

    import inspect

    if inspect.iscoroutinefunction(fn):
        return cast(F, calling_with_fallbacks_async(fn, models, on))
    return cast(F, calling_with_fallbacks(fn, models, on))
