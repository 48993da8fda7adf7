"""The API key appears nowhere a caller can see: results, errors, their chains, logs, hooks.

Each test drives real calls (sync and async, on a loopback server) to an outcome — success,
every error class, broken connections, timeouts, refused input, hooks, failing streams, and a
server echoing the key back in bodies, headers and stream events — then searches everything
the caller receives or that was logged at any level (including httpx and httpcore debug logs)
for the key.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import httpx
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import HookContext, Hooks, OpenRouterCore, RequestOptions
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ConnectionError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    NotFoundResponseError,
    OpenRouterBaseError,
    OpenRouterDefaultError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    RequestTimeoutError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    StreamEventError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
    UnexpectedClientError,
    UnprocessableEntityResponseError,
)
from tests.faultserver import (
    SSE_DONE,
    Close,
    EventStream,
    FaultServer,
    Respond,
    Stall,
    reset_before_status,
    reset_mid_body,
    sse,
)

from .conftest import CHAT_REQUEST, NO_RETRY, SECRET, Caller, CoreFactory

FOREVER = 30.0
KEY_BYTES = SECRET.encode()
#: httpcore's DEBUG trace of the raw status line and headers of every response.
HTTPCORE_RESPONSE_HEAD = "httpcore.http11 DEBUG receive_response_headers.complete"
#: httpx's INFO line for every response, which quotes the status line's reason phrase.
HTTPX_RESPONSE_LINE = "httpx INFO HTTP Request: "


# --- looking for the key everywhere -------------------------------------------------------


def reachable_text(root: object, limit: int = 4000) -> Iterator[str]:
    """The text of ``root`` and of everything it exposes as data, recursively.

    Walks exceptions (args, attributes, ``__cause__``, ``__context__``), httpx responses and
    requests (headers, URL), headers, attrs models and containers, yielding each object's
    ``repr`` and every string or bytes found; other objects contribute their repr. Two raw
    records are read only through their repr: the body of ``raw_response`` (the bytes the
    server sent) and the headers of the request that was sent (they hold the key by nature).
    """
    seen: set[int] = set()
    stack: list[object] = [root]
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen or obj is None:
            continue
        seen.add(id(obj))
        if isinstance(obj, (str, bytes)):
            yield obj if isinstance(obj, str) else obj.decode("latin-1")
            continue
        yield repr(obj)
        if isinstance(obj, BaseException):
            yield str(obj)
            stack.extend([obj.__cause__, obj.__context__, *obj.args, *vars(obj).values()])
        elif isinstance(obj, httpx.Response):
            stack.extend([obj.headers, obj.request])
        elif isinstance(obj, httpx.Request):
            # The request as sent carries the key in Authorization, as httpx keeps it; httpx
            # masks it in the headers' repr, which is what logging or printing one shows.
            stack.extend([repr(obj.headers), str(obj.url)])
        elif isinstance(obj, httpx.Headers):
            stack.extend(value for pair in obj.multi_items() for value in pair)
        elif isinstance(obj, dict):
            stack.extend([*obj.keys(), *obj.values()])
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif attrs.has(type(obj)):
            stack.extend(attrs.asdict(obj, recurse=False).values())  # type: ignore[arg-type]
        elif isinstance(obj, Success | Failure):
            stack.append(obj.unwrap() if isinstance(obj, Success) else obj.failure())


def formatted(error: BaseException) -> str:
    """The traceback a caller would print or log, raised the way ``unwrap()`` raises it."""
    try:
        raise error
    except BaseException as raised:
        return "".join(traceback.format_exception(raised))


def assert_no_key(*objects: object) -> None:
    for obj in objects:
        for text in reachable_text(obj):
            assert SECRET not in text, f"the key leaked in {text[:300]!r}"
        if isinstance(obj, BaseException):
            assert SECRET not in formatted(obj)
        if isinstance(obj, Failure):
            error = obj.failure()
            if isinstance(error, BaseException):
                assert SECRET not in formatted(error)
            with contextlib.suppress(Exception):
                obj.unwrap()
            try:
                obj.unwrap()
            except Exception as unwrapped:
                assert SECRET not in "".join(traceback.format_exception(unwrapped))


class Capture(logging.Handler):
    """Every log line, formatted with its arguments and any traceback."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        #: Set by tests whose server echoes the key into response headers or the reason
        #: phrase: httpcore traces the raw head at DEBUG, and httpx logs the status line at
        #: INFO, before the SDK sees the response (see those tests).
        self.echoed_in_headers = False

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logs() -> Iterator[Capture]:
    """Everything logged at DEBUG and up: the SDK's debug logger, httpx, httpcore, asyncio."""
    capture = Capture()
    root = logging.getLogger()
    level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    yield capture
    root.removeHandler(capture)
    root.setLevel(level)
    assert capture.lines, "nothing was logged: the search above proved nothing"
    for line in capture.lines:
        if capture.echoed_in_headers and line.startswith(
            (HTTPCORE_RESPONSE_HEAD, HTTPX_RESPONSE_LINE)
        ):
            continue
        assert SECRET not in line, f"the key leaked into a log line: {line}"


