"""Trying other models, client side, when one fails: ``with_fallbacks(chat_send, models=[...])``.

The wrapped function has the signature of the one it wraps. It sends the request with each
model in turn, moving on only on the failures named in ``on``, and returns the first
``Success`` or the last ``Failure``; :func:`fallback_attempts` reads the attempts (model,
error, time) from either. A stream counts as failed when it ends with a failure before its
first content delta (text, reasoning, a refusal or a tool call), and is then closed and the
next model tried; once content has arrived the stream is handed over, items already read
first, and never switched.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar, cast

import attrs
from returns.result import Failure, Result, Success

from openrouter_core._codec import EXTRA_FIELDS
from openrouter_core.errors import (
    ConnectionError,
    OpenRouterBaseError,
    OpenRouterError,
    RequestTimeoutError,
    ResponseValidationError,
    SDKValidationError,
)

__all__ = ["DEFAULT_FALLBACK_ON", "FallbackAttempt", "fallback_attempts", "with_fallbacks"]

F = TypeVar("F", bound=Callable[..., Any])

#: Statuses (exact or ranges), ``"connection"`` (ConnectionError), ``"timeout"``
#: (RequestTimeoutError) and ``"stream"`` (a stream failing before its first content).
DEFAULT_FALLBACK_ON: tuple[str, ...] = ("429", "5XX", "408", "connection", "stream")
_KINDS = frozenset({"connection", "timeout", "stream"})
_STATUS = re.compile(r"[1-5](?:[0-9]{2}|XX)", re.ASCII | re.IGNORECASE)


@attrs.frozen(kw_only=True)
class FallbackAttempt:
    """One model tried: its error (None for the one that succeeded) and how long it took."""

    model: str
    error: OpenRouterBaseError | None
    elapsed_ms: float


def fallback_attempts(value: object) -> tuple[FallbackAttempt, ...]:
    """The models a fallback call tried, in order: pass what it returned (the value of its
    ``Success``, its stream, or the error of its ``Failure``); ``()`` for anything else."""
    extra = getattr(value, EXTRA_FIELDS, None)
    carried = getattr(extra if isinstance(extra, dict) else value, "fallback_attempts", ())
    return carried if isinstance(carried, tuple) else ()


def _attach(value: Any, attempts: tuple[FallbackAttempt, ...]) -> None:
    extra = getattr(value, EXTRA_FIELDS, None)
    target: Any = extra if isinstance(extra, dict) and hasattr(extra, "__dict__") else value
    # A value that cannot carry them (bytes, None) goes without.
    with contextlib.suppress(AttributeError, TypeError):
        target.fallback_attempts = attempts


def _matches(error: OpenRouterBaseError, on: Sequence[str], *, in_stream: bool) -> bool:
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


def _with_model(request: Any, model: str) -> Any:
    """``request`` asking for ``model``: a dict, a request with ``model``, or with a ``body``."""
    if isinstance(request, Mapping):
        return {**request, "model": model}
    if attrs.has(type(request)):
        names = {field.name for field in attrs.fields(type(request))}
        if "model" in names:
            return attrs.evolve(request, model=model)
        if "body" in names:
            return attrs.evolve(request, body=_with_model(request.body, model))
    raise SDKValidationError(
        f"with_fallbacks cannot set the model of a {type(request).__name__}", field="model"
    )


def _has_content(chunk: Any) -> bool:
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

        @functools.wraps(fn)
        async def call_async(core: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
            run = _Run(core, models)
            last: Result[Any, Any] | None = None
            for model in models:
                try:
                    changed = _with_model(request, model)
                except SDKValidationError as error:
                    return Failure(error)
                result = await fn(core, changed, *args, **kwargs)
                last, go_on = await run.settle_async(model, result, on)
                if not go_on:
                    break
            assert last is not None
            return run.finish(last)

        return cast(F, call_async)

    @functools.wraps(fn)
    def call(core: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        run = _Run(core, models)
        last: Result[Any, Any] | None = None
        for model in models:
            try:
                changed = _with_model(request, model)
            except SDKValidationError as error:
                return Failure(error)
            last, go_on = run.settle(model, fn(core, changed, *args, **kwargs), on)
            if not go_on:
                break
        assert last is not None
        return run.finish(last)

    return cast(F, call)


class _Run:
    """The attempts of one fallback call."""

    def __init__(self, core: Any, models: tuple[str, ...]) -> None:
        self.clock = getattr(core, "clock", None)
        self.attempts: list[FallbackAttempt] = []
        self.started = self._now()

    def _now(self) -> float:
        return self.clock.monotonic() if self.clock is not None else 0.0

    def _record(self, model: str, error: OpenRouterBaseError | None) -> None:
        now = self._now()
        self.attempts.append(
            FallbackAttempt(model=model, error=error, elapsed_ms=(now - self.started) * 1000)
        )
        self.started = now

    def _failed(
        self, model: str, result: Result[Any, Any], on: Sequence[str]
    ) -> tuple[Result[Any, Any], bool]:
        error = result.failure()
        self._record(model, error)
        return result, isinstance(error, OpenRouterBaseError) and _matches(
            error, on, in_stream=False
        )

    def settle(
        self, model: str, result: Result[Any, Any], on: Sequence[str]
    ) -> tuple[Result[Any, Any], bool]:
        """The attempt's outcome, and whether to try the next model."""
        if not isinstance(result, Success):
            return self._failed(model, result, on)
        value = result.unwrap()
        if not _is_event_stream(value, asynchronous=False):
            self._record(model, None)
            return result, False
        read: list[Any] = []
        for item in value:
            read.append(item)
            if isinstance(item, Success) and _has_content(item.unwrap()):
                break
            if isinstance(item, Failure) and not isinstance(
                item.failure(), ResponseValidationError
            ):
                value.close()
                self._record(model, item.failure())
                return Failure(item.failure()), _matches(item.failure(), on, in_stream=True)
        self._record(model, None)
        return Success(ReplayedStream(value, read)), False

    async def settle_async(
        self, model: str, result: Result[Any, Any], on: Sequence[str]
    ) -> tuple[Result[Any, Any], bool]:
        """:meth:`settle` for an async function's result."""
        if not isinstance(result, Success):
            return self._failed(model, result, on)
        value = result.unwrap()
        if not _is_event_stream(value, asynchronous=True):
            self._record(model, None)
            return result, False
        read: list[Any] = []
        async for item in value:
            read.append(item)
            if isinstance(item, Success) and _has_content(item.unwrap()):
                break
            if isinstance(item, Failure) and not isinstance(
                item.failure(), ResponseValidationError
            ):
                await value.aclose()
                self._record(model, item.failure())
                return Failure(item.failure()), _matches(item.failure(), on, in_stream=True)
        self._record(model, None)
        return Success(AsyncReplayedStream(value, read)), False

    def finish(self, result: Result[Any, Any]) -> Result[Any, Any]:
        attempts = tuple(self.attempts)
        _attach(result.unwrap() if isinstance(result, Success) else result.failure(), attempts)
        return result


def _is_event_stream(value: Any, *, asynchronous: bool) -> bool:
    from openrouter_core.streams import AsyncEventStream, EventStream

    return isinstance(value, AsyncEventStream if asynchronous else EventStream)


class _Replayed:
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


class ReplayedStream(_Replayed):
    """An event stream whose first items were read to see content arrive: it yields them
    again, then the rest. Close it, or use it in a ``with`` block, like the stream itself."""

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        if self._read:
            return self._read.pop(0)
        return next(self.stream)

    def close(self) -> None:
        """Close the stream and its response."""
        self.stream.close()

    def __enter__(self) -> ReplayedStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncReplayedStream(_Replayed):
    """:class:`ReplayedStream` for an async event stream."""

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        if self._read:
            return self._read.pop(0)
        return await self.stream.__anext__()

    async def aclose(self) -> None:
        """Close the stream and its response."""
        await self.stream.aclose()

    async def __aenter__(self) -> AsyncReplayedStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
