"""Hostile input and hostile servers, for every function: always a Result, never a raise or hang.

Every function module in ``openrouter_funcs`` is found with ``pkgutil``; each of its functions
(sync, async, the ``_stream`` forms and the ``_pages`` walks) is called with caller input of any shape and type
against a transport that answers with any status, headers and body (binary junk, truncated
JSON, JSON of random shapes, SSE junk, bodies that break off part-way). The properties:

- the call returns a ``Success`` or ``Failure`` in bounded time, and a stream it returns
  yields only ``Result`` items and ends; a page walk yields ``Result`` items, only its last
  a ``Failure``, and ends (at most one request per page);
- input the function refuses is an ``SDKValidationError`` and nothing was sent, and an
  ``SDKValidationError`` is only ever about input (so nothing was sent);
- an ``UnexpectedClientError`` only ever carries a failure the transport injected: an SDK bug
  hidden behind the catch-all would show up here as one with any other cause.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import importlib
import inspect
import itertools
import json
import pkgutil
import re
import signal
import types
import typing
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from returns.result import Failure, Result, Success

import openrouter_funcs
from openrouter_core import OpenRouterCore, RequestOptions, RetryConfig, model_type_hints
from openrouter_core._operation import Operation
from openrouter_core._unset import UNSET, Unset
from openrouter_core.errors import (
    OpenRouterBaseError,
    SDKValidationError,
    UnexpectedClientError,
)
from openrouter_core.pagination import AsyncPages, Pages
from openrouter_core.streams import AsyncByteStream, AsyncEventStream, ByteStream, EventStream

from .conftest import SECRET

#: A walk over one hostile answer repeated must end long before this many pages.
MAX_PAGES = 20
#: Examples per function; about 200 functions keep this file well under a minute.
EXAMPLES = 12
#: Seconds one example may take before it counts as a hang.
HANG_AFTER = 10.0
SERVER_URL = "https://openrouter.test/api/v1"


# --- the functions under test -------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One public function of one ``openrouter_funcs`` module."""

    module: str
    name: str
    function: Callable[..., Any] = field(repr=False)
    asynchronous: bool
    operation: Operation[Any, Any] | None = field(repr=False)
    request_type: type[Any] | None = field(repr=False)
    takes_core: bool

    def invoke(self, core: OpenRouterCore, request: Any, options: RequestOptions | None) -> Any:
        """Call the function (a coroutine for async targets)."""
        if self.operation is None:  # a client-side helper such as the OAuth URL builder
            if self.takes_core:
                return self.function(request, core=core)
            return self.function(request)
        return self.function(core, request, options=options)


def _request_type(module: types.ModuleType, function: Callable[..., Any]) -> type[Any] | None:
    operation = getattr(module, "OPERATION", None)
    if operation is not None:
        request_type: type[Any] | None = operation.request_type
        return request_type
    hint = typing.get_type_hints(function, vars(module)).get("request")
    members = typing.get_args(hint) or (hint,)
    return next((m for m in members if isinstance(m, type) and attrs.has(m)), None)


#: Layers above the functions, which take a function and have tests of their own
#: (``tests/test_run_many.py``): their first argument is not a request.
LAYERS = {"run_many"}


def discover() -> list[Target]:
    targets = []
    for info in pkgutil.iter_modules(openrouter_funcs.__path__):
        if info.ispkg or info.name.startswith("_") or info.name in LAYERS:
            continue
        module = importlib.import_module(f"openrouter_funcs.{info.name}")
        for suffix in ("", "_async", "_stream", "_stream_async"):
            function = getattr(module, info.name + suffix, None)
            if function is None:
                continue
            parameters = inspect.signature(function).parameters
            targets.append(
                Target(
                    module=info.name,
                    name=info.name + suffix,
                    function=function,
                    # A ``_pages_async`` function returns its async iterator without awaiting.
                    asynchronous=inspect.iscoroutinefunction(function)
                    or (info.name.endswith("_pages") and suffix == "_async"),
                    operation=getattr(module, "OPERATION", None),
                    request_type=_request_type(module, function),
                    takes_core="core" in parameters,
                )
            )
    return targets