@pytest.fixture
def debug_logger() -> logging.Logger:
    logger = logging.getLogger("tests.reliability.openrouter")
    logger.setLevel(logging.DEBUG)
    return logger


@pytest.fixture
def core(make_core: CoreFactory, debug_logger: logging.Logger) -> OpenRouterCore:
    return make_core(debug_logger=debug_logger)


def echoing(status: int, *, in_headers: bool = False) -> Respond:
    """An answer that repeats the key in its JSON error body (and headers, if asked)."""
    body = {
        "error": {
            "code": status,
            "message": f"Invalid key {SECRET}",
            "metadata": {"authorization": f"Bearer {SECRET}", "keys": [SECRET]},
        },
        "user_id": SECRET,
    }
    headers = {"X-Echo": f"Bearer {SECRET}", "WWW-Authenticate": f'Bearer error="{SECRET}"'}
    return Respond(status, body, headers if in_headers else {})


# --- outcomes -----------------------------------------------------------------------------


def test_a_success(
    caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Success)
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    assert_no_key(result, repr(core), str(core))


CHAT_STATUSES = {
    400: BadRequestResponseError,
    401: UnauthorizedResponseError,
    402: PaymentRequiredResponseError,
    403: ForbiddenResponseError,
    404: NotFoundResponseError,
    408: RequestTimeoutResponseError,
    413: PayloadTooLargeResponseError,
    418: OpenRouterDefaultError,
    422: UnprocessableEntityResponseError,
    429: TooManyRequestsResponseError,
    500: OpenRouterDefaultError,  # 500 is retried; with retries off it is documented below
    502: BadGatewayResponseError,
    503: ServiceUnavailableResponseError,
    524: EdgeNetworkTimeoutResponseError,
    529: ProviderOverloadedResponseError,
}


@pytest.mark.parametrize("status", list(CHAT_STATUSES))
def test_an_error_status_echoing_the_key(
    status: int, caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    server.enqueue(echoing(status))
    result = caller.call("chat_send", core, CHAT_REQUEST)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, OpenRouterBaseError)
    assert error.status_code == status  # type: ignore[attr-defined]
    if status != 500:
        assert isinstance(error, CHAT_STATUSES[status])
    assert "[REDACTED]" in error.body  # type: ignore[attr-defined]
    assert_no_key(result, error.raw_response)  # type: ignore[attr-defined]


def test_response_headers_echoing_the_key(
    caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    server.enqueue(echoing(401, in_headers=True))
    result = caller.call("chat_send", core, CHAT_REQUEST)
    error = result.failure()
    assert isinstance(error, UnauthorizedResponseError)
    assert error.headers["x-echo"] == "Bearer [REDACTED]"
    assert_no_key(result, error.headers, error.raw_response.headers)
    # httpcore logs each response's raw head at DEBUG before any caller code can see it, so
    # a server that echoes the key into a header puts it in that one trace line; the SDK
    # cannot mask it without filtering another library's logger. Nothing else logs it.
    logs.echoed_in_headers = True
    assert any(SECRET in line for line in logs.lines if line.startswith(HTTPCORE_RESPONSE_HEAD))


@pytest.mark.parametrize(
    "answer",
    [
        Respond(200, b'{"data": "' + KEY_BYTES + b'"', {"Content-Type": "application/json"}),
        Respond(200, {"data": {"total_credits": SECRET}}),
        Respond(200, b"<html>" + KEY_BYTES + b"</html>", {"Content-Type": "text/html"}),
        Respond(200, b"\xff\xfe" + KEY_BYTES, {"Content-Type": "application/json"}),
    ],
    ids=["invalid-json", "wrong-shape", "html", "not-utf8"],
)
def test_a_success_body_that_does_not_fit_and_echoes_the_key(
    answer: Respond, caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    server.enqueue(answer)
    # Strict decoding, so the wrong shape is an error too (forgiving returns what came).
    result = caller.call("credits_get_credits", core, None, RequestOptions(strict=True))
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ResponseValidationError)
    assert_no_key(result)


@pytest.mark.parametrize(
    "fault", [Close(), reset_before_status(), reset_mid_body(5)], ids=["close", "reset", "cut"]
)
def test_a_broken_connection(
    fault: Any, caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    server.enqueue(fault)
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ConnectionError)
    assert_no_key(result)


def test_a_refused_connection(caller: Caller, make_core: CoreFactory, logs: Capture) -> None:
    with FaultServer() as gone:
        dead = gone.url + "/api/v1"
    core = make_core(server_url=dead)
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), ConnectionError)
    assert_no_key(result)


