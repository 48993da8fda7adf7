"""The exchange of one call, written once: send with retries, hooks and logging, then read.

:class:`Exchange` is a generator of the I/O it needs (send a request, read a body, sleep, await
a hook), yielded as typed actions; the two drivers in :mod:`openrouter_core._pipeline` perform
each with a sync or an async client and leave its outcome in the action's ``reply``. Retries,
hooks, logging and response mapping therefore behave identically in both. Everything the
exchange runs with comes from the call's :class:`~openrouter_core._call_context.CallContext`;
deciding a retry lives in :mod:`openrouter_core._retries`, reading an answer in
:mod:`openrouter_core._responses`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Sequence
from typing import Any, Generic, TypeVar, cast

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._call_context import Attempt, CallContext
from openrouter_core._clock import Clock
from openrouter_core._deadlines import deadline_after, limit_reads
from openrouter_core._hooks import HookContext
from openrouter_core._limits import BodyTooLarge, oversized_body
from openrouter_core._masking import Secret
from openrouter_core._operation import Operation, Outcome
from openrouter_core._request import Prepared, new_request
from openrouter_core._response_info import ResponseInfo, attach_response_info
from openrouter_core._responses import choose_outcome, read_response, undecodable_body
from openrouter_core._retries import server_requested_delay
from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    OpenRouterBaseError,
    OpenRouterError,
    RequestTimeoutError,
)

#: Stands in for the hook context when a core has no hooks, saving an object per attempt.
_NO_CONTEXT = HookContext(operation_id="", method="", base_url="", attempt=0)
#: Response kinds handed to the caller unread (event streams, large byte bodies).
_STREAMED = frozenset({"sse", "byte_stream"})
#: Methods safe to repeat after the request may have reached the server (RFC 9110 9.2.2).
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

T = TypeVar("T")


# --- the I/O the exchange asks its driver for ---------------------------------------------


class Action(Generic[T]):
    """One piece of I/O for the driver, which leaves its outcome in ``reply`` (typed ``T``)."""

    __slots__ = ("reply",)
    reply: T


class Send(Action["httpx.Response | Exception"]):
    """Send the request, streaming, by the attempt's deadline; reply: the open response, or
    what sending raised."""

    __slots__ = ("deadline", "request")

    def __init__(self, request: httpx.Request, deadline: float | None) -> None:
        self.request = request
        self.deadline = deadline


class Read(Action["Exception | None"]):
    """Read the body whole (bounded by the core, and in time by the attempt's deadline) and
    close it; reply: what reading raised."""

    __slots__ = ("deadline", "response")

    def __init__(self, response: httpx.Response, deadline: float | None) -> None:
        self.response = response
        self.deadline = deadline


class Sleep(Action[None]):
    """Wait before the next attempt."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Await(Action[object]):
    """Await what an async hook returned; reply: its result."""

    __slots__ = ("awaitable",)

    def __init__(self, awaitable: object) -> None:
        self.awaitable = awaitable


Step = Send | Read | Sleep | Await


@attrs.frozen
class StreamReady:
    """The exchange's result for a streamed body: the open response and its table row."""

    response: httpx.Response
    outcome: Outcome
    operation: Operation[Any, Any]
    #: The attempt that opened it: how its events are read, and the credential they mask.
    attempt: Attempt
    #: The status, headers, attempts and time of the exchange, for ``response_info``.
    info: ResponseInfo | None = None


Steps = Generator[Step, None, "Result[Any, OpenRouterBaseError] | StreamReady"]


# --- the exchange, written once -----------------------------------------------------------


def _run_hooks(
    hooks: Sequence[Callable[..., object]], context: HookContext, subject: T, *more: object
) -> Generator[Step, None, T]:
    """Call each hook in turn with ``(context, subject, *more)``; every hook runs through here.

    A before-request or after-success hook may return a replacement ``subject``, and a
    before-request hook an error that refuses the call (returned at once, unsent); after-error
    hooks, which get the error in ``more``, only observe. A coroutine a hook returns is handed
    to the driver to await.
    """
    for hook in hooks:
        result = hook(context, subject, *more)
        if hasattr(result, "__await__"):
            awaited = Await(result)
            yield awaited
            result = awaited.reply
        if result and not more:
            if isinstance(result, OpenRouterBaseError):
                return cast(T, result)
            subject = cast(T, result)
    return subject


@attrs.frozen
class _Failed:
    """An attempt that did not end the call by itself: what the after-error hooks hear, and
    the wait before the next attempt (None: there is none, the call fails with ``error``)."""

    response: httpx.Response | None
    #: None when the server answered with an error status that is retried.
    error: OpenRouterBaseError | None
    delay: float | None


class Exchange:
    """One call's exchange: what stays fixed across its attempts, and the steps of each."""

    __slots__ = ("client", "clock", "context", "has_hooks", "operation", "prepared", "started")

    def __init__(
        self,
        operation: Operation[Any, Any],
        prepared: Prepared,
        context: CallContext,
        client: httpx.Client | httpx.AsyncClient,
    ) -> None:
        self.operation = operation
        self.prepared = prepared
        self.context = context
        self.client = client
        self.clock = context.clock
        hooks = context.hooks
        self.has_hooks = bool(hooks.before_request or hooks.after_success or hooks.after_error)
        self.started = self.clock.monotonic()

    def run(self) -> Steps:
        """Attempt after attempt until one ends the call; the after-error hooks hear of
        every failed attempt."""
        context = self.context
        hooks, logger = context.hooks, context.logger
        number = 0
        while True:
            number += 1
            hook_context = self._hook_context(number)
            request = new_request(self.client, self.prepared)
            if hooks.before_request:
                request = yield from _run_hooks(hooks.before_request, hook_context, request)
                if isinstance(request, OpenRouterBaseError):  # a hook refused the call
                    return Failure(request)
            # What the request carries now (a hook may have changed it) is what to mask.
            attempt = Attempt(context, number, Secret.sent_by(request))
            sent_at = self.clock.monotonic() if logger is not None else 0.0
            # The request's httpx timeouts are the whole budget: each step starts inside it.
            deadline = deadline_after(context.attempt_seconds)
            send = Send(request, deadline)
            yield send
            reply = send.reply
            if isinstance(reply, Exception):
                failed = self._not_sent(reply, request, attempt, sent_at)
            else:
                attempt.credential.mask_head(reply)
                _log(logger, self.clock, sent_at, request, reply, number, None)
                ended = yield from self._answered(reply, hook_context, attempt, deadline)
                if not isinstance(ended, _Failed):
                    return ended
                failed = ended
            if hooks.after_error:
                yield from _run_hooks(
                    hooks.after_error, hook_context, failed.response, failed.error
                )
            if failed.delay is None:
                assert failed.error is not None  # a retried status always has a delay
                return Failure(failed.error)
            yield Sleep(failed.delay)

    def _hook_context(self, number: int) -> HookContext:
        if not self.has_hooks:
            return _NO_CONTEXT
        return HookContext(
            operation_id=self.operation.operation_id,
            method=self.operation.method,
            base_url=self.prepared.base_url,
            attempt=number,
            tag=self.context.tag,
            timeout=self.context.attempt_seconds,
            asynchronous=isinstance(self.client, httpx.AsyncClient),
        )

    def _not_sent(
        self, exc: Exception, request: httpx.Request, attempt: Attempt, sent_at: float
    ) -> _Failed:
        """The attempt whose send raised: a broken connection or a timeout may be retried."""
        failed = self._transport_failure(exc, None, attempt, (ConnectionError, RequestTimeoutError))
        _log(self.context.logger, self.clock, sent_at, request, None, attempt.number, failed.error)
        return failed

    def _answered(
        self,
        response: httpx.Response,
        hook_context: HookContext,
        attempt: Attempt,
        deadline: float | None,
    ) -> Generator[Step, None, Result[Any, OpenRouterBaseError] | StreamReady | _Failed]:
        """The attempt the server answered: retried, handed over as a stream, or read."""
        unretried = None
        if response.status_code >= 400:
            retried, unretried = self._status_retry(response, attempt.number)
            if retried is not None:
                # Reading the (small) error body lets the connection go back to the pool.
                yield Read(response, deadline)
                return retried
        outcome = choose_outcome(self.operation, response)
        if outcome is not None and outcome.kind in _STREAMED and response.is_success:
            return (yield from self._stream_ready(response, outcome, hook_context, attempt))
        read = Read(response, deadline)
        yield read
        if read.reply is not None:
            return self._unread(read.reply, response, attempt)
        hooks = self.context.hooks
        if hooks.after_success and response.is_success:
            response = yield from _run_hooks(hooks.after_success, hook_context, response)
            outcome = choose_outcome(self.operation, response)  # a hook may have swapped it
        elif hooks.after_error and not response.is_success:
            yield from _run_hooks(hooks.after_error, hook_context, response, None)
        result = read_response(self.operation, response, response.content, attempt, outcome)
        if isinstance(result, Success):
            attach_response_info(result.unwrap(), self._info(response, attempt.number))
        elif unretried is not None:
            unretried.explain(result.failure())
        return result

    def _status_retry(
        self, response: httpx.Response, number: int
    ) -> tuple[_Failed | None, _Unretried | None]:
        """For an error status: the retry it gets, or (when none) why, for the message."""
        status = response.status_code
        requested = server_requested_delay(response, self.clock)
        retry = self.context.retry
        withheld = retry.withholds_resend(status, idempotent=self.prepared.method in _IDEMPOTENT)
        # An upload from a file that cannot be rewound would go out empty the second time,
        # so only a replayable body is sent again.
        delay = retry.next_delay(
            number,
            self.started,
            self.clock,
            may_resend=self.prepared.replayable and not withheld,
            status=status,
            requested=requested,
        )
        if delay is not None:
            return _Failed(response, None, delay), None
        return None, _Unretried(requested, withheld)

    def _stream_ready(
        self,
        response: httpx.Response,
        outcome: Outcome,
        hook_context: HookContext,
        attempt: Attempt,
    ) -> Generator[Step, None, StreamReady]:
        """The answer handed to the caller as a stream, unread."""
        hooks = self.context.hooks
        if hooks.after_success:
            response = yield from _run_hooks(hooks.after_success, hook_context, response)
        # The caller reads a stream for as long as it likes: past its head, only silence is
        # bounded.
        limit_reads(response, self.context.stream_idle_seconds)
        info = self._info(response, attempt.number)
        return StreamReady(response, outcome, self.operation, attempt, info)

    def _info(self, response: httpx.Response, number: int) -> ResponseInfo:
        """What ``response_info`` tells of this call, now that ``response`` ended it."""
        return ResponseInfo(
            status_code=response.status_code,
            raw_headers=response.headers.raw,
            attempts=number,
            elapsed_ms=(self.clock.monotonic() - self.started) * 1000,
        )

    def _unread(self, exc: Exception, response: httpx.Response, attempt: Attempt) -> _Failed:
        """The attempt whose body could not be read: too large, undecodable, or cut off."""
        operation = self.operation
        if isinstance(exc, BodyTooLarge):
            return _Failed(response, oversized_body(operation, response, exc), None)
        if isinstance(exc, httpx.DecodingError):
            return _Failed(response, undecodable_body(operation, response, exc), None)
        return self._transport_failure(exc, response, attempt, (ConnectionError,))

    def _transport_failure(
        self,
        exc: Exception,
        response: httpx.Response | None,
        attempt: Attempt,
        retried: tuple[type[HTTPClientError], ...],
    ) -> _Failed:
        """The error for a send or read that raised, and the wait before sending again:
        only for the error kinds in ``retried``, and only when re-sending is safe.

        With a ``response`` the server had answered and reading its body failed, which the
        message says (rather than that the server could not be reached)."""
        # Only a call that fails to get an answer loads the translation table.
        from openrouter_core._transport_errors import client_error

        resendable = self._may_resend(exc)
        operation = self.operation
        failure = client_error(
            exc,
            f"{operation.method} {operation.path}",
            attempt,
            reading=response is not None,
            maybe_processed=not resendable,
            base_url=self.prepared.base_url,
        )
        delay = self.context.retry.next_delay(
            attempt.number,
            self.started,
            self.clock,
            may_resend=resendable and isinstance(failure, retried),
        )
        return _Failed(response, failure, delay)

    def _may_resend(self, exc: Exception) -> bool:
        """Whether sending again after ``exc`` cannot make the server act twice (or we may)."""
        from openrouter_core._transport_errors import never_reached_server

        if never_reached_server(exc):
            return True
        prepared = self.prepared
        return prepared.replayable and (
            prepared.method in _IDEMPOTENT
            or self.context.retry.config.retry_non_idempotent_after_send
        )


class _Unretried:
    """Why an error status that may be retried was not: what its error's message adds."""

    # A plain class, as the actions are: an attrs class costs more to create at import.
    __slots__ = ("requested", "withheld")

    def __init__(self, requested: float | None, withheld: bool) -> None:
        #: The wait the server asked for (seconds), if it named one.
        self.requested = requested
        #: A gateway answered a POST or PATCH, which is not re-sent.
        self.withheld = withheld

    def explain(self, error: OpenRouterBaseError) -> None:
        if not isinstance(error, OpenRouterError):
            return
        if self.requested is not None:
            error.retry_after_ms = round(self.requested * 1000)
        if self.withheld:
            _say_not_resent(error)


def _say_not_resent(error: OpenRouterError) -> None:
    """Add to ``error``'s message why its retryable status was not retried."""
    error.message = (
        f"{error.message} Not sent again: a gateway answered, so the request may have been"
        " processed (RetryConfig(retry_non_idempotent_after_send=True) re-sends it)."
    )
    error.args = (error.message,)


def _log(
    logger: logging.Logger | None,
    clock: Clock,
    sent_at: float,
    request: httpx.Request,
    response: httpx.Response | None,
    attempt: int,
    failure: OpenRouterBaseError | None,
) -> None:
    if logger is None or not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed = clock.monotonic() - sent_at
    # The URL never carries the key (it travels in the Authorization header only).
    outcome = response.status_code if response is not None else type(failure).__name__
    logger.debug(
        "openrouter %s %s -> %s (attempt %d, %.1f ms)",
        request.method,
        request.url,
        outcome,
        attempt,
        elapsed * 1000,
    )
