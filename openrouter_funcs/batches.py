"""The Batches API end to end: submit requests as one batch, wait for it, read its results.

::

    from openrouter_funcs.batches import batch_results, submit_batch, wait_batch
    from openrouter_funcs.run_many import Job

    jobs = [Job(row["id"], {"model": "openai/gpt-4o-mini", "messages": row["messages"]})
            for row in rows]
    batch = wait_batch(core, submit_batch(core, jobs).unwrap(), timeout=86_400).unwrap()
    for custom_id, result in batch_results(core, batch):
        ...

The server runs the batch (``POST /batches`` with the requests inline, ``GET /batches/{id}``
until it ends); these functions call the generated operations like any user would, wait on
the core's clock, and never raise.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
import httpx
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, RequestOptions, to_json
from openrouter_core._operation import Operation
from openrouter_core._responses import choose_outcome, read_response
from openrouter_core.errors import BatchIncompleteError, OpenRouterBaseError, SDKValidationError
from openrouter_core.models.batch_object import BatchObject
from openrouter_core.models.result import Result as ResultLine
from openrouter_funcs._batch_request import submit_request
from openrouter_funcs._progress import ProgressReport
from openrouter_funcs.batch_create_batches import (
    batch_create_batches,
    batch_create_batches_async,
)
from openrouter_funcs.batch_get_batches import batch_get_batches, batch_get_batches_async
from openrouter_funcs.run_many import _PROGRESS_MODES, Job, Progress

__all__ = [
    "BATCH_ENDED_STATUSES",
    "batch_results",
    "batch_results_async",
    "submit_batch",
    "submit_batch_async",
    "wait_batch",
    "wait_batch_async",
]

#: The statuses after which a batch changes no more.
BATCH_ENDED_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})

Options = RequestOptions | Mapping[str, Any] | None
Pair = tuple[str, Result[Any, OpenRouterBaseError]]
T = TypeVar("T")


# --- submit -------------------------------------------------------------------------------


def submit_batch(
    core: OpenRouterCore,
    requests: Iterable[Job[Any] | Mapping[str, Any]],
    *,
    endpoint: str = "/v1/chat/completions",
    model: str | None = None,
    completion_window: str | None = None,
    callback_url: str | None = None,
    options: Options = None,
) -> Result[BatchObject, OpenRouterBaseError]:
    """Create a batch of ``requests`` on the server (``POST /batches``, the requests inline).

    Each request is a ``Job(custom_id, body)`` (``run_many``'s) or a dict with ``custom_id``
    and ``body``; the body is what ``endpoint`` takes (a dict or a request model). ``model``
    defaults to the one model the bodies name. Returns ``Success(BatchObject)`` (status
    ``"validating"``), or a ``Failure``: ``SDKValidationError`` for a missing or repeated
    ``custom_id``, a body that is not a dict, no requests, or no single model; the usual
    errors of ``batch_create_batches`` otherwise.
    """
    return submit_request(requests, endpoint, model, completion_window, callback_url).bind(
        lambda request: batch_create_batches(core, request, options=options)  # type: ignore[arg-type]
    )


async def submit_batch_async(
    core: OpenRouterCore,
    requests: Iterable[Job[Any] | Mapping[str, Any]],
    *,
    endpoint: str = "/v1/chat/completions",
    model: str | None = None,
    completion_window: str | None = None,
    callback_url: str | None = None,
    options: Options = None,
) -> Result[BatchObject, OpenRouterBaseError]:
    """``submit_batch`` for async code."""
    built = submit_request(requests, endpoint, model, completion_window, callback_url)
    if isinstance(built, Failure):
        return built
    return await batch_create_batches_async(core, built.unwrap(), options=options)  # type: ignore[arg-type]


# --- wait -----------------------------------------------------------------------------------


@attrs.frozen
class _Poll:
    """Fetch the batch; the driver sends back the Result of ``GET /batches/{id}``."""

    batch_id: str


@attrs.frozen
class _Sleep:
    """Wait this many seconds on the core's clock."""

    seconds: float


#: The steps of a wait or a read: polls and sleeps for a driver, and what it gives out.
_Steps = Generator[_Poll | _Sleep | T, Any, None]


def _wait_problem(
    batch: Any,
    timeout: Any,
    first_interval: Any,
    max_interval: Any,
    progress: Any,
    progress_every: Any,
) -> SDKValidationError | None:
    if not isinstance(batch, (BatchObject, str)) or batch == "":
        return SDKValidationError(
            f"wait_batch takes a BatchObject or a batch id, not {batch!r}", field="batch"
        )
    for name, value in (("first_interval", first_interval), ("max_interval", max_interval)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            return SDKValidationError(
                f"{name} must be a positive number of seconds, not {value!r}", field=name
            )
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout >= 0
    ):
        return SDKValidationError(
            f"timeout must be None or seconds, not {timeout!r}", field="timeout"
        )
    if (
        isinstance(progress_every, bool)
        or not isinstance(progress_every, (int, float))
        or not (progress_every >= 0)
    ):
        return SDKValidationError(
            f"progress_every must be a number of seconds, not {progress_every!r}",
            field="progress_every",
        )
    if progress not in _PROGRESS_MODES:
        return SDKValidationError(
            f"progress must be one of {', '.join(_PROGRESS_MODES)}, not {progress!r}",
            field="progress",
        )
    return None


class _BatchProgress:
    """Shows a batch's request counts as run_many shows its requests, once the total is known."""

    def __init__(self, core: OpenRouterCore, mode: str, every: float) -> None:
        self._core, self._mode, self._every = core, mode, every
        self._report: ProgressReport | None = None
        self._shown = (0, 0)

    def update(self, batch: BatchObject) -> None:
        counts = batch.request_counts
        if self._report is None:
            self._report = ProgressReport(
                self._mode,
                counts.total,
                self._core.clock,
                self._every,
                sys.stderr,
                label=f"batch {batch.id}",
            )
        completed, failed = self._shown
        for _ in range(counts.completed - completed):
            self._report.finish(True)
        for _ in range(counts.failed - failed):
            self._report.finish(False)
        self._shown = (max(completed, counts.completed), max(failed, counts.failed))

    def close(self) -> None:
        if self._report is not None:
            self._report.close()


def _waiting(
    core: OpenRouterCore,
    batch_id: str,
    batch: BatchObject | None,
    timeout: float | None,
    first_interval: float,
    max_interval: float,
    progress: _BatchProgress,
) -> Generator[
    _Poll | _Sleep,
    Result[BatchObject, OpenRouterBaseError] | None,
    Result[BatchObject, OpenRouterBaseError],
]:
    """Poll until the batch ends or ``timeout`` passes; the drivers do the I/O."""
    clock = core.clock
    started = clock.monotonic()
    interval = first_interval
    while True:
        if batch is None:
            polled = yield _Poll(batch_id)
            assert polled is not None  # the drivers answer a poll with its result
            if isinstance(polled, Failure):
                return polled
            batch = polled.unwrap()
        progress.update(batch)
        if batch.status in BATCH_ENDED_STATUSES:
            return Success(batch)
        left = None if timeout is None else timeout - (clock.monotonic() - started)
        if left is not None and left <= 0:
            return Failure(
                BatchIncompleteError(
                    f"Batch {batch.id} is still {batch.status} after the {timeout:g}s wait: "
                    f"{_counts(batch)}. Wait again with wait_batch(core, err.batch).",
                    batch=batch,
                )
            )
        # Jitter spreads many waiters' polls; the cap keeps a long batch checked now and then.
        pause = min(max_interval, interval * (0.75 + 0.5 * clock.jitter()))
        yield _Sleep(pause if left is None else min(pause, left))
        interval = min(max_interval, interval * 1.5)
        batch = None


def _wait(
    core: OpenRouterCore,
    batch: Any,
    timeout: Any,
    first_interval: Any,
    max_interval: Any,
    progress: Any,
    progress_every: Any,
) -> _Steps[Result[BatchObject, OpenRouterBaseError]]:
    """``wait_batch``'s steps: its arguments checked, the polls and waits, then its Result."""
    problem = _wait_problem(batch, timeout, first_interval, max_interval, progress, progress_every)
    if problem is not None:
        yield Failure(problem)
        return
    batch_id = batch if isinstance(batch, str) else batch.id
    shown = _BatchProgress(core, progress, progress_every)
    try:
        ended = yield from _waiting(
            core,
            batch_id,
            batch if isinstance(batch, BatchObject) else None,
            timeout,
            first_interval,
            max_interval,
            shown,
        )
        yield ended
    finally:
        shown.close()


def _counts(batch: BatchObject) -> str:
    counts = batch.request_counts
    return f"{counts.completed} of {counts.total} requests completed, {counts.failed} failed"


def wait_batch(
    core: OpenRouterCore,
    batch: BatchObject | str,
    *,
    timeout: float | None = None,
    first_interval: float = 5.0,
    max_interval: float = 60.0,
    progress: Progress = "auto",
    progress_every: float = 10.0,
    options: Options = None,
) -> Result[BatchObject, OpenRouterBaseError]:
    """Poll ``GET /batches/{id}`` until the batch ends; ``Success`` holds it as it ended.

    Ended means completed, failed, expired or cancelled (``BATCH_ENDED_STATUSES``): a batch that
    failed or expired is still a ``Success`` here, and ``batch_results`` reports it. Polls
    back off from ``first_interval`` seconds by half again each time, jittered, capped at
    ``max_interval``, all on the core's clock. After ``timeout`` seconds (None: no limit)
    the result is ``Failure(BatchIncompleteError)`` whose ``.batch`` is the last one seen.
    A poll that fails (after the core's retries) ends the wait with its error. ``progress``
    shows the request counts as ``run_many`` does (``"auto"``: a bar on a terminal).
    """
    steps = _wait(core, batch, timeout, first_interval, max_interval, progress, progress_every)
    (ended,) = _drive(core, options, steps)
    return ended


async def wait_batch_async(
    core: OpenRouterCore,
    batch: BatchObject | str,
    *,
    timeout: float | None = None,
    first_interval: float = 5.0,
    max_interval: float = 60.0,
    progress: Progress = "auto",
    progress_every: float = 10.0,
    options: Options = None,
) -> Result[BatchObject, OpenRouterBaseError]:
    """``wait_batch`` for async code: the waits are the core clock's ``async_sleep``."""
    steps = _wait(core, batch, timeout, first_interval, max_interval, progress, progress_every)
    (ended,) = [outcome async for outcome in _drive_async(core, options, steps)]
    return ended


# --- results --------------------------------------------------------------------------------


def _results_problem(batch: Any) -> Pair | None:
    if isinstance(batch, str) and batch:
        return None
    if isinstance(batch, BatchObject):
        if batch.status in BATCH_ENDED_STATUSES:
            return None
        return (
            batch.id,
            Failure(
                BatchIncompleteError(
                    f"Batch {batch.id} is still {batch.status}, so it has no results yet: "
                    f"{_counts(batch)}. Call wait_batch first.",
                    batch=batch,
                )
            ),
        )
    return (
        "",
        Failure(
            SDKValidationError(
                f"batch_results takes a BatchObject or a batch id, not {batch!r}", field="batch"
            )
        ),
    )


def _line_result(line: ResultLine, endpoint: str) -> Result[Any, OpenRouterBaseError]:
    """One result line as ``Success(response body)`` or the error its status stands for."""
    response = line.response
    if line.error is None and response is not None and response.status_code < 300:
        return Success(response.body)
    status = response.status_code if response is not None and response.status_code >= 300 else 500
    raw: Any = response.body if response is not None else None
    if attrs.has(type(raw)):
        # An error body is read as the nearest success model, which keeps its `error` here.
        raw = raw.extra_fields
    server_error = raw.get("error") if isinstance(raw, dict) else None
    body: dict[str, Any]
    if isinstance(server_error, dict) and server_error.get("message"):
        body = {"error": server_error}
    else:
        error = line.error
        body = {
            "error": {
                "code": status,
                "message": error.message if error is not None else "no message",
                "metadata": {}
                if error is None
                else {"type": error.type, "error_type": error.error_type, "param": error.param},
            }
        }
    # The status → error class table is the pipeline's; a response built from the line lets
    # it be read as if the request had been sent directly to the endpoint the batch ran.
    operation: Operation[Any, Any] = Operation(
        operation_id="batchResult", method="POST", path=endpoint, request_type=None
    )
    built = httpx.Response(
        status,
        content=to_json(body).encode(),
        headers={"content-type": "application/json"},
        request=httpx.Request("POST", "https://openrouter.ai/api" + endpoint),
    )
    return read_response(operation, built, built.content, None, choose_outcome(operation, built))


def _pairs(batch: BatchObject) -> Iterator[Pair]:
    """The batch's lines as pairs, then a Failure naming its status if it did not complete."""
    lines = batch.results or []
    for line in lines:
        yield line.custom_id, _line_result(line, batch.endpoint)
    if batch.status != "completed":
        reason = f" ({batch.error.message})" if batch.error is not None else ""
        yield (
            batch.id,
            Failure(
                BatchIncompleteError(
                    f"Batch {batch.id} ended {batch.status}{reason}: {_counts(batch)}; the "
                    f"{len(lines)} results it has came before this, and .batch keeps them.",
                    batch=batch,
                )
            ),
        )


def _fetched_pairs(batch: BatchObject) -> Iterator[Pair]:
    problem = _results_problem(batch)  # a fetched batch may still be running
    if problem is not None:
        yield problem
    else:
        yield from _pairs(batch)


def batch_results(
    core: OpenRouterCore, batch: BatchObject | str, *, options: Options = None
) -> Iterator[Pair]:
    """Yield ``(custom_id, Result)`` for each request of an ended batch, as the server lists them.

    A request that succeeded is ``Success(body)`` (a chat completion for
    ``/v1/chat/completions``); one that failed is ``Failure`` of the class its status stands
    for, as a direct call would return it (``TooManyRequestsResponseError`` for 429; a line
    with an error but no status counts as 500). A batch that failed, expired or was cancelled
    yields the lines it has, then ``(batch.id, Failure(BatchIncompleteError))`` naming its
    status, whose ``.batch`` keeps everything. A batch still running yields only that failure;
    a batch id, or a batch without ``results``, is fetched first (a failed fetch is yielded
    under the id). Never raises.
    """
    yield from _drive(core, options, _results(batch))


async def batch_results_async(
    core: OpenRouterCore, batch: BatchObject | str, *, options: Options = None
) -> AsyncIterator[Pair]:
    """``batch_results`` for async code (only the fetch of a batch id is awaited)."""
    async for pair in _drive_async(core, options, _results(batch)):
        yield pair


def _results(batch: Any) -> _Steps[Pair]:
    """``batch_results``'s steps: the pairs, after fetching a batch that has no results."""
    problem = _results_problem(batch)
    if problem is not None:
        yield problem
        return
    if isinstance(batch, BatchObject) and batch.results is not None:
        yield from _pairs(batch)
        return
    # A batch from the list endpoint or a webhook carries no results; GET /batches/{id} does.
    batch_id = batch if isinstance(batch, str) else batch.id
    fetched = yield _Poll(batch_id)
    if isinstance(fetched, Failure):
        yield batch_id, fetched
        return
    yield from _fetched_pairs(fetched.unwrap())


# --- the drivers: the only sync/async pair --------------------------------------------------------


def _drive(core: OpenRouterCore, options: Options, steps: _Steps[T]) -> Iterator[T]:
    """Perform the steps' polls and sleeps; yield what they give out."""
    reply: Any = None
    try:
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, _Poll):
                reply = batch_get_batches(core, {"id": step.batch_id}, options=options)
            elif isinstance(step, _Sleep):
                core.clock.sleep(step.seconds)
                reply = None
            else:
                reply = None
                yield step
    finally:
        steps.close()


async def _drive_async(
    core: OpenRouterCore, options: Options, steps: _Steps[T]
) -> AsyncIterator[T]:
    """``_drive`` for asyncio: polls and sleeps are awaited."""
    reply: Any = None
    try:
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, _Poll):
                reply = await batch_get_batches_async(core, {"id": step.batch_id}, options=options)
            elif isinstance(step, _Sleep):
                await core.clock.async_sleep(step.seconds)
                reply = None
            else:
                reply = None
                yield step
    finally:
        steps.close()