def test_a_timeout(
    caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    server.enqueue(Stall(FOREVER))
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), RequestTimeoutError)
    assert_no_key(result)


@pytest.mark.parametrize(
    ("key", "request_"),
    [
        (SECRET, {"app_title": "a\r\nb"}),
        (SECRET, {"no_such_field": SECRET}),
        (SECRET, {"app_title": 12}),
        (SECRET + "\r\nX-Evil: 1", None),
        (SECRET + "é", None),
    ],
    ids=["header-injection", "unknown-field", "wrong-type", "key-with-line-break", "non-ascii-key"],
)
def test_refused_input(
    key: str,
    request_: Any,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
    logs: Capture,
) -> None:
    core = make_core(api_key=key)
    logging.getLogger("tests.reliability").debug("refusing input")  # so something is logged
    result = caller.call("credits_get_credits", core, request_)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError)
    assert server.request_count == 0
    if request_ is not None and "no_such_field" in request_:
        # The caller's own input is quoted back to them; that is not the configured key.
        return
    assert_no_key(result, repr(core), str(core))


def test_hooks_get_the_real_request_and_a_context_without_the_key(
    caller: Caller, server: FaultServer, make_core: CoreFactory, logs: Capture
) -> None:
    contexts: list[HookContext] = []
    errors: list[Exception | None] = []
    sent: list[str] = []

    def before(context: HookContext, request: httpx.Request) -> None:
        contexts.append(context)
        # Hooks sign or replace credentials, so they get the request as it will be sent.
        sent.append(request.headers["authorization"])

    def after_success(context: HookContext, response: httpx.Response) -> None:
        contexts.append(context)
        sent.append(response.request.headers["Authorization"])

    def after_error(
        context: HookContext, response: httpx.Response | None, error: Exception | None
    ) -> None:
        contexts.append(context)
        errors.append(error)
        if response is not None:
            sent.append(response.request.headers["authorization"])

    hooks = Hooks(before_request=[before], after_success=[after_success], after_error=[after_error])
    core = make_core(hooks=hooks)
    server.enqueue(echoing(401), Close())
    results = [caller.call("credits_get_credits", core) for _ in range(3)]
    assert [type(r) for r in results] == [Failure, Failure, Success]
    assert len(contexts) == 3 + 2 + 1
    # before x3, the 401's response, the success's response: the key as sent, every time.
    assert sent == [f"Bearer {SECRET}"] * 5
    assert_no_key(*contexts, *errors, *results)


def test_a_hook_that_fails(
    caller: Caller, server: FaultServer, make_core: CoreFactory, logs: Capture
) -> None:
    def broken(context: HookContext, request: httpx.Request) -> None:
        raise RuntimeError("the hook broke")

    core = make_core(hooks=Hooks(before_request=[broken]))
    logging.getLogger("tests.reliability").debug("calling with a broken hook")
    result = caller.call("credits_get_credits", core)
    assert isinstance(result, Failure)
    assert isinstance(result.failure(), UnexpectedClientError)
    assert_no_key(result)