TARGETS = discover()
WITH_PATH_PARAMS = [
    t
    for t in TARGETS
    if t.operation is not None and any(p.location == "path" for p in t.operation.params)
]
WITH_HEADER_PARAMS = [
    t
    for t in TARGETS
    if t.operation is not None and any(p.location == "header" for p in t.operation.params)
]


def test_every_module_is_under_test() -> None:
    modules = {t.module for t in TARGETS}
    assert len(modules) == len(
        [
            m
            for m in pkgutil.iter_modules(openrouter_funcs.__path__)
            if not m.name.startswith("_") and m.name not in LAYERS
        ]
    )
    assert "credits_get_credits" in modules


# --- a plausible request for each type, so hostile answers are reached too ----------------


def plausible(tp: Any, depth: int = 0) -> Any:
    """A small JSON-style value of type ``tp`` that validation accepts."""
    origin = typing.get_origin(tp)
    if tp is Any or tp is str:
        return "x"
    if tp is bool:
        return True
    if tp is int:
        return 1
    if tp is float:
        return 1.5
    if tp is bytes:
        return b"x"
    if tp is dt.datetime:
        return "2025-01-01T00:00:00Z"
    if tp is dt.date:
        return "2025-01-01"
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(tp) if m not in (type(None), Unset)]
        return plausible(members[0], depth) if members else None
    if origin is list or tp is list:
        return []
    if origin is dict or tp is dict:
        return {}
    if origin is tuple:
        return [plausible(arg, depth) for arg in typing.get_args(tp) if arg is not Ellipsis]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp)).value
    if isinstance(tp, type) and attrs.has(tp) and depth < 6:
        hints = model_type_hints(tp)
        return {
            f.metadata.get("wire", f.name): plausible(hints[f.name], depth + 1)
            for f in attrs.fields(tp)
            if f.default is attrs.NOTHING
        }
    return "x"


def field_keys(request_type: type[Any] | None) -> list[str]:
    if request_type is None or not attrs.has(request_type):
        return ["x"]
    keys = set()
    for f in attrs.fields(request_type):
        keys.update({f.name, f.metadata.get("wire", f.name)})
    return sorted(keys)


# --- strategies ---------------------------------------------------------------------------

ODD_VALUES = [UNSET, object(), dt.datetime(2025, 1, 1), b"\x00\xff", "\r\n", "../..", "é", 10**30]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.binary(max_size=12),
    st.sampled_from(ODD_VALUES),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def requests_for(target: Target) -> st.SearchStrategy[Any]:
    """Caller input: nothing, junk of any type, random dicts, and near-valid dicts."""
    keys = st.one_of(st.sampled_from(field_keys(target.request_type)), st.text(max_size=8))
    base = plausible(target.request_type) if target.request_type is not None else {}
    streams = target.operation is not None and target.operation.streams
    valid = st.sampled_from([base, {**base, "stream": True}]) if streams else st.just(base)
    nudged = st.dictionaries(
        st.sampled_from(field_keys(target.request_type)), values, max_size=2
    ).map(lambda over: {**base, **over})
    return st.one_of(
        valid,
        valid,
        nudged,
        st.dictionaries(keys, values, max_size=4),
        st.none(),
        st.one_of(st.integers(), st.text(max_size=8), st.lists(scalars, max_size=2)),
    )


class InjectedError(Exception):
    """A non-httpx failure the test transport raises on purpose."""


#: Failures the transport may raise, before answering or part-way through a body.
TRANSPORT_ERRORS: list[type[Exception]] = [
    httpx.ConnectError,
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
    httpx.WriteTimeout,
    InjectedError,
]


