"""run_many spread over a Dask cluster: chunks of the input run on workers, one file each.

::

    from distributed import Client
    from openrouter_funcs.credits_get_credits import credits_get_credits
    from openrouter_funcs.run_many_dask import CoreSettings, merged_results, run_many_dask

    client = Client("tcp://scheduler:8786")    # workers have OPENROUTER_API_KEY set
    settings = CoreSettings(app_title="my-eval")
    for request_id, result in run_many_dask(credits_get_credits, settings, jobs, client=client,
                                            results_dir="/shared/run-1"):
        ...
    records = merged_results("/shared/run-1")  # {id: its last line}

How the input is sharded: the driver reads it lazily, gives each item its id (as ``run_many``
does), leaves out the ids already done in ``results_dir`` and cuts the rest into chunks of
``chunk_size`` in input order. Each chunk is one Dask task, submitted as the input is read and
at most ``chunks_in_flight`` at a time, so the driver holds a bounded number of requests
whatever the input's size. The task rebuilds a core from ``CoreSettings`` (no key in them: the
worker reads its own ``OPENROUTER_API_KEY``), runs its chunk with ``run_many`` at its own
``concurrency`` and appends to its own file, ``results_dir/part-NNNNNN.jsonl``. Part numbers
grow across reruns, so reading the parts in order and keeping the last line of each id
(``merged_results``) is the union with no duplicates, as in ``run_many``'s one file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import attrs
from returns.result import Failure, Result

from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_core._core import DEFAULT_TIMEOUT_MS
from openrouter_core.errors import UnexpectedClientError
from openrouter_funcs._id_set import IdSet
from openrouter_funcs.run_many import Job, _Entry, _identified, run_many

__all__ = ["CoreSettings", "merged_results", "run_many_dask"]

_PART = re.compile(r"part-(\d{6,})\.jsonl")


@attrs.frozen(kw_only=True)
class CoreSettings:
    """The picklable, keyless settings a worker builds its ``OpenRouterCore`` from.

    The key is read on the worker, from the environment variable ``api_key_env``, when the
    core is built, so it never travels in the task graph; set it on the workers as you set
    any secret there (``LocalCluster(env=...)``, the deployment's secret store, a
    ``distributed.nanny.environ`` config). ``server_url=None`` is the worker's
    ``OPENROUTER_BASE_URL`` or the default. Hooks, clients, a ledger and a limiter stay local
    to the process that made them and are not carried.
    """

    api_key_env: str = "OPENROUTER_API_KEY"
    server_url: str | None = None
    http_referer: str | None = None
    app_title: str | None = None
    app_categories: str | None = None
    timeout_ms: int | None = DEFAULT_TIMEOUT_MS
    retry_config: RetryConfig = attrs.field(factory=RetryConfig)
    strict: bool = False

    def build(self) -> OpenRouterCore:
        """A core with these settings and the key from this process's environment."""
        optional: dict[str, Any] = {}
        if self.server_url is not None:
            optional["server_url"] = self.server_url
        return OpenRouterCore(
            api_key=os.environ.get(self.api_key_env) or None,
            http_referer=self.http_referer,
            app_title=self.app_title,
            app_categories=self.app_categories,
            timeout_ms=self.timeout_ms,
            retry_config=self.retry_config,
            strict=self.strict,
            **optional,
        )


def _run_chunk(
    fn: Callable[..., Any],
    settings: CoreSettings,
    jobs: list[Job[Any]],
    path: str,
    concurrency: int,
) -> list[tuple[str, Result[Any, Any]]]:
    """One Dask task: the chunk through ``run_many`` on a core of the worker's own."""
    with settings.build() as core:
        return list(
            run_many(fn, core, jobs, concurrency=concurrency, results_path=path, progress="off")
        )


def _parts(results_dir: str) -> list[tuple[int, str]]:
    """The part files in ``results_dir``, in the order they were written."""
    numbered = []
    for name in os.listdir(results_dir):
        match = _PART.fullmatch(name)
        if match:
            numbered.append((int(match.group(1)), os.path.join(results_dir, name)))
    return sorted(numbered)


