"""The one request pipeline every function runs: validate → build → send with retries → read.

:func:`invoke` and :func:`invoke_async` check the call's input, resolve its context
(:mod:`openrouter_core._call_context`), build its request (:mod:`openrouter_core._request`)
and then drive the exchange (:mod:`openrouter_core._exchange`): they perform each action it
yields with a sync or an async client. Every outcome is a Result; nothing escapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import httpx
from returns.result import Failure, Result, Success

from openrouter_core._call_context import CallContext, RequestOptions, call_context
from openrouter_core._clock import Clock
from openrouter_core._closing import closed_error, watch_for_close, watch_for_close_async
from openrouter_core._core import OpenRouterCore
from openrouter_core._deadlines import attempt_deadline
from openrouter_core._exchange import Await, Exchange, Read, Send, StreamReady
from openrouter_core._limits import aread_limited, read_limited
from openrouter_core._operation import Operation
from openrouter_core._request import Prepared, prepare
from openrouter_core.errors import (
    OpenRouterBaseError,
    RequestAbortedError,
    SDKValidationError,
    UnexpectedClientError,
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
) -> tuple[Prepared, CallContext]:
    """Check the options, resolve the call's context and build its request (no I/O).

    Raises the OpenRouterBaseError the call returns as its Failure (plain values and
    exceptions here: a Result per step costs more than the rest of the step).
    """
    if not isinstance(core, OpenRouterCore):
        raise SDKValidationError(_not_a_core(operation, core), field="core")
    context = core._context if options is None else call_context(core._context, options)
    return prepare(operation, request, context, stream=stream), context


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
        prepared, context = _start(core, operation, request, options, stream)
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
        steps = Exchange(operation, prepared, context, client).run()
        while True:
            try:
                action = next(steps)
            except StopIteration as done:
                handed_off = _streamed_response(done.value)
                return _finish(done.value, asynchronous=False)
            if isinstance(action, Send):
                closed = _send(core, client, action, opened)
            elif isinstance(action, Read):
                closed = _read(core, context, action)
            elif isinstance(action, Await):
                return _awaitable_refused(operation, action)
            else:
                closed = _wait_to_retry(core, context.clock, action.seconds)
            if closed:
                return _closed(operation)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        for opened_response in opened:
            if opened_response is not handed_off:
                opened_response.close()


def _send(
    core: OpenRouterCore, client: httpx.Client, action: Send, opened: list[httpx.Response]
) -> bool:
    """Send ``action``'s request; True when the core was closed before or under it."""
    if core.is_closed:
        return True
    watch_for_close(action.request, lambda: core.is_closed)
    # The core's own clients end each network step by the deadline (a user's client ignores
    # it): see _deadline_backend.
    deadline_set = attempt_deadline.set(action.deadline)
    try:
        response = client.send(action.request, stream=True)
    except Exception as exc:
        if core.is_closed:  # close() shut the connection under this call
            return True
        action.reply = exc
    else:
        opened.append(response)
        action.reply = response
    finally:
        attempt_deadline.reset(deadline_set)
    return False


def _read(core: OpenRouterCore, context: CallContext, action: Read) -> bool:
    """Read ``action``'s body whole and close it; True when the core was closed under it."""
    deadline_set = attempt_deadline.set(action.deadline)
    try:
        read_limited(action.response, context.max_body_bytes, action.deadline)
        action.reply = None
    except Exception as exc:
        if core.is_closed:
            return True
        action.reply = exc
    finally:
        attempt_deadline.reset(deadline_set)
        action.response.close()
    return False


def _awaitable_refused(operation: Operation[Any, Any], action: Await) -> Failure[Any]:
    """A sync call whose hook returned an awaitable: it cannot be awaited here."""
    close = getattr(action.awaitable, "close", None)
    if close is not None:
        close()  # a coroutine that is never awaited would warn
    return Failure(
        UnexpectedClientError(
            f"{operation.method} {operation.path}: a hook returned an awaitable; "
            "async hooks need the _async function."
        )
    )


def _wait_to_retry(core: OpenRouterCore, clock: Clock, seconds: float) -> bool:
    """Sleep before the next attempt; on the system clock ``close()`` cuts the wait short
    (the next attempt then sees the core closed). Returns False: the send decides."""
    if type(clock).sleep is Clock.sleep:
        core._clients.closing.wait(seconds)
    else:
        clock.sleep(seconds)
    return False


async def invoke_async(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions | Mapping[str, Any] | None,
    *,
    stream: bool | None = None,
) -> Result[Any, Any]:
    """Run ``operation`` on the event loop; same contract as :func:`invoke`."""
    from openrouter_core._release import shield_close

    try:
        prepared, context = _start(core, operation, request, options, stream)
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
        steps = Exchange(operation, prepared, context, client).run()
        while True:
            try:
                action = next(steps)
            except StopIteration as done:
                handed_off = _streamed_response(done.value)
                if handed_off is not None:
                    shield_close(handed_off, client)  # in case a hook swapped the response
                return _finish(done.value, asynchronous=True)
            closed = False
            if isinstance(action, Send):
                closed = await _send_async(core, client, action, opened)
            elif isinstance(action, Read):
                closed = await _read_async(core, context, action)
            elif isinstance(action, Await):
                action.reply = await cast(Any, action.awaitable)
            else:
                await context.clock.async_sleep(action.seconds)
            if closed:
                return _closed(operation)
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        # Cancellation propagates, but never with a connection left checked out (each
        # response's close is shielded: see _release).
        for opened_response in opened:
            if opened_response is not handed_off:
                await opened_response.aclose()


async def _send_async(
    core: OpenRouterCore, client: httpx.AsyncClient, action: Send, opened: list[httpx.Response]
) -> bool:
    """Send ``action``'s request on the loop; True when the core was closed before or under it."""
    from openrouter_core._release import close_stranded_connections, shield_close

    if core.is_closed:
        return True
    watch_for_close_async(action.request, lambda: core.is_closed)
    # Per task, so concurrent calls keep their own deadlines (as in _send).
    deadline_set = attempt_deadline.set(action.deadline)
    try:
        response = await client.send(action.request, stream=True)
    except Exception as exc:
        if core.is_closed:  # as in _send
            return True
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
    return False


async def _read_async(core: OpenRouterCore, context: CallContext, action: Read) -> bool:
    """Read ``action``'s body whole and close it, on the loop; True when the core was closed."""
    deadline_set = attempt_deadline.set(action.deadline)
    try:
        await aread_limited(action.response, context.max_body_bytes, action.deadline)
        action.reply = None
    except Exception as exc:
        if core.is_closed:
            return True
        action.reply = exc
    finally:
        attempt_deadline.reset(deadline_set)
        await action.response.aclose()
    return False


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
