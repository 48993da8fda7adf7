"""Fault injection for tests: one small vocabulary of things that go wrong, on chosen calls.

A :class:`Fault` says what goes wrong (a status, a wait, a cut connection, a timeout, an
error event inside a stream) and on which calls (``on_call``, counted per fault among the
requests for its ``operation``; every request when no operation is named). A
:class:`FaultPlan` applies a list of them to the answers of a transport: the offline stand-in,
a cassette, or the fixtures of the pytest plugin. Each fault gives what the SDK documents for
the real thing: a status error, ``ConnectionError``, ``RequestTimeoutError``, a
``Failure(StreamEventError)`` item.

Calls are counted per request sent, so a retry is the next call: ``Fault.status(503,
on_call=1)`` fails the first attempt and lets the retry through.
"""

from __future__ import annotations

import inspect
import json
import threading
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Literal, Protocol

import attrs
import httpx

from openrouter_core._clock import SYSTEM_CLOCK, Clock
from openrouter_core._routes import OperationRef, operation_ids_for, operation_names, resolve

__all__ = ["Fault", "FaultPlan", "FaultedTransport", "as_fault_plan"]

FaultKind = Literal["status", "delay", "cut", "timeout", "error_event"]
#: Faults that answer in place of the server: the request goes no further.
_REPLACING = frozenset({"status", "cut", "timeout"})


def _calls(on_call: int | Iterable[int] | None) -> tuple[int, ...] | None:
    if on_call is None:
        return None
    calls = (on_call,) if isinstance(on_call, int) else tuple(on_call)
    if not calls or any(not isinstance(n, int) or n < 1 for n in calls):
        raise ValueError(f"on_call counts calls from 1; got {on_call!r}")
    return calls


def _operation(operation: OperationRef | None) -> str | None:
    return None if operation is None else resolve(operation)