def stream_items(caller: Caller, core: OpenRouterCore) -> tuple[Any, list[Result[Any, Any]]]:
    result = caller.call("chat_send", core, {**CHAT_REQUEST, "stream": True})
    stream = result.unwrap()
    if caller.asynchronous:

        async def collect() -> list[Result[Any, Any]]:
            async with stream:
                return [item async for item in stream]

        return result, caller.run(collect())
    with stream:
        return result, list(stream)


CHUNK = sse(
    {
        "id": "gen-1",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "a"}, "finish_reason": None}],
    }
)


@pytest.mark.parametrize(
    ("pieces", "end", "error_class"),
    [
        (
            [CHUNK, sse({"error": {"code": 401, "message": f"bad key {SECRET}"}}), SSE_DONE],
            "complete",
            StreamEventError,
        ),
        (
            [CHUNK, sse({"type": "error", "code": "auth", "message": SECRET}), SSE_DONE],
            "complete",
            StreamEventError,
        ),
        ([CHUNK, b"event: error\ndata: " + KEY_BYTES + b"\n\n"], "complete", StreamEventError),
        ([CHUNK, b"data: {" + KEY_BYTES + b"\n\n", SSE_DONE], "complete", ResponseValidationError),
        ([CHUNK, CHUNK], "reset", ConnectionError),
        ([CHUNK, FOREVER, CHUNK], "complete", RequestTimeoutError),
    ],
    ids=["error-event", "responses-error-event", "named-error-event", "junk-event", "cut", "stall"],
)
def test_a_failing_stream(
    pieces: list[Any],
    end: str,
    error_class: type[BaseException],
    caller: Caller,
    server: FaultServer,
    core: OpenRouterCore,
    logs: Capture,
) -> None:
    pytest.importorskip("openrouter_funcs.chat_send")
    server.enqueue(EventStream(pieces, end=end))  # type: ignore[arg-type]
    result, items = stream_items(caller, core)
    failures = [item.failure() for item in items if isinstance(item, Failure)]
    assert [type(f) for f in failures] == [error_class]
    assert_no_key(*items, *failures, result.unwrap().headers)


def test_the_key_function_is_called_but_never_shown(
    caller: Caller, server: FaultServer, make_core: CoreFactory, logs: Capture
) -> None:
    calls: list[int] = []

    def key() -> str:
        calls.append(1)
        return SECRET

    core = make_core(api_key=key)
    server.enqueue(echoing(401))
    result = caller.call("credits_get_credits", core)
    assert isinstance(result.failure(), UnauthorizedResponseError)
    assert calls == [1]
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    assert_no_key(result, repr(core), str(core))


def test_a_key_given_per_call_is_not_kept_either(
    caller: Caller, server: FaultServer, make_core: CoreFactory, logs: Capture
) -> None:
    core = make_core(api_key=None)
    server.enqueue(echoing(401), Close())  # the server repeats the key it was sent
    options = RequestOptions(http_headers={"Authorization": f"Bearer {SECRET}"})
    results = [caller.call("credits_get_credits", core, None, options) for _ in range(2)]
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    assert isinstance(results[0].failure(), UnauthorizedResponseError)
    assert isinstance(results[1].failure(), ConnectionError)
    assert_no_key(*results)


# --- a key that did not come from the core ------------------------------------------------

#: Another key the core holds while a call sends SECRET: it is not what went out.
OTHER_KEY = "sk-or-v1-core-key-that-the-call-replaced-0000"


def echoing_everywhere(status: int = 401) -> Respond:
    """An answer repeating the key it received in its body, headers and status line."""
    answer = echoing(status, in_headers=True)
    return Respond(answer.status, answer.body, answer.headers, reason=f"Unauthorized {SECRET}")


@pytest.mark.parametrize("core_key", [None, OTHER_KEY], ids=["no-core-key", "another-core-key"])
@pytest.mark.parametrize("header", ["Authorization", "authorization"])
def test_a_key_given_per_call_is_masked_where_the_server_echoes_it(
    core_key: str | None,
    header: str,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
    logs: Capture,
) -> None:
    logs.echoed_in_headers = True  # httpcore's own trace of the raw head (see above)
    core = make_core(api_key=core_key)
    server.enqueue(echoing_everywhere())
    options = RequestOptions(http_headers={header: f"Bearer {SECRET}"})
    result = caller.call("chat_send", core, CHAT_REQUEST, options)
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    error = result.failure()
    assert isinstance(error, UnauthorizedResponseError)
    assert SECRET not in str(error)
    assert SECRET not in error.body and "[REDACTED]" in error.body
    assert SECRET not in repr(error.data) and SECRET not in error.data.error.message
    assert error.headers["x-echo"] == "Bearer [REDACTED]"
    assert SECRET not in error.raw_response.reason_phrase
    assert_no_key(result, error.raw_response, error.headers)


