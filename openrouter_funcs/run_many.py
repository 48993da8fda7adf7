"""Many requests through one function: bounded concurrency, a resumable results file, progress.

::

    from openrouter_funcs.chat_send import chat_send_async
    from openrouter_funcs.run_many import Job, run_many

    jobs = (Job(row["id"], {"model": "openai/gpt-4o-mini", "messages": row["messages"]})
            for row in rows)
    for request_id, result in run_many(chat_send_async, core, jobs, results_path="out.jsonl"):
        ...

The input is read lazily and at most ``concurrency`` requests are open (sent, or finished and
not yet handed to you) at a time, so memory does not grow with the input, bar 32 to 64 bytes
per id seen, which refusing repeated ids and resuming need (``_id_set``). Each finished request
is appended to the results file as one JSON line before it is handed to you; a rerun with the
same file skips the ids that succeeded. Requests go through the core like any call,
so its retries (and whatever else the core applies) hold for each one.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import inspect
import json
import os
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Iterator, Mapping, Sized
from typing import Any, Generic, Literal, Protocol, TypeVar, overload

import attrs
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, to_json
from openrouter_core.errors import OpenRouterBaseError, SDKValidationError, UnexpectedClientError
from openrouter_funcs._background import in_background
from openrouter_funcs._id_set import IdSet
from openrouter_funcs._progress import ProgressReport
from openrouter_funcs._results_file import ResultsFile

__all__ = ["Job", "Progress", "request_id", "run_many", "run_many_async"]

RequestT = TypeVar("RequestT")
ValueT = TypeVar("ValueT")
ErrorT = TypeVar("ErrorT")
_ValueT_co = TypeVar("_ValueT_co", covariant=True)
_ErrorT_co = TypeVar("_ErrorT_co", covariant=True)

#: ``"auto"``: a bar when stderr is a terminal (tqdm, from the ``progress`` extra, or else a
#: log line every ``progress_every`` seconds), nothing otherwise; ``"bar"`` and ``"log"``
#: force one; ``"off"`` prints nothing.
Progress = Literal["auto", "bar", "log", "off"]

_PROGRESS_MODES = ("auto", "bar", "log", "off")


@attrs.frozen
class Job(Generic[RequestT]):
    """A request with the id you give it, which the results file and the pairs carry."""

    id: str
    request: RequestT


def request_id(request: Any) -> str:
    """The id ``run_many`` gives a request that has none: SHA-256 (hex) of its canonical JSON.

    Canonical means ``to_json`` of the request with sorted keys and no spaces, so a dict and
    the same dict built in another order get one id. Raises what ``to_json`` raises
    (``TypeError``) for a request that is not JSON (bytes, a file).
    """
    canonical = json.dumps(
        json.loads(to_json(request)), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- calling the function ----------------------------------------------------------------


def _async_twin(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The ``_async`` form of a generated sync function (same call, no thread), else ``fn``."""
    module = sys.modules.get(getattr(fn, "__module__", None) or "")
    name = getattr(fn, "__name__", "")
    if module is None or not module.__name__.startswith("openrouter_funcs."):
        return fn
    twin = getattr(module, f"{name}_async", None)
    return twin if inspect.iscoroutinefunction(twin) else fn


def _is_async(fn: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004 - an object whose __call__ is async
    )


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or type(fn).__qualname__


@attrs.frozen
class _Entry:
    """One input item, ready: a request to send, or a result already known (an input error)."""

    id: str
    request: Any = None
    known: Result[Any, Any] | None = None


def _identified(
    requests: Iterable[Any], done: IdSet, skipped: Callable[[], None]
) -> Iterator[_Entry]:
    """The input, one item at a time, with ids; done ids left out, bad items as failures.

    Shared with ``run_many_dask``, whose driver gives ids before the input is cut in chunks.
    """
    seen = IdSet()
    for index, item in enumerate(requests):
        if isinstance(item, Job):
            id, request = item.id, item.request
            if not isinstance(id, str) or not id:
                yield _Entry(
                    f"<input #{index}>",
                    known=Failure(
                        SDKValidationError(
                            f"input #{index}: a Job's id must be a non-empty str, "
                            f"not {id!r}; it was not sent",
                            field="id",
                        )
                    ),
                )
                continue
        else:
            request = item
            try:
                id = request_id(item)
            except Exception as error:
                yield _Entry(
                    f"<input #{index}>",
                    known=Failure(
                        SDKValidationError(
                            f"input #{index} has no id and is not JSON, so none can be "
                            f"made from it ({type(error).__name__}: {error}); give it one "
                            "with Job(id, request). It was not sent",
                            field="id",
                            cause=error,
                        )
                    ),
                )
                continue
        if id in seen:
            # Not written to the file: its line would stand for the first one's.
            yield _Entry(
                id,
                known=Failure(
                    SDKValidationError(
                        f"id {id!r} appears again at input #{index}; each request needs "
                        "its own id (give repeats one with Job), so this one was not sent",
                        field="id",
                    )
                ),
            )
            continue
        seen.add(id)
        if id in done:
            skipped()
            continue
        yield _Entry(id, request)