def _records(results_dir: str) -> Iterator[dict[str, Any]]:
    """Every whole line of every part, parts in order (a line torn by a kill is left out)."""
    import json

    for _, path in _parts(results_dir):
        with open(path, "rb") as part:
            for raw in part:
                if not raw.endswith(b"\n"):
                    break
                record = json.loads(raw)
                if isinstance(record, dict) and isinstance(record.get("id"), str):
                    yield record


def merged_results(results_dir: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Every id ``run_many_dask`` recorded in ``results_dir``, each with its last line.

    A line is ``run_many``'s: ``{"id", "ok": true, "value"}`` or ``{"id", "ok": false,
    "error"}``. An id retried by a later run (a failure, on a rerun) has its later line. The
    dict holds every id, so for a very large run read it where the parts are.
    """
    merged: dict[str, dict[str, Any]] = {}
    for record in _records(os.fspath(results_dir)):
        merged.pop(record["id"], None)  # re-inserted: the dict keeps the order of last lines
        merged[record["id"]] = record
    return merged


def _check(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
    return value


def run_many_dask(
    fn: Callable[..., Any],
    settings: CoreSettings,
    requests: Iterable[Any],
    *,
    # Any, not distributed.Client: annotations here resolve without the optional extra.
    client: Any,
    results_dir: str | os.PathLike[str],
    chunk_size: int = 1000,
    concurrency: int = 16,
    chunks_in_flight: int | None = None,
    retry_failures: bool = True,
) -> Iterator[tuple[str, Result[Any, Any]]]:
    """Run ``fn(core, request)`` for every request on a Dask cluster; yield each result.

    Yields ``(id, Result)`` as chunks finish. Each worker builds its core from ``settings``
    (its key from its own environment) and runs its chunk with ``run_many`` at
    ``concurrency``, appending to a part file of its own in ``results_dir``, which the driver
    and every worker must see (a shared filesystem; on one machine, any directory). A rerun
    with the same ``results_dir`` sends only the ids whose last line failed (none with
    ``retry_failures=False``) or that have no line; ``merged_results`` reads the union.

    Args:
        fn: As for ``run_many``; it is pickled to the workers (a generated function goes by
            name, your own by value through cloudpickle).
        settings: The workers' core settings, with no key in them.
        requests: Any iterable, read lazily: requests, or ``Job(id, request)``.
        client: A ``distributed.Client`` connected to the cluster.
        results_dir: The directory of part files; made if missing.
        chunk_size: Requests per task.
        concurrency: Open requests per task.
        chunks_in_flight: Tasks submitted and not yet finished (default: twice the cluster's
            worker threads), which bounds what the driver holds.
        retry_failures: As for ``run_many``.

    Every problem with one request is its ``Failure``, as in ``run_many`` (repeated id, no id
    and not JSON); a task that fails as a whole (a lost worker, an ``fn`` that cannot be
    pickled) is an ``UnexpectedClientError`` for each id of its chunk, which a rerun sends
    again. Settings that cannot work raise at the call: ``ImportError`` (no ``distributed``:
    ``pip install "openrouter-funcs[dask]"``), ``TypeError``, ``ValueError``, ``OSError``.
    """
    _check_arguments(fn, settings, requests, client, chunk_size, concurrency)
    if chunks_in_flight is None:
        chunks_in_flight = max(2, 2 * sum(client.nthreads().values()))
    _check("chunks_in_flight", chunks_in_flight)
    directory = os.fspath(results_dir)
    os.makedirs(directory, exist_ok=True)
    done = _done_ids(directory, retry_failures)
    parts = _parts(directory)
    first_part = parts[-1][0] + 1 if parts else 0
    chunks = partial(_Chunks, fn, settings, client, directory, first_part, concurrency)
    entries = _identified(requests, done, skipped=lambda: None)
    return _drive(entries, chunks, chunk_size, chunks_in_flight)


def _check_arguments(
    fn: Callable[..., Any],
    settings: CoreSettings,
    requests: Iterable[Any],
    client: Any,
    chunk_size: int,
    concurrency: int,
) -> None:
    """Raise what ``run_many_dask`` raises at the call for arguments that cannot work."""
    try:
        import distributed
    except ImportError as error:
        raise ImportError(
            'run_many_dask needs distributed: pip install "openrouter-funcs[dask]"'
        ) from error
    if not callable(fn):
        raise TypeError(
            f"run_many_dask takes a function (core, request) -> Result, not {type(fn).__name__}"
        )
    if not isinstance(settings, CoreSettings):
        raise TypeError(f"settings must be a CoreSettings, not {type(settings).__name__}")
    if isinstance(requests, (str, bytes)) or not isinstance(requests, Iterable):
        raise TypeError(
            f"run_many_dask takes an iterable of requests, not {type(requests).__name__}"
        )
    if not isinstance(client, distributed.Client):
        raise TypeError(f"client must be a distributed.Client, not {type(client).__name__}")
    # Built once here (no client is made until a call) so a bad setting raises at the call,
    # not as the same Failure from every chunk.
    settings.build()
    _check("chunk_size", chunk_size)
    _check("concurrency", concurrency)


def _done_ids(directory: str, retry_failures: bool) -> IdSet:
    """The ids a rerun skips: those whose last line is ok (any line, without retries)."""
    done = IdSet()
    for record in _records(directory):
        if record.get("ok") is True or not retry_failures:
            done.add(record["id"])
        else:
            done.discard(record["id"])
    return done


class _Chunks:
    """The chunks submitted and not yet collected, each with the ids it holds."""

    def __init__(
        self,
        fn: Callable[..., Any],
        settings: CoreSettings,
        client: Any,
        directory: str,
        first_part: int,
        concurrency: int,
    ) -> None:
        from distributed import as_completed

        self.fn, self.settings, self.client = fn, settings, client
        self.directory, self.part, self.concurrency = directory, first_part, concurrency
        self.finished = as_completed()
        self.ids: dict[Any, list[str]] = {}

    def submit(self, chunk: list[Job[Any]]) -> None:
        path = os.path.join(self.directory, f"part-{self.part:06d}.jsonl")
        # pure=False: a rerun of the same chunk is new work, not a cached result.
        future = self.client.submit(
            _run_chunk, self.fn, self.settings, chunk, path, self.concurrency, pure=False
        )
        self.ids[future] = [job.id for job in chunk]
        self.finished.add(future)
        self.part += 1

    def collect(self) -> list[tuple[str, Result[Any, Any]]]:
        """The pairs of the next chunk to finish (its failure, for each id, if the task failed)."""
        future = next(self.finished)
        ids = self.ids.pop(future)
        try:
            pairs: list[tuple[str, Result[Any, Any]]] = future.result()
        except Exception as error:
            why = f"the Dask task for this request's chunk failed: {type(error).__name__}: {error}"
            pairs = [(id, Failure(UnexpectedClientError(why, cause=error))) for id in ids]
        return pairs

    def cancel(self) -> None:
        for future in self.ids:
            future.cancel()


def _drive(
    entries: Iterator[_Entry],
    start: Callable[[], _Chunks],
    chunk_size: int,
    chunks_in_flight: int,
) -> Iterator[tuple[str, Result[Any, Any]]]:
    """Submit chunks as the input is read, at most ``chunks_in_flight`` open; yield pairs."""
    chunks = start()
    chunk: list[Job[Any]] = []
    input_error: Exception | None = None
    try:
        while True:
            try:
                entry = next(entries, None)
            except Exception as error:  # the caller's iterable failed: finish what is open
                input_error, entry = error, None
            if entry is None:
                break
            if entry.known is not None:  # an item that cannot be sent, as run_many has it
                yield entry.id, entry.known
                continue
            chunk.append(Job(entry.id, entry.request))
            if len(chunk) == chunk_size:
                while len(chunks.ids) >= chunks_in_flight:
                    yield from chunks.collect()
                chunks.submit(chunk)
                chunk = []
        if chunk:
            chunks.submit(chunk)
        while chunks.ids:
            yield from chunks.collect()
    finally:
        # Stopped early: tasks not yet started are dropped; running ones finish and record.
        chunks.cancel()
    if input_error is not None:
        raise input_error
