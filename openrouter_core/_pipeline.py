"""The one request pipeline every function runs: validate → build → send with retries → read.

The exchange itself is written once, as a generator that *yields* the I/O it needs (send a
request, read a body, sleep, await a hook) as typed actions; :func:`invoke` and
:func:`invoke_async` are the two small drivers that perform each action with a sync or an
async client and leave its outcome in the action's ``reply``. Retries, hooks, logging and
response mapping therefore behave identically in both. Building the request lives in
:mod:`openrouter_core._request`, deciding a retry in :mod:`openrouter_core._retries`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import Any, Generic, TypeVar, cast

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._closing import closed_error, watch_for_close, watch_for_close_async
from openrouter_core._codec.decoding import FORGIVING, Decoding
from openrouter_core._config import Clock, RequestOptions
from openrouter_core._core import OpenRouterCore
from openrouter_core._deadlines import attempt_deadline, deadline_after, limit_reads
from openrouter_core._hooks import HookContext
from openrouter_core._limits import BodyTooLarge, aread_limited, oversized_body, read_limited
from openrouter_core._operation import Operation, Outcome
from openrouter_core._options import check_options, resolve_settings
from openrouter_core._request import Prepared, new_request, prepare
from openrouter_core._response_info import ResponseInfo, attach_response_info
from openrouter_core._responses import (
    choose_outcome,
    read_response,
    redact_head,
    sent_secret,
    undecodable_body,
)
from openrouter_core._retries import server_requested_delay
from openrouter_core._secret import Secret
from openrouter_core._settings import CallSettings
from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    OpenRouterBaseError,
    OpenRouterError,
    RequestAbortedError,
    RequestTimeoutError,
    SDKValidationError,
    UnexpectedClientError,
)

#: Stands in for the hook context when a core has no hooks, saving an object per attempt.
_NO_CONTEXT = HookContext(operation_id="", method="", base_url="", attempt=0)
#: Response kinds handed to the caller unread (event streams, large byte bodies).
_STREAMED = frozenset({"sse", "byte_stream"})
#: Methods safe to repeat after the request may have reached the server (RFC 9110 9.2.2).
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

T = TypeVar("T")


# --- the I/O the exchange asks its driver for ---------------------------------------------


class _Action(Generic[T]):
    """One piece of I/O for the driver, which leaves its outcome in ``reply`` (typed ``T``)."""

    __slots__ = ("reply",)
    reply: T


class _Send(_Action["httpx.Response | Exception"]):
    """Send the request, streaming, by the attempt's deadline; reply: the open response, or
    what sending raised."""

    __slots__ = ("deadline", "request")

    def __init__(self, request: httpx.Request, deadline: float | None) -> None:
        self.request = request
        self.deadline = deadline


class _Read(_Action["Exception | None"]):
    """Read the body whole (bounded by the core, and in time by the attempt's deadline) and
    close it; reply: what reading raised."""

    __slots__ = ("deadline", "response")

    def __init__(self, response: httpx.Response, deadline: float | None) -> None:
        self.response = response
        self.deadline = deadline


class _Sleep(_Action[None]):
    """Wait before the next attempt."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class _Await(_Action[object]):
    """Await what an async hook returned; reply: its result."""

    __slots__ = ("awaitable",)

    def __init__(self, awaitable: object) -> None:
        self.awaitable = awaitable


_Step = _Send | _Read | _Sleep | _Await


@attrs.frozen
class StreamReady:
    """The exchange's result for a streamed body: the open response and its table row."""

    response: httpx.Response
    outcome: Outcome
    operation: Operation[Any, Any]
    #: The key the request carried, to mask where the stream's events echo it.
    secret: Secret | None = None
    #: The core's bound on one event's size (None: unbounded).
    max_event_bytes: int | None = None
    #: How the stream's events are read (strict or forgiving, and who hears of misfits).
    decoding: Decoding = FORGIVING
    #: The status, headers, attempts and time of the exchange, for ``response_info``.
    info: ResponseInfo | None = None


Exchange = Generator[_Step, None, "Result[Any, OpenRouterBaseError] | StreamReady"]


# --- the exchange, written once -----------------------------------------------------------


def _client_error(
    exc: BaseException,
    prepared: Prepared,
    operation: Operation[Any, Any],
    secret: Secret | None,
    *,
    maybe_processed: bool = False,
    reading: bool = False,
) -> HTTPClientError:
    """Translate an httpx (or other) exception into the error a caller receives.

    ``maybe_processed``: the request may have reached the server and was not re-sent.
    ``reading``: the server had answered, and its body was being read.
    """
    # Only a call that fails to get an answer loads the translation table.
    from openrouter_core._transport_errors import client_error

    return client_error(
        exc,
        f"{operation.method} {operation.path}",
        secret,
        reading=reading,
        maybe_processed=maybe_processed,
        base_url=prepared.base_url,
    )


def _run_hooks(
    hooks: Sequence[Callable[..., object]], context: HookContext, subject: T, *more: object
) -> Generator[_Step, None, T]:
    """Call each hook in turn with ``(context, subject, *more)``; every hook runs through here.

    A before-request or after-success hook may return a replacement ``subject``, and a
    before-request hook an error that refuses the call (returned at once, unsent); after-error
    hooks, which get the error in ``more``, only observe. A coroutine a hook returns is handed
    to the driver to await.
    """
    for hook in hooks:
        result = hook(context, subject, *more)
        if hasattr(result, "__await__"):
            awaited = _Await(result)
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


def exchange(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    prepared: Prepared,
    settings: CallSettings,
    client: httpx.Client | httpx.AsyncClient,
) -> Exchange:
    """Send ``prepared`` with retries and map the answer; yields the I/O it needs."""
    return _Exchange(core, operation, prepared, settings, client).run()


class _Exchange:
    """One call's exchange: what stays fixed across its attempts, and the steps of each."""

    __slots__ = (
        "client",
        "clock",
        "core",
        "has_hooks",
        "hooks",
        "logger",
        "operation",
        "prepared",
        "settings",
        "started",
    )

    def __init__(
        self,
        core: OpenRouterCore,
        operation: Operation[Any, Any],
        prepared: Prepared,
        settings: CallSettings,
        client: httpx.Client | httpx.AsyncClient,
    ) -> None:
        self.core = core
        self.operation = operation
        self.prepared = prepared
        self.settings = settings
        self.client = client
        self.clock = core.clock
        # The user's hooks with those of an attached ledger and limiter.
        self.hooks = hooks = core._call_hooks
        self.logger = core.debug_logger
        self.has_hooks = bool(hooks.before_request or hooks.after_success or hooks.after_error)
        self.started = self.clock.monotonic()

    def run(self) -> Exchange:
        """Attempt after attempt until one ends the call; the after-error hooks hear of
        every failed attempt."""
        hooks = self.hooks
        attempt = 0
        while True:
            attempt += 1
            context = self._context(attempt)
            request = new_request(self.client, self.prepared)
            if hooks.before_request:
                request = yield from _run_hooks(hooks.before_request, context, request)
                if isinstance(request, OpenRouterBaseError):  # a hook refused the call
                    return Failure(request)
            secret = sent_secret(request)
            sent_at = self.clock.monotonic() if self.logger is not None else 0.0
            # The request's httpx timeouts are the whole budget: each step starts inside it.
            deadline = deadline_after(self.settings.attempt_seconds)
            send = _Send(request, deadline)
            yield send
            reply = send.reply
            if isinstance(reply, Exception):
                failed = self._not_sent(reply, request, secret, attempt, sent_at)
            else:
                redact_head(reply, secret)
                _log(self.logger, self.clock, sent_at, request, reply, attempt, None)
                ended = yield from self._answered(reply, context, secret, attempt, deadline)
                if not isinstance(ended, _Failed):
                    return ended
                failed = ended
            if hooks.after_error:
                yield from _run_hooks(hooks.after_error, context, failed.response, failed.error)
            if failed.delay is None:
                assert failed.error is not None  # a retried status always has a delay
                return Failure(failed.error)
            yield _Sleep(failed.delay)

    def _context(self, attempt: int) -> HookContext:
        if not self.has_hooks:
            return _NO_CONTEXT
        return HookContext(
            operation_id=self.operation.operation_id,
            method=self.operation.method,
            base_url=self.prepared.base_url,
            attempt=attempt,
            tag=self.settings.tag,
            timeout=self.settings.attempt_seconds,
            asynchronous=isinstance(self.client, httpx.AsyncClient),
        )

    def _not_sent(
        self,
        exc: Exception,
        request: httpx.Request,
        secret: Secret | None,
        attempt: int,
        sent_at: float,
    ) -> _Failed:
        """The attempt whose send raised: a broken connection or a timeout may be retried."""
        failed = self._transport_failure(
            exc, None, secret, attempt, (ConnectionError, RequestTimeoutError)
        )
        _log(self.logger, self.clock, sent_at, request, None, attempt, failed.error)
        return failed

    def _answered(
        self,
        response: httpx.Response,
        context: HookContext,
        secret: Secret | None,
        attempt: int,
        deadline: float | None,
    ) -> Generator[_Step, None, Result[Any, OpenRouterBaseError] | StreamReady | _Failed]:
        """The attempt the server answered: retried, handed over as a stream, or read."""
        operation, hooks, decoding = self.operation, self.hooks, self.settings.decoding
        status = response.status_code
        requested = None
        withheld = False
        if status >= 400:
            requested = server_requested_delay(response, self.clock)
            retry = self.settings.retry
            withheld = retry.withholds_resend(
                status, idempotent=self.prepared.method in _IDEMPOTENT
            )
            # An upload from a file that cannot be rewound would go out empty the second
            # time, so only a replayable body is sent again.
            delay = retry.next_delay(
                attempt,
                self.started,
                self.clock,
                may_resend=self.prepared.replayable and not withheld,
                status=status,
                requested=requested,
            )
            if delay is not None:
                # Reading the (small) error body lets the connection go back to the pool.
                yield _Read(response, deadline)
                return _Failed(response, None, delay)

        outcome = choose_outcome(operation, response)
        if outcome is not None and outcome.kind in _STREAMED and response.is_success:
            if hooks.after_success:
                response = yield from _run_hooks(hooks.after_success, context, response)
            # The caller reads a stream for as long as it likes: past its head, only
            # silence is bounded.
            limit_reads(response, self.settings.stream_idle_seconds)
            max_event_bytes = self.core.max_event_bytes
            info = self._info(response, attempt)
            return StreamReady(
                response, outcome, operation, secret, max_event_bytes, decoding, info
            )

        read = _Read(response, deadline)
        yield read
        if read.reply is not None:
            return self._unread(read.reply, response, secret, attempt)
        if hooks.after_success and response.is_success:
            response = yield from _run_hooks(hooks.after_success, context, response)
            outcome = choose_outcome(operation, response)  # a hook may have swapped it
        elif hooks.after_error and not response.is_success:
            yield from _run_hooks(hooks.after_error, context, response, None)
        result = read_response(operation, response, response.content, secret, outcome, decoding)
        if isinstance(result, Success):
            attach_response_info(result.unwrap(), self._info(response, attempt))
        elif requested is not None or withheld:
            error = result.failure()
            if isinstance(error, OpenRouterError):
                if requested is not None:
                    error.retry_after_ms = round(requested * 1000)
                if withheld:
                    _say_not_resent(error)
        return result

    def _info(self, response: httpx.Response, attempt: int) -> ResponseInfo:
        """What ``response_info`` tells of this call, now that ``response`` ended it."""
        return ResponseInfo(
            status_code=response.status_code,
            raw_headers=response.headers.raw,
            attempts=attempt,
            elapsed_ms=(self.clock.monotonic() - self.started) * 1000,
        )

    def _unread(
        self, exc: Exception, response: httpx.Response, secret: Secret | None, attempt: int
    ) -> _Failed:
        """The attempt whose body could not be read: too large, undecodable, or cut off."""
        operation = self.operation
        if isinstance(exc, BodyTooLarge):
            return _Failed(response, oversized_body(operation, response, exc), None)
        if isinstance(exc, httpx.DecodingError):
            return _Failed(response, undecodable_body(operation, response, exc), None)
        return self._transport_failure(exc, response, secret, attempt, (ConnectionError,))

    def _transport_failure(
        self,
        exc: Exception,
        response: httpx.Response | None,
        secret: Secret | None,
        attempt: int,
        retried: tuple[type[HTTPClientError], ...],
    ) -> _Failed:
        """The error for a send or read that raised, and the wait before sending again:
        only for the error kinds in ``retried``, and only when re-sending is safe.

        With a ``response`` the server had answered and reading its body failed, which the
        message says (rather than that the server could not be reached)."""
        resendable = self._may_resend(exc)
        failure = _client_error(
            exc,
            self.prepared,
            self.operation,
            secret,
            maybe_processed=not resendable,
            reading=response is not None,
        )
        delay = self.settings.retry.next_delay(
            attempt,
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
            or self.settings.retry.config.retry_non_idempotent_after_send
        )


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


# --- the two drivers ----------------------------------------------------------------------


def _sdk_failure(operation: Operation[Any, Any], exc: Exception) -> Failure[UnexpectedClientError]:
    """The value either driver returns when something inside the SDK (or a hook) raised.

    The error keeps ``exc`` without its frames (they hold the request and its key), so the
    message names the line that raised, for the report.
    """
    return Failure(
        UnexpectedClientError(
            f"{operation.method} {operation.path} failed inside the SDK "
            f"({type(exc).__name__}{_raised_at(exc)}); please report it.",
            exc,
        )
    )


def _raised_at(exc: BaseException) -> str:
    """`` at module.py:12 in function`` for the innermost frame that raised ``exc``."""
    tb = exc.__traceback__
    if tb is None:
        return ""
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    module = code.co_filename.replace("\\", "/").rsplit("/", 1)[-1]
    return f" at {module}:{tb.tb_lineno} in {code.co_name}"


def _refused(error: OpenRouterBaseError) -> Failure[OpenRouterBaseError]:
    """The value either driver returns for an error raised while building the request.

    It keeps no frames: those that raised it hold the request's headers and its key.
    """
    from openrouter_core._causes import detached

    return Failure(detached(error))


def _start(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions | Mapping[str, Any] | None,
    stream: bool | None,
) -> tuple[Prepared, CallSettings]:
    """Check the options, resolve the call's settings and build its request (no I/O).

    Raises the OpenRouterBaseError the call returns as its Failure (plain values and
    exceptions here: a Result per step costs more than the rest of the step).
    """
    if not isinstance(core, OpenRouterCore):
        raise SDKValidationError(_not_a_core(operation, core), field="core")
    settings = resolve_settings(core, check_options(options))
    return prepare(core, operation, request, settings, stream=stream), settings


def _not_a_core(operation: Operation[Any, Any], given: object) -> str:
    """Says what was passed as ``core``, and what an argument mix-up looks like."""
    what = "None" if given is None else f"a {type(given).__name__}"
    return (
        f"{operation.method} {operation.path}: core must be an OpenRouterCore, not {what} "
        "(the core comes first: function(core, request, options=...))"
    )


def invoke(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions | Mapping[str, Any] | None,
    *,
    stream: bool | None = None,
) -> Result[Any, Any]:
    """Run ``operation`` synchronously; every outcome is a Result, nothing escapes.

    The result is typed loosely here; each function module declares its precise contract.
    """
    try:
        prepared, settings = _start(core, operation, request, options, stream)
    except OpenRouterBaseError as error:
        return _refused(error)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    # Every response this call opens is closed in the finally below, except the one handed
    # to the caller as a stream: no branch of the exchange can leave a connection checked out.
    opened: list[httpx.Response] = []
    handed_off: httpx.Response | None = None
    try:
        if core.is_closed:
            return _closed(operation)
        client = core.sync_client()
        steps = exchange(core, operation, prepared, settings, client)
        while True:
            try:
                action = next(steps)
            except StopIteration as done:
                handed_off = _streamed_response(done.value)
                return _finish(done.value, asynchronous=False)
            if isinstance(action, _Send):
                if core.is_closed:
                    return _closed(operation)
                watch_for_close(action.request, lambda: core.is_closed)
                # The core's own clients end each network step by the deadline (a user's
                # client ignores it): see _deadline_backend.
                deadline_set = attempt_deadline.set(action.deadline)
                try:
                    response = client.send(action.request, stream=True)
                except Exception as exc:
                    if core.is_closed:  # close() shut the connection under this call
                        return _closed(operation)
                    action.reply = exc
                else:
                    opened.append(response)
                    action.reply = response
                finally:
                    attempt_deadline.reset(deadline_set)
            elif isinstance(action, _Read):
                deadline_set = attempt_deadline.set(action.deadline)
                try:
                    read_limited(action.response, core.max_body_bytes, action.deadline)
                    action.reply = None
                except Exception as exc:
                    if core.is_closed:
                        return _closed(operation)
                    action.reply = exc
                finally:
                    attempt_deadline.reset(deadline_set)
                    action.response.close()
            elif isinstance(action, _Await):
                close = getattr(action.awaitable, "close", None)
                if close is not None:
                    close()  # a coroutine that is never awaited would warn
                return Failure(
                    UnexpectedClientError(
                        f"{operation.method} {operation.path}: a hook returned an awaitable; "
                        "async hooks need the _async function."
                    )
                )
            else:
                _wait_to_retry(core, action.seconds)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        for opened_response in opened:
            if opened_response is not handed_off:
                opened_response.close()


async def invoke_async(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions | Mapping[str, Any] | None,
    *,
    stream: bool | None = None,
) -> Result[Any, Any]:
    """Run ``operation`` on the event loop; same contract as :func:`invoke`."""
    from openrouter_core._release import close_stranded_connections, shield_close

    try:
        prepared, settings = _start(core, operation, request, options, stream)
    except OpenRouterBaseError as error:
        return _refused(error)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    opened: list[httpx.Response] = []  # closed in the finally, as in invoke
    handed_off: httpx.Response | None = None
    try:
        if core.is_closed:
            return _closed(operation)
        client = core.async_client_for_loop()
        steps = exchange(core, operation, prepared, settings, client)
        while True:
            try:
                action = next(steps)
            except StopIteration as done:
                handed_off = _streamed_response(done.value)
                if handed_off is not None:
                    shield_close(handed_off, client)  # in case a hook swapped the response
                return _finish(done.value, asynchronous=True)
            if isinstance(action, _Send):
                if core.is_closed:
                    return _closed(operation)
                watch_for_close_async(action.request, lambda: core.is_closed)
                # Per task, so concurrent calls keep their own deadlines (as in invoke).
                deadline_set = attempt_deadline.set(action.deadline)
                try:
                    response = await client.send(action.request, stream=True)
                except Exception as exc:
                    if core.is_closed:  # as in invoke
                        return _closed(operation)
                    action.reply = exc
                except BaseException:
                    # A cancellation inside httpcore's pool can strand a connection.
                    await close_stranded_connections(client)
                    raise
                else:
                    shield_close(response, client)  # before anything (httpx included) closes it
                    opened.append(response)
                    action.reply = response
                finally:
                    attempt_deadline.reset(deadline_set)
            elif isinstance(action, _Read):
                deadline_set = attempt_deadline.set(action.deadline)
                try:
                    await aread_limited(action.response, core.max_body_bytes, action.deadline)
                    action.reply = None
                except Exception as exc:
                    if core.is_closed:
                        return _closed(operation)
                    action.reply = exc
                finally:
                    attempt_deadline.reset(deadline_set)
                    await action.response.aclose()
            elif isinstance(action, _Await):
                action.reply = await cast(Any, action.awaitable)
            else:
                await core.clock.async_sleep(action.seconds)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        # Cancellation propagates, but never with a connection left checked out (each
        # response's close is shielded: see _release).
        for opened_response in opened:
            if opened_response is not handed_off:
                await opened_response.aclose()


def _wait_to_retry(core: OpenRouterCore, seconds: float) -> None:
    """Sleep before the next attempt; on the system clock ``close()`` cuts the wait short
    (the next attempt then sees the core closed)."""
    if type(core.clock).sleep is Clock.sleep:
        core._clients.closing.wait(seconds)
    else:
        core.clock.sleep(seconds)


def _closed(operation: Operation[Any, Any]) -> Failure[RequestAbortedError]:
    """The result of a call whose core was closed before or while it ran."""
    return Failure(closed_error(operation.method, operation.path))


def _streamed_response(value: object) -> httpx.Response | None:
    """The response a finished exchange hands to the caller unread, if any."""
    return value.response if isinstance(value, StreamReady) else None


def _finish(
    value: Result[Any, OpenRouterBaseError] | StreamReady, *, asynchronous: bool
) -> Result[Any, OpenRouterBaseError]:
    """The call's result: a streamed body becomes the stream object the caller reads."""
    if not isinstance(value, StreamReady):
        return value
    # Imported here so that calls that do not stream never load the stream machinery.
    from openrouter_core.streams import open_stream

    stream = open_stream(value, asynchronous=asynchronous)
    stream.response_info = value.info
    return Success(stream)