def _not_negative(name: str, value: float | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{name} must not be negative; got {value!r}")


@attrs.frozen(kw_only=True)
class Fault:
    """One thing that goes wrong on some calls; made with :meth:`status`, :meth:`cut`, etc.

    ``on_call`` picks the calls (1 is the first; an int or several; None: every call),
    counted among the requests for ``operation`` (an operation id, a function name or the
    function; None: any request).
    """

    kind: FaultKind
    on_call: tuple[int, ...] | None = None
    operation: str | None = None
    status_code: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    after_bytes: int | None = None
    after_events: int = 0
    code: int | str = 0
    message: str = ""

    @classmethod
    def status(
        cls,
        status: int,
        *,
        on_call: int | Iterable[int] | None = None,
        operation: OperationRef | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """Answer with ``status`` and an error body in the API's shape, never reaching the server."""
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status (100-599); got {status!r}")
        return cls(
            kind="status",
            on_call=_calls(on_call),
            operation=_operation(operation),
            status_code=status,
            headers=tuple((headers or {}).items()),
            code=status,
            message=message or f"Injected fault: status {status}",
        )

    @classmethod
    def retry_after(
        cls,
        seconds: float,
        *,
        status: int = 429,
        on_call: int | Iterable[int] | None = None,
        operation: OperationRef | None = None,
    ) -> Fault:
        """Answer with ``status`` (429) asking for a wait of ``seconds`` in ``Retry-After``."""
        _not_negative("seconds", seconds)
        value = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
        return cls.status(
            status, on_call=on_call, operation=operation, headers={"Retry-After": value}
        )

    @classmethod
    def delay(
        cls,
        seconds: float,
        *,
        on_call: int | Iterable[int] | None = None,
        operation: OperationRef | None = None,
    ) -> Fault:
        """Wait ``seconds`` (on the plan's clock) before answering as usual."""
        _not_negative("seconds", seconds)
        return cls(
            kind="delay", on_call=_calls(on_call), operation=_operation(operation), seconds=seconds
        )

    @classmethod
    def cut(
        cls,
        *,
        after_bytes: int | None = None,
        on_call: int | Iterable[int] | None = None,
        operation: OperationRef | None = None,
    ) -> Fault:
        """Drop the connection: before any response (None), or after ``after_bytes`` of its body.

        The SDK returns ``ConnectionError``; for a stream, a ``Failure(ConnectionError)`` item
        after the events that arrived.
        """
        _not_negative("after_bytes", after_bytes)
        return cls(
            kind="cut",
            on_call=_calls(on_call),
            operation=_operation(operation),
            after_bytes=after_bytes,
        )

    @classmethod
    def timeout(
        cls, *, on_call: int | Iterable[int] | None = None, operation: OperationRef | None = None
    ) -> Fault:
        """Time out waiting for the response: the SDK returns ``RequestTimeoutError``."""
        return cls(kind="timeout", on_call=_calls(on_call), operation=_operation(operation))

    @classmethod
    def error_event(
        cls,
        after: int = 0,
        *,
        code: int | str = 502,
        message: str = "Injected fault: the provider failed mid-stream",
        on_call: int | Iterable[int] | None = None,
        operation: OperationRef | None = None,
    ) -> Fault:
        """End an event stream with an error event after ``after`` data events.

        The SDK yields a ``Failure(StreamEventError)`` item with ``code`` and ``message``;
        a stream with fewer events gets the error in place of its ``[DONE]`` (or its end).
        """
        _not_negative("after", after)
        return cls(
            kind="error_event",
            on_call=_calls(on_call),
            operation=_operation(operation),
            after_events=after,
            code=code,
            message=message,
        )

    def targets(self, request: httpx.Request) -> bool:
        """Whether ``request`` counts as a call of this fault's operation."""
        if self.operation is None:
            return True
        ids = operation_ids_for(request.method, request.url.path)
        return any(self.operation in operation_names(op) for op in ids)


Answer = Callable[[httpx.Request], httpx.Response]
AsyncAnswer = Callable[[httpx.Request], "httpx.Response | Awaitable[httpx.Response]"]


class FaultPlan:
    """Faults applied to the answers of a transport, counting calls per fault (thread-safe)."""

    def __init__(self, faults: Iterable[Fault] = (), *, clock: Clock = SYSTEM_CLOCK) -> None:
        """``clock`` sleeps for :meth:`Fault.delay` (tests pass one that does not wait)."""
        self.faults: tuple[Fault, ...] = tuple(faults)
        self.clock = clock
        #: How many requests each fault has counted so far, in the order of ``faults``.
        self.calls: list[int] = [0] * len(self.faults)
        self._lock = threading.Lock()

    def _select(self, request: httpx.Request) -> list[Fault]:
        chosen = []
        with self._lock:
            for index, fault in enumerate(self.faults):
                if fault.targets(request):
                    self.calls[index] += 1
                    if fault.on_call is None or self.calls[index] in fault.on_call:
                        chosen.append(fault)
        return chosen

    def answer(self, request: httpx.Request, produce: Answer) -> httpx.Response:
        """The response to ``request``: ``produce``'s, unless a fault changes or replaces it."""
        chosen = self._select(request) if self.faults else []
        if not chosen:
            return produce(request)
        wait = sum(f.seconds for f in chosen if f.kind == "delay")
        if wait:
            self.clock.sleep(wait)
        replacing = next(
            (f for f in chosen if f.kind in _REPLACING and f.after_bytes is None), None
        )
        if replacing is not None:
            return _replacement(replacing, request)
        return _altered(produce(request), chosen, request)

    async def answer_async(self, request: httpx.Request, produce: AsyncAnswer) -> httpx.Response:
        """:meth:`answer` for async transports; ``produce`` may return an awaitable."""
        chosen = self._select(request) if self.faults else []
        wait = sum(f.seconds for f in chosen if f.kind == "delay")
        if wait:
            await self.clock.async_sleep(wait)
        replacing = next(
            (f for f in chosen if f.kind in _REPLACING and f.after_bytes is None), None
        )
        if replacing is not None:
            return _replacement(replacing, request)
        produced = produce(request)
        response = await produced if inspect.isawaitable(produced) else produced
        return _altered(response, chosen, request) if chosen else response


def as_fault_plan(
    faults: FaultPlan | Iterable[Fault] | None, clock: Clock = SYSTEM_CLOCK
) -> FaultPlan:
    """``faults`` as a plan: a plan as it is, a list of faults in a new one."""
    if isinstance(faults, FaultPlan):
        return faults
    return FaultPlan(faults or (), clock=clock)


def _replacement(fault: Fault, request: httpx.Request) -> httpx.Response:
    if fault.kind == "timeout":
        raise httpx.ReadTimeout("timed out (injected by Fault.timeout)", request=request)
    if fault.kind == "cut":
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response (injected by Fault.cut).",
            request=request,
        )
    body = {"error": {"code": fault.code, "message": fault.message}}
    return httpx.Response(fault.status_code, headers=list(fault.headers), json=body)


def _altered(
    response: httpx.Response, chosen: Sequence[Fault], request: httpx.Request
) -> httpx.Response:
    # An error event belongs in an event stream; any other body is left as it is.
    streams = response.headers.get("content-type", "").startswith("text/event-stream")
    body_fault = next(
        (f for f in chosen if f.kind == "cut" or (f.kind == "error_event" and streams)), None
    )
    if body_fault is None:
        return response
    filter_: _BodyFilter = (
        _CutFilter(body_fault.after_bytes or 0, request)
        if body_fault.kind == "cut"
        else _ErrorEventFilter(body_fault)
    )
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=_FilteredStream(response.stream, filter_),
        extensions=response.extensions,
    )


