"""The API key is in no frame local a traceback keeps, whatever the failure.

Error trackers that record frame variables, ``pytest --showlocals``, rich's ``show_locals``
and ``traceback.TracebackException(capture_locals=True)`` print the ``repr`` of every local of
every frame a traceback holds. Each test here drives a real call (sync and async, against a
loopback server) to one kind of failure, or cancels or interrupts it, and prints everything
reachable that way: the error and its chain, its ``cause`` and that one's chain, and what
``unwrap()`` raises. The key must appear in none of it.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from returns.result import Failure, Result

from openrouter_core import Clock, HookContext, Hooks, OpenRouterCore, RequestOptions
from openrouter_core.errors import (
    ConnectionError,
    OpenRouterBaseError,
    RequestTimeoutError,
    SDKValidationError,
    ServiceUnavailableResponseError,
    StreamEventError,
    UnauthorizedResponseError,
    UnexpectedClientError,
)
from tests.faultserver import (
    SSE_DONE,
    EventStream,
    FaultServer,
    Respond,
    Stall,
    error_status,
    reset_mid_body,
    sse,
)

from .conftest import CHAT_REQUEST, RETRY, SECRET, Caller, CoreFactory, function_for

FOREVER = 30.0
CHUNK = sse(
    {
        "id": "gen-1",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "a"}, "finish_reason": None}],
    }
)


def exceptions_reachable(root: BaseException) -> Iterator[BaseException]:
    """``root``, its ``cause`` attribute, and their ``__cause__``/``__context__`` chains."""
    seen: set[int] = set()
    pending: list[Any] = [root]
    while pending:
        exc = pending.pop()
        if not isinstance(exc, BaseException) or id(exc) in seen:
            continue
        seen.add(id(exc))
        yield exc
        pending.extend([getattr(exc, "cause", None), exc.__cause__, exc.__context__])


def printed_with_locals(root: BaseException) -> str:
    """Everything a locals-capturing traceback printer shows for ``root`` and what it holds."""
    return "\n".join(
        "".join(
            traceback.TracebackException(
                type(exc), exc, exc.__traceback__, capture_locals=True
            ).format()
        )
        for exc in exceptions_reachable(root)
    )


def assert_no_key_in_frames(outcome: Result[Any, Any] | BaseException) -> None:
    if isinstance(outcome, BaseException):
        raised: list[BaseException] = [outcome]
    else:
        assert isinstance(outcome, Failure), outcome
        raised = [outcome.failure()]
        try:
            outcome.unwrap()
        except Exception as unwrapped:  # what a caller preferring exceptions sees
            raised.append(unwrapped)
    for exc in raised:
        printed = printed_with_locals(exc)
        assert "Traceback" in printed or exc.__traceback__ is None
        assert SECRET not in printed, printed[
            printed.find(SECRET) - 800 : printed.find(SECRET) + 80
        ]


# --- failures returned as values ------------------------------------------------------------


def test_a_refused_connection(caller: Caller, make_core: CoreFactory) -> None:
    with FaultServer() as gone:
        dead = gone.url + "/api/v1"
    result = caller.call("chat_send", make_core(server_url=dead), CHAT_REQUEST)
    assert isinstance(result.failure(), ConnectionError)
    assert_no_key_in_frames(result)


def test_a_timeout(caller: Caller, server: FaultServer, make_core: CoreFactory) -> None:
    server.enqueue(Stall(FOREVER))
    result = caller.call("chat_send", make_core(), CHAT_REQUEST)
    assert isinstance(result.failure(), RequestTimeoutError)
    assert_no_key_in_frames(result)


def test_a_body_cut_off(caller: Caller, server: FaultServer, make_core: CoreFactory) -> None:
    server.enqueue(reset_mid_body(5))
    result = caller.call("credits_get_credits", make_core())
    assert isinstance(result.failure(), ConnectionError)
    assert_no_key_in_frames(result)


@pytest.mark.parametrize(
    ("answer", "error_class"),
    [
        (
            Respond(401, {"error": {"code": 401, "message": f"bad {SECRET}"}}),
            UnauthorizedResponseError,
        ),
        (error_status(503), ServiceUnavailableResponseError),
    ],
    ids=["401-echoing-the-key", "503"],
)
def test_a_status_error(
    answer: Respond,
    error_class: type[OpenRouterBaseError],
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    server.enqueue(answer)
    result = caller.call("chat_send", make_core(), CHAT_REQUEST)
    assert isinstance(result.failure(), error_class)
    assert_no_key_in_frames(result)


@pytest.mark.parametrize(
    ("core_settings", "request_"),
    [
        ({"app_title": "a\r\nb"}, CHAT_REQUEST),
        ({}, {**CHAT_REQUEST, "app_title": "a\r\nb"}),
        ({}, {**CHAT_REQUEST, "no_such_field": 1}),
        ({}, {**CHAT_REQUEST, "temperature": "hot"}),
        ({}, {**CHAT_REQUEST, "metadata": {("a", "b"): "c"}}),
        ({"api_key": SECRET + "\n"}, CHAT_REQUEST),
    ],
    ids=[
        "core-header",
        "request-header",
        "unknown-field",
        "wrong-type",
        "unencodable",
        "key-with-line-break",
    ],
)
def test_refused_input(
    core_settings: dict[str, Any],
    request_: Any,
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    result = caller.call("chat_send", make_core(**core_settings), request_)
    assert isinstance(result.failure(), SDKValidationError)
    assert server.request_count == 0
    assert_no_key_in_frames(result)


def broken_hook(*args: Any) -> None:
    raise RuntimeError("the hook broke")


@pytest.mark.parametrize(
    "hooks",
    [
        Hooks(before_request=[broken_hook]),
        Hooks(after_success=[broken_hook]),
        Hooks(after_error=[broken_hook]),
    ],
    ids=["before-request", "after-success", "after-error"],
)
def test_an_unexpected_error(
    hooks: Hooks, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    if hooks.after_error:
        server.enqueue(error_status(400))
    result = caller.call("chat_send", make_core(hooks=hooks), CHAT_REQUEST)
    error = result.failure()
    assert isinstance(error, UnexpectedClientError)
    # The cause keeps no frames, so the message says where it was raised, for the report.
    assert "(RuntimeError at test_secrets_in_frames.py:" in str(error)
    assert "in broken_hook)" in str(error)
    assert_no_key_in_frames(result)


def test_the_key_function_raising(caller: Caller, make_core: CoreFactory) -> None:
    def key() -> str:
        secret = SECRET  # a key function that read its key, then failed
        raise RuntimeError(f"vault unreachable ({len(secret)})")

    result = caller.call("chat_send", make_core(api_key=key), CHAT_REQUEST)
    error = result.failure()
    assert isinstance(error, SDKValidationError) and error.field == "api_key"
    assert_no_key_in_frames(result)


@pytest.mark.parametrize(
    ("pieces", "end", "error_class"),
    [
        ([CHUNK, CHUNK], "reset", ConnectionError),
        ([CHUNK, FOREVER, CHUNK], "complete", RequestTimeoutError),
        (
            [CHUNK, sse({"error": {"code": 401, "message": f"bad {SECRET}"}}), SSE_DONE],
            "complete",
            StreamEventError,
        ),
    ],
    ids=["cut", "stall", "error-event"],
)
def test_a_failing_stream(
    pieces: list[Any],
    end: str,
    error_class: type[OpenRouterBaseError],
    caller: Caller,
    server: FaultServer,
    make_core: CoreFactory,
) -> None:
    server.enqueue(EventStream(pieces, end=end))  # type: ignore[arg-type]
    stream = caller.call("chat_send", make_core(), {**CHAT_REQUEST, "stream": True}).unwrap()
    if caller.asynchronous:

        async def collect() -> list[Result[Any, Any]]:
            async with stream:
                return [item async for item in stream]

        items = caller.run(collect())
    else:
        with stream:
            items = list(stream)
    failures = [item for item in items if isinstance(item, Failure)]
    assert [type(item.failure()) for item in failures] == [error_class]
    assert_no_key_in_frames(failures[0])


# --- calls stopped from outside: the exception propagates with its frames -----------------


class Interrupting(Clock):
    """A clock whose retry sleep is where Ctrl-C lands (sync) or that waits to be cancelled
    (async), telling the test through ``sleeping`` that the call got there."""

    def __init__(self) -> None:
        self.sleeping: asyncio.Event | None = None

    def sleep(self, seconds: float) -> None:
        raise KeyboardInterrupt

    async def async_sleep(self, seconds: float) -> None:
        assert self.sleeping is not None
        self.sleeping.set()
        await asyncio.Event().wait()  # until cancelled


def test_interrupted_in_a_retry_sleep(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    clock = Interrupting()
    core = make_core(retry_config=RETRY, clock=clock)
    server.enqueue(error_status(503))
    if not caller.asynchronous:
        with pytest.raises(KeyboardInterrupt) as interrupted:
            caller.call("chat_send", core, CHAT_REQUEST)
        assert_no_key_in_frames(interrupted.value)
        return

    async def scenario() -> BaseException:
        clock.sleeping = asyncio.Event()
        call = function_for("chat_send", asynchronous=True)
        task = asyncio.ensure_future(call(core, CHAT_REQUEST))
        await clock.sleeping.wait()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as cancelled:
            return cancelled
        raise AssertionError("the task was not cancelled")

    assert_no_key_in_frames(caller.run(scenario()))


@pytest.mark.parametrize("caller", ["async"], indirect=True)
def test_a_task_cancelled_while_the_request_is_in_flight(
    caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    server.enqueue(Stall(FOREVER))

    async def scenario() -> BaseException:
        sending = asyncio.Event()

        def before(context: HookContext, request: httpx.Request) -> None:
            sending.set()  # the call goes on to send; the test runs once it waits for I/O

        core = make_core(timeout_ms=int(FOREVER * 1000), hooks=Hooks(before_request=[before]))
        call = function_for("chat_send", asynchronous=True)
        task = asyncio.ensure_future(call(core, CHAT_REQUEST))
        await sending.wait()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as cancelled:
            return cancelled
        raise AssertionError("the task was not cancelled")

    assert_no_key_in_frames(caller.run(scenario()))


@pytest.mark.parametrize("caller", ["async"], indirect=True)
@pytest.mark.parametrize("per_call_key", [False, True], ids=["core-key", "key-in-http-headers"])
def test_a_wait_for_timeout(
    per_call_key: bool, caller: Caller, server: FaultServer, make_core: CoreFactory
) -> None:
    # The stall outlasts the call's own timeout, so wait_for's always fires first; wherever
    # it lands inside the call (connecting, sending, waiting), the frames are the call's.
    server.enqueue(Stall(FOREVER))
    core = make_core(timeout_ms=int(FOREVER * 1000), api_key=None if per_call_key else SECRET)
    options = (
        RequestOptions(http_headers={"Authorization": f"Bearer {SECRET}"}) if per_call_key else None
    )
    call = function_for("chat_send", asynchronous=True)

    async def scenario() -> BaseException:
        try:
            await asyncio.wait_for(call(core, CHAT_REQUEST, options=options), 0.2)
        except asyncio.TimeoutError as timed_out:
            return timed_out
        raise AssertionError("wait_for did not time out")

    timed_out = caller.run(scenario())
    assert any(isinstance(exc, asyncio.CancelledError) for exc in exceptions_reachable(timed_out))
    assert_no_key_in_frames(timed_out)


# --- what the SDK shows of what it holds ----------------------------------------------------


def test_per_call_headers_are_shown_masked() -> None:
    options = RequestOptions(http_headers={"Authorization": f"Bearer {SECRET}", "X-Trace": "t1"})
    assert SECRET not in repr(options)
    assert "X-Trace" in repr(options) and "t1" in repr(options)


def test_the_core_is_shown_without_its_key() -> None:
    core = OpenRouterCore(api_key=SECRET)
    assert SECRET not in repr(core) and SECRET not in str(core)