class _Run:
    """One bulk run's settings and state, checked when ``run_many`` is called."""

    def __init__(
        self,
        fn: Callable[..., Any],
        core: OpenRouterCore,
        requests: Iterable[Any],
        concurrency: int,
        ordered: bool,
        finish_in_flight: bool,
    ) -> None:
        if not callable(fn):
            raise TypeError(
                f"run_many takes a function (core, request) -> Result, not {type(fn).__name__}"
            )
        if isinstance(requests, (str, bytes)) or not isinstance(requests, Iterable):
            raise TypeError(
                f"run_many takes an iterable of requests, not {type(requests).__name__}"
            )
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(
                f"concurrency must be a whole number of at least 1, not {concurrency!r}"
            )
        self.fn = _async_twin(fn)
        self.fn_is_async = _is_async(self.fn)
        self.core = core
        self.concurrency = concurrency
        self.ordered = ordered
        self.finish_in_flight = finish_in_flight
        self._requests = requests
        self._progress_settings = ("off", 0.0)
        self.file: ResultsFile | None = None
        self.progress = ProgressReport("off", None, core.clock, 0.0, sys.stderr)

    def show_progress(self, progress: str, progress_every: float) -> None:
        """Report progress as ``run_many``'s ``progress`` arguments say, once the run starts."""
        if progress not in _PROGRESS_MODES:
            raise ValueError(
                f"progress must be one of {', '.join(_PROGRESS_MODES)}, not {progress!r}"
            )
        if (
            isinstance(progress_every, bool)
            or not isinstance(progress_every, (int, float))
            or not progress_every >= 0
        ):
            raise ValueError(f"progress_every must be a number of seconds, not {progress_every!r}")
        self._progress_settings = (progress, float(progress_every))

    def record_to(self, results_path: str | os.PathLike[str] | None, retry_failures: bool) -> None:
        """Append each result to ``results_path`` (skipping what it holds); called last, so a
        bad setting given with it leaves no file open."""
        self.file = None if results_path is None else ResultsFile(results_path, retry_failures)

    def _start_progress(self) -> None:
        # Made when the run starts, not when it is set up: a bar prints as soon as it exists.
        mode, every = self._progress_settings
        total = len(self._requests) if isinstance(self._requests, Sized) else None
        self.progress = ProgressReport(mode, total, self.core.clock, every, sys.stderr)

    def entries(self) -> Iterator[_Entry]:
        """The input, one item at a time, with ids; done ids left out, bad items as failures."""
        done = self.file.done if self.file is not None else IdSet()
        return _identified(self._requests, done, lambda: self.progress.skip())

    async def call(
        self, entry: _Entry, threads: concurrent.futures.Executor | None
    ) -> Result[Any, Any]:
        """``fn(core, request)`` as a Result, whatever ``fn`` does; recorded once it is known."""
        try:
            if self.fn_is_async:
                outcome = await self.fn(self.core, entry.request)
            else:
                loop = asyncio.get_running_loop()
                outcome = await loop.run_in_executor(threads, self.fn, self.core, entry.request)
            if inspect.isawaitable(outcome):
                outcome = await outcome
        except Exception as error:
            result: Result[Any, Any] = Failure(
                UnexpectedClientError(
                    f"{_name(self.fn)} raised {type(error).__name__}: {error}", cause=error
                )
            )
        else:
            if isinstance(outcome, Result):
                result = outcome
            else:
                result = Failure(
                    SDKValidationError(
                        f"{_name(self.fn)} returned {type(outcome).__name__}, not a Result",
                        field="fn",
                    )
                )
        if self.file is not None:
            self.file.record(entry.id, result)
        self.progress.finish(isinstance(result, Success))
        return result

    async def results(self) -> AsyncGenerator[tuple[str, Result[Any, Any]], None]:
        """Run every entry, ``concurrency`` at a time, and give each ``(id, result)``."""
        loop = asyncio.get_running_loop()
        threads = (
            None
            if self.fn_is_async
            else concurrent.futures.ThreadPoolExecutor(self.concurrency, "run_many")
        )
        # Open slots, in input order (a dict, for cheap removal); in the as-completed mode each
        # also lands in `finished` when it finishes. A slot stays open until it is handed out,
        # which is what bounds memory in ordered mode while the head is slow.
        window: dict[asyncio.Future[Result[Any, Any]], str] = {}
        finished: asyncio.Queue[asyncio.Future[Result[Any, Any]]] = asyncio.Queue()
        running: set[asyncio.Future[Result[Any, Any]]] = set()
        self._start_progress()
        source = self.entries()
        exhausted = False
        input_error: Exception | None = None
        try:
            while True:
                while not exhausted and len(window) < self.concurrency:
                    try:
                        entry = next(source, None)
                    except Exception as error:  # the caller's iterable failed
                        # Hand out what is open first, then end with its error.
                        input_error, entry = error, None
                    if entry is None:
                        exhausted = True
                        break
                    future: asyncio.Future[Result[Any, Any]]
                    if entry.known is not None:
                        future = loop.create_future()
                        future.set_result(entry.known)
                    else:
                        future = asyncio.ensure_future(self.call(entry, threads))
                        running.add(future)
                        future.add_done_callback(running.discard)
                    window[future] = entry.id
                    if not self.ordered:
                        future.add_done_callback(finished.put_nowait)
                if not window:
                    if input_error is not None:
                        raise input_error
                    return
                if self.ordered:
                    future = next(iter(window))
                    # wait(), not await: cancelling this generator must not cancel the call.
                    await asyncio.wait({future})
                else:
                    future = await finished.get()
                yield window.pop(future), future.result()
        finally:
            await self._stop(running, threads)

    async def _stop(
        self,
        running: set[asyncio.Future[Result[Any, Any]]],
        threads: concurrent.futures.ThreadPoolExecutor | None,
    ) -> None:
        """No new requests; the open ones finished (and recorded) or cancelled, as asked."""
        try:
            if running and self.finish_in_flight:
                try:
                    await asyncio.wait(set(running))
                except asyncio.CancelledError:  # stopped again while finishing: give up on them
                    for future in running:
                        future.cancel()
                    raise
            elif running:
                for future in running:
                    future.cancel()
                await asyncio.wait(set(running))
        finally:
            if threads is not None:
                threads.shutdown(wait=False, cancel_futures=True)
            if self.file is not None:
                self.file.close()
            self.progress.close()