# --- rewriting a body as it is read: the filter decides, two thin loops drive it ---------


class _BodyFilter(Protocol):
    def feed(self, chunk: bytes) -> tuple[list[bytes], bool]:
        """What to pass on for ``chunk``, and whether the body ends here."""

    def end(self) -> list[bytes]:
        """What to pass on when the body ends (raising if it ends in a fault)."""


class _CutFilter:
    """Passes ``limit`` bytes on, then breaks the connection."""

    def __init__(self, limit: int, request: httpx.Request) -> None:
        self.left = limit
        self.request = request

    def feed(self, chunk: bytes) -> tuple[list[bytes], bool]:
        if len(chunk) < self.left:
            self.left -= len(chunk)
            return [chunk], False
        head, self.left = chunk[: self.left], 0
        return ([head] if head else []), True

    def end(self) -> list[bytes]:
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (injected by Fault.cut)",
            request=self.request,
        )


class _ErrorEventFilter:
    """Passes events on until ``after`` data events went by, then sends an error event."""

    def __init__(self, fault: Fault) -> None:
        self.left = fault.after_events
        body = {"error": {"code": fault.code, "message": fault.message}}
        self.error = f"data: {json.dumps(body, separators=(',', ':'))}\n\n".encode()
        self.pending = b""  # the event read so far, not yet ended by a blank line
        self.sent = False

    def feed(self, chunk: bytes) -> tuple[list[bytes], bool]:
        if self.left == 0 and not self.pending:
            return self._fail([])
        text = self.pending + chunk
        start = 0
        while True:
            end = text.find(b"\n\n", start)
            if end < 0:
                self.pending = text[start:]
                return [chunk], False
            event, event_start, start = text[start:end], start, end + 2
            if not _is_data_event(event):
                continue
            if event.strip() == b"data: [DONE]":
                # The error takes the place of the end-of-stream marker.
                return self._fail([chunk[: max(0, event_start - len(self.pending))]])
            self.left -= 1
            if self.left == 0:
                return self._fail([chunk[: start - len(self.pending)]])

    def _fail(self, before: list[bytes]) -> tuple[list[bytes], bool]:
        self.sent = True
        return [*before, self.error], True

    def end(self) -> list[bytes]:
        return [] if self.sent else [self.error]


def _is_data_event(event: bytes) -> bool:
    return any(line.startswith(b"data:") for line in event.split(b"\n"))


class _FilteredStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body read through a :class:`_BodyFilter`."""

    def __init__(self, inner: Any, filter_: _BodyFilter) -> None:
        self.inner = inner
        self.filter = filter_

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            out, done = self.filter.feed(chunk)
            yield from (piece for piece in out if piece)
            if done:
                break
        yield from self.filter.end()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            out, done = self.filter.feed(chunk)
            for piece in out:
                if piece:
                    yield piece
            if done:
                break
        for piece in self.filter.end():
            yield piece

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()

    async def aclose(self) -> None:
        aclose = getattr(self.inner, "aclose", None)
        if aclose is not None:
            await aclose()


class FaultedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The httpx entry points of a test transport (the stand-in, a cassette): each request is
    read, recorded in ``requests``, then answered by ``_answer`` unless ``faults`` say otherwise.

    A subclass sets ``faults``, ``requests`` and ``_lock``, and writes ``_answer``; it writes
    ``_answer_async`` only where answering itself does I/O.
    """

    faults: FaultPlan
    requests: list[httpx.Request]
    _lock: threading.Lock | threading.RLock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._seen(request)
        return self.faults.answer(request, self._answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._seen(request)
        return await self.faults.answer_async(request, self._answer_async)

    def _seen(self, request: httpx.Request) -> None:
        # Before the faults: a request a fault answers was still sent.
        with self._lock:
            self.requests.append(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        raise NotImplementedError

    def _answer_async(self, request: httpx.Request) -> httpx.Response | Awaitable[httpx.Response]:
        return self._answer(request)