@dataclass(frozen=True)
class Answer:
    """What the test transport does with the next request."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    raise_before: type[Exception] | None = None
    break_after: type[Exception] | None = None


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value).encode()


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
error_bodies = st.fixed_dictionaries(
    {"error": st.fixed_dictionaries({"code": json_values, "message": json_values})}
)
sse_lines = st.one_of(
    st.builds(lambda v: b"data: " + _json_bytes(v), json_values),
    st.builds(lambda v: b"data: " + _json_bytes(v), error_bodies),
    st.sampled_from(
        [b"data: [DONE]", b"event: error", b": keep-alive", b"id: 1", b"retry: x", b"data:"]
    ),
    st.binary(max_size=20),
)
bodies = st.one_of(
    st.binary(max_size=300),
    st.builds(_json_bytes, json_values),
    st.builds(_json_bytes, error_bodies),
    st.builds(lambda v, n: _json_bytes(v)[: max(n, 0)], json_values, st.integers(0, 40)),
    st.builds(
        lambda lines, sep: sep.join(lines) + sep + sep,
        st.lists(sse_lines, max_size=6),
        st.sampled_from([b"\n", b"\r\n", b"\r"]),
    ),
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=no-such-charset",
        "application/problem+json",
        "text/event-stream",
        "text/html; charset=utf-8",
        "text/plain",
        "application/octet-stream",
        "audio/mpeg",
        "",
    ]
)
header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=24)
extra_headers = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "retry-after",
                "retry-after-ms",
                "content-encoding",
                "location",
                "content-disposition",
                "x-request-id",
            ]
        ),
        st.one_of(header_text, st.sampled_from(["gzip", "deflate", "br", "identity", "9" * 30])),
    ),
    max_size=3,
)
random_answers = st.builds(
    Answer,
    status=st.one_of(
        st.sampled_from([200, 201, 204, 301, 400, 401, 402, 403, 404, 408, 409, 410, 413]),
        st.sampled_from([422, 429, 500, 502, 503, 524, 529]),
        st.integers(100, 599),
    ),
    headers=st.builds(
        lambda ctype, extra: ([("content-type", ctype)] if ctype else []) + extra,
        content_types,
        extra_headers,
    ),
    body=bodies,
    raise_before=st.one_of(st.none(), st.none(), st.none(), st.sampled_from(TRANSPORT_ERRORS)),
    break_after=st.one_of(st.none(), st.none(), st.none(), st.sampled_from(TRANSPORT_ERRORS)),
)
#: An event stream, as a streaming call expects, whose events may be anything.
event_stream_answers = st.builds(
    Answer,
    status=st.just(200),
    headers=st.just([("content-type", "text/event-stream")]),
    body=st.builds(lambda lines: b"\n\n".join(lines) + b"\n\n", st.lists(sse_lines, max_size=6)),
    break_after=st.one_of(st.none(), st.sampled_from(TRANSPORT_ERRORS)),
)
#: A documented error status with the documented JSON error body.
error_answers = st.builds(
    Answer,
    status=st.sampled_from([400, 401, 402, 403, 404, 408, 409, 410, 413, 422, 429, 500, 502]),
    headers=st.just([("content-type", "application/json")]),
    body=st.builds(
        lambda code, message: _json_bytes({"error": {"code": code, "message": message}}),
        st.integers(400, 599),
        st.text(max_size=20),
    ),
)
answers = st.one_of(random_answers, random_answers, event_stream_answers, error_answers)


# --- the transport and the checks --------------------------------------------------------


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in two halves that may break off between them."""

    def __init__(self, data: bytes, error: type[Exception] | None) -> None:
        self.data = data
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        half = len(self.data) // 2
        yield self.data[:half]
        if self.error is not None:
            raise self.error("injected: the body broke off")
        yield self.data[half:]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.__iter__():
            yield part


class Transport:
    """Answers every request with ``answer`` and records what was sent."""

    def __init__(self) -> None:
        self.answer = Answer(200, [], b"{}")
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        answer = self.answer
        if answer.raise_before is not None:
            raise answer.raise_before("injected: no answer")
        return httpx.Response(
            answer.status, headers=answer.headers, stream=Body(answer.body, answer.break_after)
        )