class _CanStream(Protocol[_ValueT_co, _ErrorT_co]):
    """A generated function that can also stream (``chat_send``, ``responses_send``, ...),
    typed by its ``stream=False`` form, the one ``run_many`` calls.

    mypy reads an overloaded function passed as a value by its first overload (streaming),
    unless the requests pin the request type; the last overloads of ``run_many`` take such a
    function with ``Job``s or unannotated dicts, checking the value and error types (the
    function itself checks each request when it runs)."""

    def __call__(
        self, core: OpenRouterCore, request: Any, /, *, stream: Literal[False]
    ) -> Result[_ValueT_co, _ErrorT_co] | Awaitable[Result[_ValueT_co, _ErrorT_co]]: ...


@overload
def run_many_async(
    fn: Callable[[OpenRouterCore, RequestT], Awaitable[Result[ValueT, ErrorT]]],
    core: OpenRouterCore,
    requests: Iterable[RequestT | Job[RequestT]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> AsyncGenerator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]], None]: ...


@overload
def run_many_async(
    fn: Callable[[OpenRouterCore, RequestT], Result[ValueT, ErrorT]],
    core: OpenRouterCore,
    requests: Iterable[RequestT | Job[RequestT]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> AsyncGenerator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]], None]: ...


@overload
def run_many_async(
    fn: _CanStream[ValueT, ErrorT],
    core: OpenRouterCore,
    requests: Iterable[Job[Any] | Mapping[str, Any]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> AsyncGenerator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]], None]: ...


def run_many_async(
    fn: Callable[..., Any],
    core: OpenRouterCore,
    requests: Iterable[Any],
    *,
    concurrency: int = 16,
    ordered: bool = False,
    results_path: str | os.PathLike[str] | None = None,
    retry_failures: bool = True,
    finish_in_flight: bool = True,
    progress: Progress = "auto",
    progress_every: float = 10.0,
) -> AsyncGenerator[tuple[str, Result[Any, Any]], None]:
    """Run ``fn(core, request)`` for every request, ``concurrency`` at a time, as ``async for``.

    The same as :func:`run_many` (see it for the arguments), on the running event loop. Close
    it when you stop early (``async with contextlib.aclosing(run_many_async(...)) as pairs``):
    closing or cancelling it starts no new request and finishes (or, with
    ``finish_in_flight=False``, cancels) the open ones, recording those that finish. The
    results file is read when this is called, before anything is sent.
    """
    run = _Run(fn, core, requests, concurrency, ordered, finish_in_flight)
    run.show_progress(progress, progress_every)
    run.record_to(results_path, retry_failures)
    return run.results()


