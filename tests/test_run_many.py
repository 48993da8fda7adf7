"""run_many: every request once, in the chosen order, bounded, resumable, stoppable, visible.

Requests go to the real-socket fault server; concurrency is shown with events (no sleeps),
and the kill test kills a real process with SIGKILL.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from returns.result import Failure, Result, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.errors import (
    SDKValidationError,
    TooManyRequestsResponseError,
    UnexpectedClientError,
)
from openrouter_funcs._id_set import IdSet
from openrouter_funcs.credits_get_credits import credits_get_credits, credits_get_credits_async
from openrouter_funcs.run_many import Job, request_id, run_many, run_many_async
from tests.conftest import FakeClock
from tests.faultserver import DEFAULT_BODY, Exchange, Fault, FaultServer, Respond, error_status

REPO = Path(__file__).resolve().parent.parent
RETRY_AT_ONCE = RetryConfig(
    backoff=BackoffStrategy(initial_interval=1, max_interval=1, max_elapsed_time=60_000)
)


def job_number(ex: Exchange) -> int:
    return int(ex.request.headers["http-referer"].removeprefix("job-"))


def credits_jobs(numbers: range) -> Iterator[Job[dict[str, str]]]:
    for n in numbers:
        yield Job(f"job-{n}", {"http_referer": f"job-{n}"})


class FirstTry500Every20th429Every97th(Fault):
    """Job 20k's first attempt is a 500 (retried), job 97k is always a 429; the rest are 200."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: set[int] = set()

    def serve(self, ex: Exchange) -> bool:
        n = job_number(ex)
        with self.lock:
            first = n not in self.seen
            self.seen.add(n)
        if n % 97 == 0:
            return error_status(429).serve(ex)
        if n % 20 == 0 and first:
            return error_status(500).serve(ex)
        return Respond(200, DEFAULT_BODY).serve(ex)


class StallFrom(Fault):
    """Jobs below ``first_stalled`` answer at once; the others wait until ``release`` is set."""

    def __init__(self, first_stalled: int) -> None:
        self.first_stalled = first_stalled
        self.release = threading.Event()

    def serve(self, ex: Exchange) -> bool:
        if job_number(ex) >= self.first_stalled:
            while not self.release.is_set():
                ex.pause(0.01)
        return Respond(200, DEFAULT_BODY).serve(ex)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def core_for(server: FaultServer, **settings: Any) -> OpenRouterCore:
    settings.setdefault("retry_config", RetryConfig(strategy="none"))
    return OpenRouterCore(api_key="sk-or-test", server_url=server.url, **settings)


# --- every request once --------------------------------------------------------------------


