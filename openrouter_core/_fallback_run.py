"""What a fallback call keeps track of, whichever the flavour: the attempts, the rules.

Which failures move on to the next model, how a request is given another model, whether a
stream item carries content, and the base of the streams handed over after their first items
were read. The calls themselves are written once, async (``_async_fallback_calls``), and
``python -m codegen`` writes the sync ones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from returns.result import Result, Success

from openrouter_core._codec import EXTRA_FIELDS
from openrouter_core.errors import (
    ConnectionError,
    OpenRouterBaseError,
    OpenRouterError,
    RequestTimeoutError,
    ResponseValidationError,
    SDKValidationError,
)

__all__ = ["FallbackAttempt", "Replayed", "Run", "has_content", "matches", "with_model"]


@attrs.frozen(kw_only=True)
class FallbackAttempt:
    """One model tried: its error (None for the one that succeeded) and how long it took."""

    model: str
    error: OpenRouterBaseError | None
    elapsed_ms: float


def _attach(value: Any, attempts: tuple[FallbackAttempt, ...]) -> None:
    extra = getattr(value, EXTRA_FIELDS, None)
    target: Any = extra if isinstance(extra, dict) and hasattr(extra, "__dict__") else value
    # A value that cannot carry them (bytes, None) goes without.
    with contextlib.suppress(AttributeError, TypeError):
        target.fallback_attempts = attempts


def matches(error: OpenRouterBaseError, on: Sequence[str], *, in_stream: bool) -> bool:
    if in_stream:
        return "stream" in on
    if isinstance(error, OpenRouterError) and not isinstance(error, ResponseValidationError):
        status = str(error.status_code)
        return any(code == status or (code[1:] == "XX" and code[0] == status[0]) for code in on)
    if isinstance(error, ConnectionError):
        return "connection" in on
    if isinstance(error, RequestTimeoutError):
        return "timeout" in on
    return False


def with_model(request: Any, model: str) -> Any:
    """``request`` asking for ``model``: a dict, a request with ``model``, or with a ``body``."""
    if isinstance(request, Mapping):
        return {**request, "model": model}
    if attrs.has(type(request)):
        names = {field.name for field in attrs.fields(type(request))}
        if "model" in names:
            return attrs.evolve(request, model=model)
        if "body" in names:
            return attrs.evolve(request, body=with_model(request.body, model))
    raise SDKValidationError(
        f"with_fallbacks cannot set the model of a {type(request).__name__}", field="model"
    )


def has_content(chunk: Any) -> bool:
    """Whether a stream item carries content: a chat delta's text, reasoning, refusal or tool
    call, or a Responses API ``*.delta`` event."""
    from openrouter_core.accumulate import _field

    kind = _field(chunk, "type")
    if isinstance(kind, str) and kind.endswith(".delta"):
        return True
    data = _field(chunk, "data")
    if data is not None and not isinstance(data, str) and _field(chunk, "choices") is None:
        chunk = data
    for choice in _field(chunk, "choices") or ():
        delta = _field(choice, "delta")
        if any(_field(delta, name) for name in ("content", "reasoning", "refusal", "tool_calls")):
            return True
    return False


class Run:
    """The attempts of one fallback call."""

    def __init__(self, core: Any, models: tuple[str, ...]) -> None:
        self.clock = getattr(core, "clock", None)
        self.attempts: list[FallbackAttempt] = []
        self.started = self._now()

    def _now(self) -> float:
        return self.clock.monotonic() if self.clock is not None else 0.0

    def record(self, model: str, error: OpenRouterBaseError | None) -> None:
        """One model tried: its error (None: it succeeded)."""
        now = self._now()
        self.attempts.append(
            FallbackAttempt(model=model, error=error, elapsed_ms=(now - self.started) * 1000)
        )
        self.started = now

    def failed(
        self, model: str, result: Result[Any, Any], on: Sequence[str]
    ) -> tuple[Result[Any, Any], bool]:
        """A failed attempt recorded, and whether to try the next model."""
        error = result.failure()
        self.record(model, error)
        return result, isinstance(error, OpenRouterBaseError) and matches(
            error, on, in_stream=False
        )

    def finish(self, result: Result[Any, Any]) -> Result[Any, Any]:
        """``result`` with the attempts attached (see ``fallback_attempts``)."""
        attempts = tuple(self.attempts)
        _attach(result.unwrap() if isinstance(result, Success) else result.failure(), attempts)
        return result


class Replayed:
    """What both replaying streams share: the stream's response and what the call said."""

    def __init__(self, stream: Any, read: list[Any]) -> None:
        self.stream = stream
        self._read = read
        #: The models tried before this stream (see :func:`fallback_attempts`).
        self.fallback_attempts: tuple[FallbackAttempt, ...] = ()

    @property
    def response(self) -> Any:
        """The streaming HTTP response."""
        return self.stream.response

    @property
    def headers(self) -> Any:
        """The response headers."""
        return self.stream.headers

    @property
    def response_info(self) -> Any:
        """The status, headers, attempts and time of the call that opened the stream."""
        return self.stream.response_info