@overload
def run_many(
    fn: Callable[[OpenRouterCore, RequestT], Awaitable[Result[ValueT, ErrorT]]],
    core: OpenRouterCore,
    requests: Iterable[RequestT | Job[RequestT]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> Iterator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]]]: ...


@overload
def run_many(
    fn: Callable[[OpenRouterCore, RequestT], Result[ValueT, ErrorT]],
    core: OpenRouterCore,
    requests: Iterable[RequestT | Job[RequestT]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> Iterator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]]]: ...


@overload
def run_many(
    fn: _CanStream[ValueT, ErrorT],
    core: OpenRouterCore,
    requests: Iterable[Job[Any] | Mapping[str, Any]],
    *,
    concurrency: int = ...,
    ordered: bool = ...,
    results_path: str | os.PathLike[str] | None = ...,
    retry_failures: bool = ...,
    finish_in_flight: bool = ...,
    progress: Progress = ...,
    progress_every: float = ...,
) -> Iterator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]]]: ...


def run_many(
    fn: Callable[..., Any],
    core: OpenRouterCore,
    requests: Iterable[Any],
    *,
    concurrency: int = 16,
    ordered: bool = False,
    results_path: str | os.PathLike[str] | None = None,
    retry_failures: bool = True,
    finish_in_flight: bool = True,
    progress: Progress = "auto",
    progress_every: float = 10.0,
) -> Iterator[tuple[str, Result[ValueT, ErrorT | OpenRouterBaseError]]]:
    """Run ``fn(core, request)`` for every request, ``concurrency`` at a time; yield each result.

    Yields ``(id, Result)`` as requests finish (``ordered=True``: in input order). The calls
    run on an event loop in a background thread; a generated sync function is swapped for its
    ``_async`` twin, another sync ``fn`` runs in a pool of ``concurrency`` threads.

    Args:
        fn: A function ``(core, request) -> Result`` or an ``async`` one: any generated
            function, or your own. One that raises gives ``Failure(UnexpectedClientError)``
            (its ``cause`` is the exception); one that returns something else, a
            ``Failure(SDKValidationError)``.
        core: The ``OpenRouterCore`` every call goes through.
        requests: Any iterable, read lazily: each item a request, or a ``Job(id, request)``.
            A request without an id gets ``request_id(request)``, the hash of its JSON, so
            identical requests share one: give repeats their own ids with ``Job``. If the
            iterable raises, the open requests finish and are handed out, then its error is
            raised.
        concurrency: How many requests may be open at once (sent, or finished and not yet
            handed to you).
        ordered: Yield in input order instead of as they finish.
        results_path: A JSON-lines file: each finished request is appended (and flushed) as
            ``{"id", "ok": true, "value": <to_dict of the value>}`` or ``{"id", "ok": false,
            "error": {"class", "message", "status"?}}``. A rerun skips the ids whose last line
            is ok; a process killed at any point loses only its open requests.
        retry_failures: On a rerun, send the ids whose last line failed again (``False``:
            skip them too).
        finish_in_flight: When you stop early (``break``, an exception, Ctrl-C), let the open
            requests finish and be recorded (``False``: cancel them). No new one starts.
        progress: ``"auto"`` (a bar when stderr is a terminal), ``"bar"``, ``"log"`` or
            ``"off"``. The bar is tqdm's (``pip install "openrouter-funcs[progress]"``);
            without tqdm, or with ``"log"``, a line every ``progress_every`` seconds.
        progress_every: Seconds between log lines (measured with the core's clock).

    Every problem with one request is that request's ``Failure``: an id seen before in the
    input, a request with no id that is not JSON, a bad ``Job`` id (those three are
    ``SDKValidationError`` and are not written to the file). Settings that cannot work raise
    here, before anything is sent, as the core's constructor does: ``TypeError`` (``fn`` not
    callable), ``ValueError`` (``concurrency`` < 1, a results file ``run_many`` did not
    write) or ``OSError`` (a results file that cannot be opened).
    """
    run = _Run(fn, core, requests, concurrency, ordered, finish_in_flight)
    run.show_progress(progress, progress_every)
    run.record_to(results_path, retry_failures)
    return in_background(run.results, run.concurrency)