def test_the_reason_phrase_is_masked_for_the_core_key_too(
    caller: Caller, server: FaultServer, core: OpenRouterCore, logs: Capture
) -> None:
    logs.echoed_in_headers = True
    server.enqueue(Respond(418, b"no", {"Content-Type": "text/plain"}, reason=f"No {SECRET}"))
    error = caller.call("credits_get_credits", core).failure()
    assert isinstance(error, OpenRouterDefaultError)
    assert "[REDACTED]" in str(error)
    assert SECRET not in error.raw_response.reason_phrase
    assert_no_key(error)


def test_a_stream_error_event_masks_a_key_given_per_call(
    caller: Caller, server: FaultServer, make_core: CoreFactory, logs: Capture
) -> None:
    core = make_core(api_key=OTHER_KEY)
    server.enqueue(
        EventStream([CHUNK, sse({"error": {"code": 401, "message": f"bad key {SECRET}"}})])
    )
    options = RequestOptions(http_headers={"Authorization": f"Bearer {SECRET}"})
    result = caller.call("chat_send", core, {**CHAT_REQUEST, "stream": True}, options)
    stream = result.unwrap()
    if caller.asynchronous:

        async def collect() -> list[Result[Any, Any]]:
            async with stream:
                return [item async for item in stream]

        items = caller.run(collect())
    else:
        with stream:
            items = list(stream)
    failures = [item.failure() for item in items if isinstance(item, Failure)]
    assert [type(f) for f in failures] == [StreamEventError]
    assert "[REDACTED]" in str(failures[0])
    assert_no_key(*items, *failures)


class _BodyBrokenQuotingTheKey(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after its first piece with an error whose text quotes the key.

    A proxy or a transport adapter can put the request's Authorization header into the
    message of the exception it raises.
    """

    def __iter__(self) -> Iterator[bytes]:
        yield b"first piece"
        raise httpx.ReadError(f"proxy dropped the request with Authorization: Bearer {SECRET}")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"first piece"
        raise httpx.ReadError(f"proxy dropped the request with Authorization: Bearer {SECRET}")


def test_a_byte_stream_broken_by_an_error_quoting_the_key(caller: Caller) -> None:
    files = pytest.importorskip("openrouter_funcs.files_download")
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200,
            headers={"content-type": "application/octet-stream"},
            stream=_BodyBrokenQuotingTheKey(),
        )
    )
    client, async_client = httpx.Client(transport=transport), httpx.AsyncClient(transport=transport)
    core = OpenRouterCore(api_key=SECRET, client=client, async_client=async_client)
    request = {"file_id": "file-1"}
    if caller.asynchronous:

        async def collect() -> list[Result[bytes, Any]]:
            async with async_client:
                result = await files.files_download_stream_async(core, request)
                async with result.unwrap() as stream:
                    return [item async for item in stream.aiter_bytes()]

        items = caller.run(collect())
    else:
        with client, files.files_download_stream(core, request).unwrap() as stream:
            items = list(stream.iter_bytes())
    assert items[0] == Success(b"first piece")
    failure = items[-1].failure()
    assert isinstance(failure, ConnectionError)
    assert "[REDACTED]" in str(failure)
    assert_no_key(*items, failure)


def test_a_send_failure_quoting_the_key_keeps_it_out_of_the_cause(caller: Caller) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused Authorization: Bearer {SECRET}", request=request)

    transport = httpx.MockTransport(refuse)
    client, async_client = httpx.Client(transport=transport), httpx.AsyncClient(transport=transport)
    core = OpenRouterCore(
        api_key=SECRET, client=client, async_client=async_client, retry_config=NO_RETRY
    )
    with client:
        result = caller.call("credits_get_credits", core)
    if caller.asynchronous:
        caller.run(async_client.aclose())
    failure = result.failure()
    assert isinstance(failure, ConnectionError)
    assert "[REDACTED]" in str(failure) and "[REDACTED]" in str(failure.cause)
    assert_no_key(result, failure)