def test_every_id_ends_exactly_once_in_the_file_through_500s_and_429s(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    count = 2_000
    with FaultServer(FirstTry500Every20th429Every97th()) as server:
        core = core_for(server, retry_config=RETRY_AT_ONCE, clock=FakeClock())
        pairs = list(
            run_many(credits_get_credits_async, core, credits_jobs(range(count)), results_path=out)
        )

    ids = [f"job-{n}" for n in range(count)]
    assert sorted(id for id, _ in pairs) == sorted(ids)
    throttled = {f"job-{n}" for n in range(count) if n % 97 == 0}
    for id, result in pairs:
        if id in throttled:
            assert isinstance(result.failure(), TooManyRequestsResponseError)
        else:
            assert result.unwrap().data.total_credits == 100.5
    records = lines(out)
    assert sorted(r["id"] for r in records) == sorted(ids)
    for record in records:
        if record["id"] in throttled:
            assert record["ok"] is False
            assert record["error"]["class"] == "TooManyRequestsResponseError"
            assert record["error"]["status"] == 429
        else:
            assert record == {"id": record["id"], "ok": True, "value": DEFAULT_BODY}


def test_a_rerun_sends_only_the_failures_and_the_last_line_of_an_id_counts(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    with FaultServer() as server:
        core = core_for(server)
        server.enqueue(error_status(429))  # whichever request comes first fails
        first = dict(run_many(credits_get_credits_async, core, credits_jobs(range(5)), results_path=out, concurrency=1))  # fmt: skip
        assert [id for id, r in first.items() if isinstance(r, Failure)] == ["job-0"]

        # retry_failures=False: the failure counts as done, so nothing is sent.
        sent = server.request_count
        again = list(
            run_many(
                credits_get_credits_async,
                core,
                credits_jobs(range(5)),
                results_path=out,
                retry_failures=False,
            )
        )
        assert again == [] and server.request_count == sent

        retried = list(
            run_many(credits_get_credits_async, core, credits_jobs(range(5)), results_path=out)
        )
        assert [id for id, r in retried if isinstance(r, Success)] == ["job-0"]
        assert server.request_count == sent + 1

        # The file now says job-0 failed, then succeeded: the last line wins, nothing is sent.
        assert [r["ok"] for r in lines(out) if r["id"] == "job-0"] == [False, True]
        final = list(
            run_many(credits_get_credits_async, core, credits_jobs(range(5)), results_path=out)
        )
        assert final == [] and server.request_count == sent + 1


def test_a_generated_sync_function_and_hashed_ids_work_too(tmp_path: Path) -> None:
    requests = [{"http_referer": f"r{n}"} for n in range(10)]
    with FaultServer() as server:
        pairs = dict(run_many(credits_get_credits, core_for(server), requests))
    assert set(pairs) == {request_id(r) for r in requests}
    assert all(isinstance(result, Success) for result in pairs.values())
    # The id is the request's content, whatever the order of its keys.
    assert request_id({"a": 1, "b": [1, 2]}) == request_id({"b": [1, 2], "a": 1})


# --- order and bounds -------------------------------------------------------------------------


async def test_ordered_yields_in_input_order_and_as_completed_in_finishing_order() -> None:
    def reversed_finishes() -> Any:
        # Request n finishes only after request n + 1 has: they finish 4, 3, 2, 1, 0.
        done = [asyncio.Event() for _ in range(5)]

        async def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
            if n < 4:
                await done[n + 1].wait()
            done[n].set()
            return Success(n)

        return fn

    jobs = [Job(str(n), n) for n in range(5)]
    core = OpenRouterCore(api_key="k")
    as_completed = [id async for id, _ in run_many_async(reversed_finishes(), core, jobs)]
    ordered = [id async for id, _ in run_many_async(reversed_finishes(), core, jobs, ordered=True)]
    assert as_completed == ["4", "3", "2", "1", "0"]
    assert ordered == ["0", "1", "2", "3", "4"]


@pytest.mark.parametrize("ordered", [False, True])
async def test_at_most_concurrency_requests_are_open_and_the_input_is_read_lazily(
    ordered: bool,
) -> None:
    pulled = 0
    started: list[int] = []
    three_started = asyncio.Event()
    gate = asyncio.Event()

    def requests() -> Iterator[Job[int]]:
        nonlocal pulled
        for n in range(1_000):
            pulled += 1
            yield Job(str(n), n)

    async def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        started.append(n)
        if len(started) == 3:
            three_started.set()
        if n == 0 or not ordered:
            await gate.wait()  # in ordered mode only the head is slow; the rest finish
        return Success(n)

    core = OpenRouterCore(api_key="k")
    pairs = run_many_async(fn, core, requests(), concurrency=3, ordered=ordered)
    consumer = asyncio.ensure_future(pairs.__anext__())
    await three_started.wait()
    for _ in range(100):  # every other task gets many turns to (wrongly) start more
        await asyncio.sleep(0)
    assert started == [0, 1, 2] and pulled == 3
    gate.set()
    assert (await consumer)[0] == "0"
    handed_out = 1
    async for _ in pairs:
        handed_out += 1
        # Read but not yet handed out: never more than the window, also as the rest speed by.
        assert pulled - handed_out < 3
    assert handed_out == 1_000 and pulled == 1_000


# --- what goes wrong with one request ---------------------------------------------------------


def test_a_callable_that_raises_or_returns_no_result_gives_a_failure_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"

    def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        if n == 1:
            raise ValueError("no such row")
        if n == 2:
            return n  # type: ignore[return-value]
        return Success(n)

    core = OpenRouterCore(api_key="k")
    pairs = dict(run_many(fn, core, [Job(str(n), n) for n in range(3)], results_path=out))
    raised = pairs["1"].failure()
    assert isinstance(raised, UnexpectedClientError)
    assert isinstance(raised.cause, ValueError) and "no such row" in str(raised)
    assert isinstance(pairs["2"].failure(), SDKValidationError)
    assert "returned int, not a Result" in str(pairs["2"].failure())
    records = {r["id"]: r for r in lines(out)}
    assert records["0"] == {"id": "0", "ok": True, "value": 0}
    assert records["1"]["ok"] is False
    assert records["1"]["error"]["class"] == "UnexpectedClientError"
    assert "ValueError: no such row" in records["1"]["error"]["message"]
    assert records["2"]["error"]["class"] == "SDKValidationError"


def test_a_repeated_id_or_a_request_with_no_id_is_a_failure_and_not_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    calls: list[object] = []

    def fn(core: OpenRouterCore, request: object) -> Result[object, Exception]:
        calls.append(request)
        return Success("ok")

    inputs: list[Any] = [Job("a", 1), Job("a", 2), {"x": 1}, {"x": 1}, b"bytes", Job("", 3)]
    pairs = list(run_many(fn, OpenRouterCore(api_key="k"), inputs, results_path=out, ordered=True))
    assert sorted(calls, key=repr) == [1, {"x": 1}]
    results = [result for _, result in pairs]
    assert isinstance(results[0], Success) and isinstance(results[2], Success)
    for failed, says in [(1, "'a' appears again"), (3, "appears again"), (4, "not JSON"), (5, "non-empty")]:  # fmt: skip
        error = results[failed].failure()
        assert isinstance(error, SDKValidationError) and says in str(error)
    assert [r["id"] for r in lines(out)] == ["a", request_id({"x": 1})]


def test_settings_that_cannot_work_fail_at_the_call_before_anything_is_sent(
    tmp_path: Path,
) -> None:
    core = OpenRouterCore(api_key="k")
    with pytest.raises(TypeError, match="takes a function"):
        run_many("credits_get_credits", core, [None])  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="concurrency"):
        run_many(credits_get_credits_async, core, [None], concurrency=0)
    with pytest.raises(FileNotFoundError, match="cannot open its results file"):
        run_many(credits_get_credits_async, core, [None], results_path=tmp_path / "no" / "x")
    busy = run_many(credits_get_credits_async, core, [None], results_path=tmp_path / "a.jsonl")
    with pytest.raises(BlockingIOError, match="another run_many is writing to this results"):
        run_many(credits_get_credits_async, core, [None], results_path=tmp_path / "a.jsonl")
    busy.close()
    del busy
    run_many(credits_get_credits_async, core, [None], results_path=tmp_path / "a.jsonl")
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1 is not a run_many results line"):
        run_many_async(credits_get_credits_async, core, [None], results_path=foreign)
    assert foreign.read_text(encoding="utf-8") == "my notes\n"


def test_an_input_that_raises_ends_the_run_with_its_error_after_the_open_requests(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"

    def rows() -> Iterator[Job[int]]:
        yield from (Job(str(n), n) for n in range(3))
        raise OSError("the dataset's disk went away")

    def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        return Success(n)

    received: list[str] = []
    with pytest.raises(OSError, match="disk went away"):
        for id, _ in run_many(fn, OpenRouterCore(api_key="k"), rows(), results_path=out):
            received.append(id)
    assert sorted(received) == ["0", "1", "2"]
    assert sorted(r["id"] for r in lines(out)) == ["0", "1", "2"]


# --- kills, torn lines, stopping ---------------------------------------------------------------

CHILD = """
import sys
from openrouter_core import OpenRouterCore, RetryConfig
from openrouter_funcs.credits_get_credits import credits_get_credits_async
from openrouter_funcs.run_many import Job, run_many

url, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
core = OpenRouterCore(api_key="sk-or-test", server_url=url, retry_config=RetryConfig(strategy="none"))
jobs = (Job(f"job-{n}", {"http_referer": f"job-{n}"}) for n in range(count))
for _ in run_many(credits_get_credits_async, core, jobs, results_path=path, progress="off"):
    pass
"""


def test_a_process_killed_mid_run_loses_only_its_open_requests_and_a_rerun_completes(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    count, first_stalled = 600, 400
    stall = StallFrom(first_stalled)
    with FaultServer(stall) as server:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, server.url, str(out), str(count)], cwd=REPO
        )
        try:
            # Jobs below first_stalled all finish; the next 16 hang open on the server.
            while not (out.exists() and out.read_bytes().count(b"\n") == first_stalled):
                assert child.poll() is None, "the child ended before it was killed"
                stall.release.wait(0.01)
            child.send_signal(signal.SIGKILL)
            child.wait()
        finally:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
        killed = lines(out)
        assert sorted(r["id"] for r in killed) == sorted(f"job-{n}" for n in range(first_stalled))

        stall.release.set()
        core = core_for(server)
        rerun = list(
            run_many(credits_get_credits_async, core, credits_jobs(range(count)), results_path=out)
        )
    assert sorted(id for id, _ in rerun) == sorted(f"job-{n}" for n in range(first_stalled, count))
    records = lines(out)
    assert sorted(r["id"] for r in records) == sorted(f"job-{n}" for n in range(count))
    assert all(r["ok"] for r in records)


def test_a_line_torn_by_a_kill_is_cut_off_and_its_request_sent_again(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id":"0","ok":true,"value":0}\n{"id":"1","ok":tr')
    sent: list[int] = []

    def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        sent.append(n)
        return Success(n)

    list(run_many(fn, OpenRouterCore(api_key="k"), [Job(str(n), n) for n in range(3)], results_path=out))  # fmt: skip
    assert sorted(sent) == [1, 2]
    assert sorted(r["id"] for r in lines(out)) == ["0", "1", "2"]


@pytest.mark.parametrize("finish_in_flight", [True, False])
async def test_stopping_early_starts_nothing_new_and_finishes_or_cancels_the_open_ones(
    tmp_path: Path, finish_in_flight: bool
) -> None:
    out = tmp_path / "out.jsonl"
    started: list[int] = []
    cancelled: list[int] = []
    gate = asyncio.Event()
    all_open = asyncio.Event()

    async def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        started.append(n)
        if len(started) == 5:
            all_open.set()
        if n > 0:
            try:
                await gate.wait()
            except asyncio.CancelledError:
                cancelled.append(n)
                raise
        return Success(n)

    jobs = [Job(str(n), n) for n in range(100)]
    pairs = run_many_async(
        fn,
        OpenRouterCore(api_key="k"),
        jobs,
        concurrency=4,
        results_path=out,
        finish_in_flight=finish_in_flight,
    )
    received: list[str] = []

    async def consume() -> None:
        async for id, _ in pairs:
            received.append(id)

    consumer = asyncio.ensure_future(consume())
    # Job 0 finishes and is handed out, which frees a slot for job 4; then all four hang.
    await all_open.wait()
    consumer.cancel()  # what asyncio.run does to its task on Ctrl-C
    for _ in range(50):  # the stopping run gets many turns to (wrongly) start more
        await asyncio.sleep(0)
    assert started == [0, 1, 2, 3, 4] and received == ["0"]
    gate.set()
    with contextlib.suppress(asyncio.CancelledError):
        await consumer
    assert started == [0, 1, 2, 3, 4] and received == ["0"]
    recorded = sorted(int(r["id"]) for r in lines(out))
    if finish_in_flight:
        assert recorded == [0, 1, 2, 3, 4] and cancelled == []
    else:
        assert recorded == [0] and sorted(cancelled) == [1, 2, 3, 4]


def test_ctrl_c_in_the_loop_over_run_many_stops_it_and_leaves_the_file_whole(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    started: list[int] = []

    async def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        started.append(n)
        if n > 0:
            await asyncio.get_running_loop().create_future()  # never answers
        return Success(n)

    jobs = [Job(str(n), n) for n in range(100)]
    core = OpenRouterCore(api_key="k")
    with pytest.raises(KeyboardInterrupt):
        for _id, _result in run_many(
            fn, core, jobs, concurrency=4, results_path=out, finish_in_flight=False
        ):
            raise KeyboardInterrupt  # where a real Ctrl-C lands: in the caller's thread
    assert len(started) <= 5
    assert lines(out) == [{"id": "0", "ok": True, "value": 0}]
    assert not [t for t in threading.enumerate() if t.name == "run_many"]


# --- progress -----------------------------------------------------------------------------------

PROGRESS_CHILD = """
from returns.result import Success
from openrouter_core import OpenRouterCore
from openrouter_funcs.run_many import run_many

def fn(core, n):
    return Success(n)

for _ in run_many(fn, OpenRouterCore(api_key="k"), list(range(20))):
    pass
"""


def on_a_terminal(program: str) -> bytes:
    """What ``program`` writes to its stderr when that is an 80-column terminal."""
    main, secondary = pty.openpty()
    # A new pty is 0 columns wide; a real terminal is not.
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    with subprocess.Popen([sys.executable, "-c", program], cwd=REPO, stderr=secondary) as child:
        os.close(secondary)
        shown = b""
        with contextlib.suppress(OSError):  # EIO once the child has closed its end
            while chunk := os.read(main, 4096):
                shown += chunk
    os.close(main)
    assert child.returncode == 0, shown
    return shown


def test_a_bar_on_a_terminal_and_silence_without_one() -> None:
    pytest.importorskip("tqdm")
    shown = on_a_terminal(PROGRESS_CHILD)
    assert b"20/20" in shown and b"req/s" in shown

    piped = subprocess.run(
        [sys.executable, "-c", PROGRESS_CHILD], cwd=REPO, capture_output=True, check=True
    )
    assert piped.stderr == b""


def test_without_tqdm_a_terminal_gets_log_lines() -> None:
    shown = on_a_terminal("import sys; sys.modules['tqdm'] = None\n" + PROGRESS_CHILD)
    assert b"run_many: 20 done (0 failed), 0 left" in shown


async def test_log_lines_every_n_seconds_of_the_core_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = FakeClock()

    async def fn(core: OpenRouterCore, n: int) -> Result[int, Exception]:
        clock.now_monotonic += 5  # each request takes five seconds
        return Success(n) if n % 3 else Failure(ValueError(n))

    core = OpenRouterCore(api_key="k", clock=clock)
    jobs = [Job(str(n), n) for n in range(6)]
    pairs = run_many_async(fn, core, jobs, concurrency=1, progress="log", progress_every=10)
    assert len([pair async for pair in pairs]) == 6
    assert capsys.readouterr().err.splitlines() == [
        "run_many: 2 done (1 failed), 4 left, ETA 0m20s, 0.2/s",
        "run_many: 4 done (2 failed), 2 left, ETA 0m10s, 0.2/s",
        "run_many: 6 done (2 failed), 0 left, ETA 0m00s, 0.2/s",
    ]
    quiet = run_many_async(fn, core, jobs, progress="off")
    assert len([pair async for pair in quiet]) == 6
    assert capsys.readouterr().err == ""


# --- the set of ids -----------------------------------------------------------------------------


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3_000)), max_size=3_000))
def test_the_id_set_agrees_with_a_python_set(steps: list[tuple[bool, int]]) -> None:
    ids, expected = IdSet(), set()
    for add, n in steps:
        if add:
            ids.add(str(n))
            expected.add(str(n))
        else:
            ids.discard(str(n))
            expected.discard(str(n))
    assert [str(n) in ids for n in range(3_001)] == [str(n) in expected for n in range(3_001)]