class Hang(BaseException):
    """One example ran past its deadline (not an Exception, so the SDK cannot swallow it)."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def fire(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Runner:
    """A core on the test transport, and a loop for async targets, shared by all examples."""

    def __init__(self, target: Target, **core_fields: Any) -> None:
        self.target = target
        self.transport = Transport()
        mock = httpx.MockTransport(self.transport)
        core_fields.setdefault("api_key", SECRET)
        self.core = OpenRouterCore(
            client=httpx.Client(transport=mock),
            async_client=httpx.AsyncClient(transport=mock),
            server_url=SERVER_URL,
            retry_config=RetryConfig(strategy="none"),
            timeout_ms=2_000,
            **core_fields,
        )
        self.loop = asyncio.new_event_loop() if target.asynchronous else None
        #: How many pages the last call of a ``_pages`` target yielded.
        self.pages_walked = 0

    def call(self, request: Any, options: RequestOptions | None = None) -> Result[Any, Any]:
        """Call the target and read any stream it returns to the end, within the deadline."""
        self.transport.sent.clear()
        with deadline(HANG_AFTER):
            if self.loop is None:
                result = self.target.invoke(self.core, request, options)
                if isinstance(result, Pages):
                    result = self._walk(list(itertools.islice(result, MAX_PAGES + 1)))
                check_result(result)
                if isinstance(result, Success):
                    drain_sync(result.unwrap())
            else:
                result = self.loop.run_until_complete(self._call_async(request, options))
        return result  # type: ignore[no-any-return]

    async def _call_async(self, request: Any, options: RequestOptions | None) -> Any:
        called = self.target.invoke(self.core, request, options)
        if isinstance(called, AsyncPages):
            pages: list[Any] = []
            async for page in called:
                pages.append(page)
                if len(pages) > MAX_PAGES:
                    break
            return self._walk(pages)
        result = await called
        check_result(result)
        if isinstance(result, Success):
            await drain_async(result.unwrap())
        return result

    def _walk(self, pages: list[Any]) -> Any:
        """The last page of a walk, after checking every page is a Result and only the last
        may be a Failure."""
        assert 1 <= len(pages) <= MAX_PAGES, f"{len(pages)} pages from a hostile server"
        for page in pages:
            check_result(page)
        assert all(isinstance(page, Success) for page in pages[:-1]), pages
        self.pages_walked = len(pages)
        return pages[-1]

    def close(self) -> None:
        self.core.client.close()  # type: ignore[union-attr]
        if self.loop is not None:
            self.loop.run_until_complete(self.core.async_client.aclose())  # type: ignore[union-attr]
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()


def check_result(result: Any) -> None:
    """A Result; a Failure holds an SDK error that is not a bug hidden by the catch-all."""
    assert isinstance(result, (Success, Failure)), f"not a Result: {result!r}"
    if isinstance(result, Failure):
        error = result.failure()
        assert isinstance(error, OpenRouterBaseError), f"not an SDK error: {error!r}"
        assert str(error) and repr(error)
        if isinstance(error, UnexpectedClientError):
            assert isinstance(error.cause, InjectedError), f"an SDK bug surfaced: {error!r}"


def drain_sync(value: Any) -> None:
    if isinstance(value, EventStream):
        with value:
            for item in value:
                check_result(item)
    elif isinstance(value, ByteStream):
        with value:
            for piece in value.iter_bytes():
                check_result(piece)


async def drain_async(value: Any) -> None:
    if isinstance(value, AsyncEventStream):
        async with value:
            async for item in value:
                check_result(item)
    elif isinstance(value, AsyncByteStream):
        async with value:
            async for piece in value.aiter_bytes():
                check_result(piece)


@pytest.fixture
def runner(request: pytest.FixtureRequest) -> Iterator[Callable[..., Runner]]:
    made: list[Runner] = []

    def make(target: Target, **core_fields: Any) -> Runner:
        made.append(Runner(target, **core_fields))
        return made[-1]

    yield make
    for each in made:
        each.close()


FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,  # HANG_AFTER bounds each example; timing noise must not fail a test
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def seeded(name: str) -> Callable[[Any], Any]:
    """A fixed seed per function: reproducible runs that still differ from one function to
    the next (a derandomized run would try the same few answers on every function)."""
    return seed(zlib.crc32(name.encode()))


# --- the properties -----------------------------------------------------------------------


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_any_input_and_any_answer_give_a_result(
    target: Target, runner: Callable[..., Runner]
) -> None:
    run = runner(target)

    @seeded(target.name)
    @FAST
    @given(request=requests_for(target), answer=answers)
    def check(request: Any, answer: Answer) -> None:
        run.transport.answer = answer
        result = run.call(request)
        if target.operation is None:
            return  # a client-side helper: no request to send
        refused = isinstance(result, Failure) and isinstance(result.failure(), SDKValidationError)
        if refused:
            assert run.transport.sent == [], "refused input must not be sent"
        elif target.module.endswith("_pages"):
            assert 1 <= len(run.transport.sent) <= run.pages_walked, result
        else:
            assert len(run.transport.sent) == 1, f"{result!r} without a request sent"

    check()


def _with_line_break(text: str, at: int, brk: str) -> str:
    at = min(at, len(text))
    return text[:at] + brk + text[at:]


#: Header text that cannot go on the wire as it is: a line break or NUL (which would let a
#: value add headers of its own), or a character that is not ASCII.
unsendable = st.builds(
    _with_line_break,
    header_text,
    st.integers(0, 24),
    st.sampled_from(["\r", "\n", "\r\n", "\0", "é", "\u2028", "日本", "\U0001f600"]),
)


@pytest.mark.parametrize(
    "target", [t for t in WITH_HEADER_PARAMS if not t.asynchronous], ids=lambda t: t.name
)
def test_unsendable_header_values_are_refused_before_sending(
    target: Target, runner: Callable[..., Runner]
) -> None:
    assert target.operation is not None
    headers = [p for p in target.operation.params if p.location == "header"]
    run = runner(target)
    base = plausible(target.request_type)

    @seeded(target.name)
    @settings(FAST, max_examples=6)
    @given(
        param=st.sampled_from(headers),
        value=unsendable,
        via=st.sampled_from(["request", "options-value", "options-name"]),
    )
    def check(param: Any, value: str, via: str) -> None:
        if via == "request":
            result = run.call({**base, param.name: value})
        elif via == "options-value":
            result = run.call(base, RequestOptions(http_headers={param.wire: value}))
        else:
            result = run.call(base, RequestOptions(http_headers={value or "\n": "x"}))
        assert isinstance(result, Failure)
        assert isinstance(result.failure(), SDKValidationError), result
        assert run.transport.sent == []

    check()


@pytest.mark.parametrize(
    "core_field", ["app_title", "http_referer", "app_categories", "user_agent", "api_key"]
)
@given(value=unsendable)
@settings(FAST, max_examples=10)
def test_unsendable_core_header_settings_are_refused_before_sending(
    core_field: str, value: str
) -> None:
    credits = next(t for t in TARGETS if t.name == "credits_get_credits")
    run = Runner(credits, **{core_field: value})
    try:
        result = run.call(None)
        assert isinstance(result, Failure)
        assert isinstance(result.failure(), SDKValidationError), result
        assert run.transport.sent == []
    finally:
        run.close()


UNRESERVED = re.compile(rb"^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+$")
path_values = st.one_of(
    st.text(min_size=1, max_size=16),
    st.sampled_from(["/", "..", ".", "../admin", "a/../b", "?x=1", "#frag", "%2F", "%", "é/ü"]),
    st.lists(st.sampled_from(["/", "..", "?", "#", "%", "é", "a", "."]), min_size=1).map("".join),
)


@pytest.mark.parametrize(
    "target", [t for t in WITH_PATH_PARAMS if not t.asynchronous], ids=lambda t: t.name
)
def test_path_parameters_cannot_change_the_path(
    target: Target, runner: Callable[..., Runner]
) -> None:
    assert target.operation is not None
    operation = target.operation
    names = [p.name for p in operation.params if p.location == "path"]
    template = (httpx.URL(SERVER_URL).path + operation.path).split("/")
    run = runner(target)
    base = plausible(target.request_type)

    @seeded(target.name)
    @settings(FAST, max_examples=10)
    @given(name=st.sampled_from(names), value=path_values)
    def check(name: str, value: str) -> None:
        run.transport.answer = Answer(404, [], b"")
        run.call({**base, name: value})
        assert len(run.transport.sent) == 1
        raw_path = run.transport.sent[0].url.raw_path.split(b"?", 1)[0]
        segments = raw_path.decode("ascii").split("/")
        assert len(segments) == len(template), raw_path
        at = template.index("{" + next(p.wire for p in operation.params if p.name == name) + "}")
        segment = segments[at].encode()
        assert UNRESERVED.match(segment), raw_path
        assert unquote(segments[at]) == value
        assert segments[at] not in (".", "..")
        for i, part in enumerate(template):
            if not part.startswith("{"):
                assert segments[i] == part

    check()


def test_properties_cover_streams_and_path_parameters() -> None:
    assert any(t.name.endswith("_stream") for t in TARGETS)
    assert WITH_PATH_PARAMS and WITH_HEADER_PARAMS
    assert any(isinstance(t.operation, Operation) and t.operation.streams for t in TARGETS)
