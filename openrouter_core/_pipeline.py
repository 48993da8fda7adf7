"""The one request pipeline every function runs: validate → build → send with retries → read.

The exchange itself is written once, as a generator that *yields* the I/O it needs (send a
request, read a body, sleep) and receives the outcome; :func:`invoke` and
:func:`invoke_async` are the two small drivers that perform that I/O with a sync or an async
client. Retries, hooks, logging and response mapping therefore behave identically in both.
"""

from __future__ import annotations

import functools
from collections.abc import Generator, Mapping
from typing import Any

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core._config import DEFAULT_RETRY_CODES, RequestOptions, RetryConfig
from openrouter_core._converter import unstructure
from openrouter_core._core import OpenRouterCore
from openrouter_core._encoding import (
    check_header,
    header_value,
    json_body,
    path_segment,
    query_pairs,
)
from openrouter_core._forgiving import FORGIVING, Decoding
from openrouter_core._hooks import HookContext
from openrouter_core._inputs import coerce_request
from openrouter_core._limits import BodyTooLarge, aread_limited, oversized_body, read_limited
from openrouter_core._operation import Operation, Outcome
from openrouter_core._options import check_core_settings, check_options
from openrouter_core._responses import (
    choose_outcome,
    read_response,
    redact_head,
    sent_secret,
    undecodable_body,
)
from openrouter_core._retries import backoff_delay, server_requested_delay, status_is_retryable
from openrouter_core._transport_errors import client_error, never_reached_server
from openrouter_core.errors import (
    ConnectionError,
    HTTPClientError,
    OpenRouterBaseError,
    OpenRouterError,
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


# --- the I/O the exchange asks its driver for ---------------------------------------------


@attrs.frozen
class _Send:
    request: httpx.Request


@attrs.frozen
class _Read:
    response: httpx.Response


@attrs.frozen
class _Sleep:
    seconds: float


@attrs.frozen
class _Await:
    """An async hook's result, for the async driver to await."""

    awaitable: Any


@attrs.frozen
class StreamReady:
    """The exchange's result for a streamed body: the open response and its table row."""

    response: httpx.Response
    outcome: Outcome
    operation: Operation[Any, Any]
    #: The key the request carried, to mask where the stream's events echo it.
    secret: str | None = None
    #: The core's bound on one event's size (None: unbounded).
    max_event_bytes: int | None = None
    #: How the stream's events are read (strict or forgiving, and who hears of misfits).
    decoding: Decoding = FORGIVING


_Action = _Send | _Read | _Sleep | _Await
Exchange = Generator[_Action, Any, "Result[Any, OpenRouterBaseError] | StreamReady"]


# --- building the request -----------------------------------------------------------------


@attrs.frozen
class Prepared:
    """Everything needed to build the HTTP request for each attempt."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: bytes | None
    files: Any
    data: Any
    timeout: httpx.Timeout
    base_url: str
    stream: bool
    #: False when the body holds a file that cannot be rewound: it may be sent only once.
    replayable: bool = True


def prepare(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions,
    *,
    stream: bool | None = None,
) -> Result[Prepared, OpenRouterBaseError]:
    """Validate the caller's input and build the request's parts (no I/O)."""
    coerced = coerce_request(request, operation.request_type, operation.body)
    if isinstance(coerced, Failure):
        return coerced
    model = coerced.unwrap()
    if stream is None and operation.streams and not isinstance(request, Mapping):
        refused = _stream_needs_keyword(operation, model)
        if refused is not None:
            return Failure(refused)
    try:
        return Success(_build(core, operation, model, options, stream))
    except OpenRouterBaseError as exc:
        return Failure(exc)


def _stream_needs_keyword(operation: Operation[Any, Any], model: Any) -> SDKValidationError | None:
    """A request class asking for a stream in its body alone: its call is typed as the body.

    A dict says ``stream: True`` where the type checker sees it; an instance's field does not
    reach the type, so only the ``stream=True`` keyword may turn its result into a stream.
    """
    nested = operation.body is not None and operation.body.model is not None
    source = getattr(model, "body", None) if nested else model
    if getattr(source, "stream", None) is not True:
        return None
    return SDKValidationError(
        "the request asks for a stream (stream=True in its body); pass stream=True to the"
        " call as well, so the result is typed as a stream",
        field="stream",
    )


def _build(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    model: Any,
    options: RequestOptions,
    stream: bool | None,
) -> Prepared:
    try:
        secret = core.resolve_api_key()
    except Exception as exc:
        raise SDKValidationError(
            f"the api_key function raised {type(exc).__name__}; fix it or pass a string",
            field="api_key",
        ) from None
    if secret is not None and not isinstance(secret, str):
        raise SDKValidationError("the API key must be a string", field="api_key")
    check_core_settings(core.timeout_ms, core.retry_config, core.strict)

    nested = operation.body is not None and operation.body.model is not None
    source = getattr(model, "body", None) if nested else model
    wants_stream = bool(
        operation.streams and (stream if stream is not None else getattr(source, "stream", False))
    )
    headers = {"Accept": "text/event-stream" if wants_stream else operation.accept}
    if secret:
        check_header("Authorization", secret)
        headers["Authorization"] = f"Bearer {secret}"
    headers.update(core.fixed_headers())

    path = operation.path
    query: list[tuple[str, str | int | float | bool | None]] = []
    for param in operation.params:
        value = getattr(model, param.name)
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", path_segment(param.name, value))
        elif param.location == "query":
            query.extend(query_pairs(param.name, param.wire, value, param.explode))
        else:
            text = header_value(param.wire, value)
            if text is not None:
                headers[param.wire] = text  # the request's value beats the core's

    content: bytes | None = None
    files: Any = None
    data: Any = None
    replayable = True
    if operation.body is not None and source is not None:
        body = unstructure(source)
        if not nested:
            for param in operation.params:
                body.pop(param.wire, None)
        if operation.streams and stream is not None:
            body["stream"] = stream  # the keyword beats the request's own field
        if operation.body.kind == "json":
            content = json_body(body)
            headers["Content-Type"] = operation.body.content_type
        elif operation.body.kind == "form":
            from urllib.parse import urlencode

            from openrouter_core._multipart import split_multipart

            fields, _ = split_multipart(body)  # the same field texts; a form has no files
            content = urlencode(fields, doseq=True).encode("ascii")
            headers["Content-Type"] = operation.body.content_type
        else:
            from openrouter_core._multipart import can_replay, split_multipart

            data, files = split_multipart(body)
            replayable = can_replay(files)

    for name, value in (options.http_headers or {}).items():
        check_header(name, name)
        check_header(name, str(value))
        # Replace case-insensitively, so "authorization" overrides "Authorization".
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        headers[name] = str(value)

    base_url = (options.server_url or core.server_url).rstrip("/")
    if operation.from_origin:
        base_url = _origin(base_url)
    if core.debug_logger is not None and _is_plain_http_off_host(base_url):
        core.debug_logger.warning(
            "openrouter: server_url %s is plain http:// to a non-local host; the API key "
            "travels unencrypted. Use https://.",
            base_url,
        )
    timeout_ms = options.timeout_ms if options.timeout_ms is not None else core.timeout_ms
    timeout = _timeout(timeout_ms)
    return Prepared(
        method=operation.method,
        url=base_url + path,
        params=query,
        headers=headers,
        content=content,
        files=files,
        data=data,
        timeout=timeout,
        base_url=base_url,
        stream=wants_stream,
        replayable=replayable,
    )


@functools.lru_cache(maxsize=64)
def _timeout(timeout_ms: int | None) -> httpx.Timeout:
    """httpx's timeout for ``timeout_ms`` (cached: a few values serve every call)."""
    return httpx.Timeout(None if timeout_ms is None else timeout_ms / 1000)


_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def _origin(base_url: str) -> str:
    """``https://openrouter.ai/api/v1`` → ``https://openrouter.ai``."""
    scheme, sep, rest = base_url.partition("://")
    return scheme + sep + rest.split("/", 1)[0] if sep else base_url


def _is_plain_http_off_host(base_url: str) -> bool:
    if base_url[:7].lower() != "http://":
        return False
    host = base_url[7:].split("/", 1)[0].rsplit("@", 1)[-1]
    host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return host.lower() not in _LOCAL_HOSTS and not host.endswith(".localhost")


def _new_request(client: httpx.Client | httpx.AsyncClient, prepared: Prepared) -> httpx.Request:
    return client.build_request(
        prepared.method,
        prepared.url,
        params=prepared.params or None,
        headers=prepared.headers,
        content=prepared.content,
        data=prepared.data,
        files=prepared.files,
        timeout=prepared.timeout,
    )


# --- the exchange, written once -----------------------------------------------------------


def _client_error(
    exc: BaseException,
    prepared: Prepared,
    operation: Operation[Any, Any],
    secret: str | None,
    *,
    maybe_processed: bool = False,
) -> HTTPClientError:
    """Translate an httpx (or other) exception into the error a caller receives.

    ``maybe_processed``: the request may have reached the server and was not re-sent.
    """
    return client_error(
        exc,
        f"{operation.method} {operation.path}",
        secret,
        maybe_processed=maybe_processed,
        base_url=prepared.base_url,
    )


def _run_hook(hook: Any, *args: Any) -> Generator[_Action, Any, Any]:
    """Call a hook; a coroutine it returns is handed to the driver to await."""
    result = hook(*args)
    if hasattr(result, "__await__"):
        result = yield _Await(result)
    return result


def exchange(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    prepared: Prepared,
    options: RequestOptions,
    client: httpx.Client | httpx.AsyncClient,
) -> Exchange:
    """Send ``prepared`` with retries and map the answer; yields the I/O it needs."""
    retry_config: RetryConfig = options.retries or core.retry_config
    retry_codes = options.retry_codes if options.retry_codes is not None else DEFAULT_RETRY_CODES
    retrying = retry_config.strategy == "backoff"
    backoff = retry_config.backoff
    clock = core.clock
    hooks = core.hooks
    logger = core.debug_logger
    has_hooks = bool(hooks.before_request or hooks.after_success or hooks.after_error)
    strict = options.strict if options.strict is not None else core.strict
    decoding = Decoding(strict=strict, logger=logger) if strict or logger is not None else FORGIVING
    started = clock.monotonic()
    attempt = 0

    def may_retry(delay: float) -> bool:
        elapsed = clock.monotonic() - started
        return retrying and (elapsed + delay) * 1000 <= backoff.max_elapsed_time

    def may_resend(exc: BaseException) -> bool:
        """Whether sending again after ``exc`` cannot make the server act twice (or we may)."""
        if never_reached_server(exc):
            return True
        return prepared.replayable and (
            operation.method in _IDEMPOTENT or retry_config.retry_non_idempotent_after_send
        )

    while True:
        attempt += 1
        context = (
            HookContext(
                operation_id=operation.operation_id,
                method=operation.method,
                base_url=prepared.base_url,
                attempt=attempt,
            )
            if has_hooks
            else _NO_CONTEXT
        )
        request = _new_request(client, prepared)
        for before in hooks.before_request:
            request = (yield from _run_hook(before, context, request)) or request
        secret = sent_secret(request)
        sent_at = clock.monotonic()
        reply = yield _Send(request)

        if isinstance(reply, BaseException):
            resendable = may_resend(reply)
            failure = _client_error(
                reply, prepared, operation, secret, maybe_processed=not resendable
            )
            _log(logger, request, None, attempt, clock.monotonic() - sent_at, failure)
            for after in hooks.after_error:
                yield from _run_hook(after, context, None, failure)
            connection_failure = isinstance(failure, (ConnectionError, RequestTimeoutError))
            delay = backoff_delay(attempt - 1, backoff, clock)
            if (
                connection_failure
                and resendable
                and retry_config.retry_connection_errors
                and may_retry(delay)
            ):
                yield _Sleep(delay)
                continue
            return Failure(failure)

        response: httpx.Response = reply
        redact_head(response, secret)
        _log(logger, request, response, attempt, clock.monotonic() - sent_at, None)
        requested = server_requested_delay(response, clock) if response.status_code >= 400 else None
        if (
            response.status_code >= 400
            and status_is_retryable(response.status_code, retry_codes)
            # An upload from a file that cannot be rewound would go out empty the second time.
            and prepared.replayable
            # A server asking for a longer wait than one retry may take gets its failure back
            # at once, with retry_after_ms, so the caller decides; nothing sleeps for an hour.
            and (requested is None or requested * 1000 <= backoff.max_interval)
        ):
            delay = (
                # A zero Retry-After on every answer would otherwise retry in a tight loop.
                requested if requested else backoff_delay(attempt - 1, backoff, clock)
            )
            if may_retry(delay):
                for after in hooks.after_error:
                    yield from _run_hook(after, context, response, None)
                # Reading the (small) error body lets the connection go back to the pool.
                yield _Read(response)
                yield _Sleep(delay)
                continue

        outcome = choose_outcome(operation, response)
        if outcome is not None and outcome.kind in _STREAMED and response.is_success:
            for after_ok in hooks.after_success:
                response = (yield from _run_hook(after_ok, context, response)) or response
            return StreamReady(
                response, outcome, operation, secret, core.max_event_bytes, decoding
            )

        read_error = yield _Read(response)
        if isinstance(read_error, BodyTooLarge):
            oversized = oversized_body(operation, response, read_error)
            for after in hooks.after_error:
                yield from _run_hook(after, context, response, oversized)
            return Failure(oversized)
        if isinstance(read_error, httpx.DecodingError):
            undecodable = undecodable_body(operation, response, read_error)
            for after in hooks.after_error:
                yield from _run_hook(after, context, response, undecodable)
            return Failure(undecodable)
        if read_error is not None:
            resendable = may_resend(read_error)
            failure = _client_error(
                read_error, prepared, operation, secret, maybe_processed=not resendable
            )
            for after in hooks.after_error:
                yield from _run_hook(after, context, response, failure)
            delay = backoff_delay(attempt - 1, backoff, clock)
            if (
                resendable
                and isinstance(failure, ConnectionError)
                and retry_config.retry_connection_errors
                and may_retry(delay)
            ):
                yield _Sleep(delay)
                continue
            return Failure(failure)

        if response.is_success and hooks.after_success:
            for after_ok in hooks.after_success:
                response = (yield from _run_hook(after_ok, context, response)) or response
            outcome = choose_outcome(operation, response)  # a hook may have swapped it
        elif not response.is_success:
            for after in hooks.after_error:
                yield from _run_hook(after, context, response, None)
        result = read_response(
            operation, response, response.content, secret, outcome, decoding
        )
        if requested is not None and isinstance(result, Failure):
            error = result.failure()
            if isinstance(error, OpenRouterError):
                error.retry_after_ms = round(requested * 1000)
        return result


def _log(
    logger: Any,
    request: httpx.Request,
    response: httpx.Response | None,
    attempt: int,
    elapsed: float,
    failure: OpenRouterBaseError | None,
) -> None:
    if logger is None or not logger.isEnabledFor(10):  # logging.DEBUG, without importing logging
        return
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
    """The value either driver returns when something inside the SDK (or a hook) raised."""
    return Failure(
        UnexpectedClientError(
            f"{operation.method} {operation.path} failed inside the SDK "
            f"({type(exc).__name__}); please report it.",
            exc,
        )
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
    # Every response this call opens is closed in the finally below, except the one handed
    # to the caller as a stream: no branch of the exchange can leave a connection checked out.
    opened: list[httpx.Response] = []
    handed_off: httpx.Response | None = None
    try:
        checked = check_options(options)
        if isinstance(checked, Failure):
            return checked
        resolved = checked.unwrap()
        prepared = prepare(core, operation, request, resolved, stream=stream)
        if isinstance(prepared, Failure):
            return prepared
        ready = prepared.unwrap()
        client = core.sync_client()
        steps = exchange(core, operation, ready, resolved, client)
        reply: Any = None
        while True:
            try:
                action = steps.send(reply)
            except StopIteration as done:
                result = _finish(done.value, stream_class="sync")
                handed_off = _streamed_response(done.value)
                return result
            if isinstance(action, _Send):
                try:
                    reply = client.send(action.request, stream=True)
                    opened.append(reply)
                except Exception as exc:
                    reply = exc
            elif isinstance(action, _Read):
                try:
                    read_limited(action.response, core.max_body_bytes)
                    reply = None
                except Exception as exc:
                    reply = exc
                finally:
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
                core.clock.sleep(action.seconds)
                reply = None
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        for response in opened:
            if response is not handed_off:
                response.close()


async def invoke_async(
    core: OpenRouterCore,
    operation: Operation[Any, Any],
    request: Any,
    options: RequestOptions | Mapping[str, Any] | None,
    *,
    stream: bool | None = None,
) -> Result[Any, Any]:
    """Run ``operation`` on the event loop; same contract as :func:`invoke`."""
    opened: list[httpx.Response] = []  # closed in the finally, as in invoke
    handed_off: httpx.Response | None = None
    try:
        checked = check_options(options)
        if isinstance(checked, Failure):
            return checked
        resolved = checked.unwrap()
        prepared = prepare(core, operation, request, resolved, stream=stream)
        if isinstance(prepared, Failure):
            return prepared
        ready = prepared.unwrap()
        client = core.async_client_for_loop()
        steps = exchange(core, operation, ready, resolved, client)
        reply: Any = None
        while True:
            try:
                action = steps.send(reply)
            except StopIteration as done:
                result = _finish(done.value, stream_class="async")
                handed_off = _streamed_response(done.value)
                return result
            if isinstance(action, _Send):
                try:
                    reply = await client.send(action.request, stream=True)
                    opened.append(reply)
                except Exception as exc:
                    reply = exc
            elif isinstance(action, _Read):
                try:
                    await aread_limited(action.response, core.max_body_bytes)
                    reply = None
                except Exception as exc:
                    reply = exc
                finally:
                    await action.response.aclose()
            elif isinstance(action, _Await):
                reply = await action.awaitable
            else:
                await core.clock.async_sleep(action.seconds)
                reply = None
    except Exception as exc:
        return _sdk_failure(operation, exc)
    finally:
        # Cancellation propagates, but never with a connection left checked out.
        for response in opened:
            if response is not handed_off:
                await response.aclose()


def _streamed_response(value: object) -> httpx.Response | None:
    """The response a finished exchange hands to the caller unread, if any."""
    return value.response if isinstance(value, StreamReady) else None


def _finish(
    value: Result[Any, OpenRouterBaseError] | StreamReady, *, stream_class: str
) -> Result[Any, OpenRouterBaseError]:
    if not isinstance(value, StreamReady):
        return value
    # Imported here so that calls that do not stream never load the stream machinery.
    from openrouter_core.streams import open_stream

    return Success(open_stream(value, asynchronous=stream_class == "async"))
