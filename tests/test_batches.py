"""submit_batch, wait_batch and batch_results against a scripted Batches API (the spec's shapes)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from returns.result import Failure, Success

from openrouter_core import OpenRouterCore, from_dict
from openrouter_core.errors import (
    BadRequestResponseError,
    BatchIncompleteError,
    InternalServerResponseError,
    SDKValidationError,
    TooManyRequestsResponseError,
)
from openrouter_core.models.batch_object import BatchObject
from openrouter_funcs.batches import (
    batch_results,
    batch_results_async,
    submit_batch,
    submit_batch_async,
    wait_batch,
    wait_batch_async,
)
from openrouter_funcs.run_many import Job

from .conftest import FakeClock, make_core
from .scriptserver import completion

MODEL = "openai/gpt-4o-mini"
JOBS = [
    Job(name, {"model": MODEL, "messages": [{"role": "user", "content": f"Say {name}"}]})
    for name in ("a", "b", "c")
]

OK_LINE = {
    "custom_id": "a",
    "id": "res_1",
    "error": None,
    "response": {"status_code": 200, "request_id": "req_1", "body": completion("A")},
}
RATE_LIMITED_LINE = {
    "custom_id": "b",
    "id": "res_2",
    "error": {
        "message": "Rate limit exceeded upstream",
        "type": "rate_limit_error",
        "param": None,
        "error_type": "rate_limit_exceeded",
    },
    "response": {
        "status_code": 429,
        "request_id": "req_2",
        "body": {"error": {"code": 429, "message": "Rate limit exceeded upstream"}},
    },
}
# An error object only, and a response whose body is not the usual error shape.
BAD_REQUEST_LINE = {
    "custom_id": "c",
    "id": "res_3",
    "error": {"message": "messages must not be empty", "type": "invalid_request", "param": None},
    "response": {"status_code": 400, "request_id": None, "body": {"detail": "no"}},
}


def batch_body(
    status: str,
    *,
    completed: int = 0,
    failed: int = 0,
    results: list[dict[str, Any]] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "batch_1",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "model": MODEL,
        "status": status,
        "completion_window": "24h",
        "created_at": 1_765_000_000,
        "expires_at": 1_765_086_400,
        "finalized_at": None,
        "provider": "OpenAI",
        "error": None if error is None else {"message": error},
        "request_counts": {"completed": completed, "failed": failed, "total": 3},
        "results": results,
        "usage": None,
    }


class BatchesServer:
    """Answers POST /batches once, then GET /batches/batch_1 with the scripted states in turn."""

    def __init__(self, *states: dict[str, Any]) -> None:
        self.states: Iterator[dict[str, Any]] = iter(states)
        self.submitted: list[dict[str, Any]] = []
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/batches"):
            self.submitted.append(json.loads(request.content))
            return httpx.Response(202, json=batch_body("validating"))
        assert request.method == "GET" and request.url.path.endswith("/batches/batch_1")
        self.polls += 1
        return httpx.Response(200, json=next(self.states))


COMPLETED = batch_body(
    "completed", completed=2, failed=1, results=[OK_LINE, RATE_LIMITED_LINE, BAD_REQUEST_LINE]
)
RUNNING = (
    batch_body("validating"),
    batch_body("in_progress"),
    batch_body("in_progress", completed=1),
    batch_body("finalizing", completed=2, failed=1),
)


def check_submitted(server: BatchesServer) -> None:
    """The body is the spec's BatchSubmitBody: the requests inline, each with its custom_id."""
    assert server.submitted == [
        {
            "endpoint": "/v1/chat/completions",
            "model": MODEL,
            "requests": [{"custom_id": job.id, "body": job.request} for job in JOBS],
        }
    ]


def check_results(pairs: list[tuple[str, Any]]) -> None:
    assert [custom_id for custom_id, _ in pairs] == ["a", "b", "c"]
    (_, ok), (_, limited), (_, bad) = pairs
    assert isinstance(ok, Success) and ok.unwrap().choices[0].message.content == "A"
    error = limited.failure()
    assert isinstance(error, TooManyRequestsResponseError) and error.status_code == 429
    assert "Rate limit exceeded upstream" in str(error)
    assert error.data is not None and error.data.error.message == "Rate limit exceeded upstream"
    error = bad.failure()
    assert isinstance(error, BadRequestResponseError) and error.status_code == 400
    assert "messages must not be empty" in str(error)
    assert "/api/v1" not in str(error).split("from POST")[0]  # no server_url hint for a line


def test_submit_wait_and_read_a_batch_polling_through_its_states() -> None:
    server = BatchesServer(*RUNNING, COMPLETED)
    clock = FakeClock()
    core = make_core(server, clock=clock)
    batch = submit_batch(core, JOBS).unwrap()
    check_submitted(server)
    assert batch.status == "validating"

    ended = wait_batch(core, batch, progress="off").unwrap()

    assert ended.status == "completed" and server.polls == 5
    # Backoff from 5s by half again each poll, on the core's clock (jitter 0 gives 0.75x).
    assert clock.sleeps == pytest.approx([3.75, 5.625, 8.4375, 12.65625, 18.984375])
    check_results(list(batch_results(core, ended)))


async def test_submit_wait_and_read_a_batch_async() -> None:
    server = BatchesServer(*RUNNING, COMPLETED)
    clock = FakeClock()
    core = make_core(server, clock=clock)
    batch = (await submit_batch_async(core, JOBS)).unwrap()
    check_submitted(server)

    ended = (await wait_batch_async(core, batch, progress="off")).unwrap()

    assert ended.status == "completed" and len(clock.sleeps) == 5
    check_results([pair async for pair in batch_results_async(core, ended)])


class Jittery(FakeClock):
    def jitter(self) -> float:
        return 0.999


def test_polls_are_capped_and_a_timeout_returns_the_last_batch_seen() -> None:
    server = BatchesServer(*[batch_body("in_progress", completed=1)] * 50)
    clock = Jittery()
    core = make_core(server, clock=clock)

    result = wait_batch(
        core, "batch_1", timeout=100, first_interval=4, max_interval=20, progress="off"
    )

    error = result.failure()
    assert isinstance(error, BatchIncompleteError) and error.status == "in_progress"
    assert error.batch.request_counts.completed == 1 and "still in_progress" in str(error)
    assert max(clock.sleeps) <= 20 and clock.sleeps[0] == pytest.approx(4 * 1.2495)
    assert sum(clock.sleeps) == pytest.approx(100)  # never waits past the timeout


def test_an_expired_batch_yields_what_finished_then_a_failure_naming_its_status() -> None:
    expired = batch_body("expired", completed=1, results=[OK_LINE])
    core = make_core(BatchesServer(expired))

    ended = wait_batch(core, "batch_1", progress="off").unwrap()
    pairs = list(batch_results(core, ended))

    assert [custom_id for custom_id, _ in pairs] == ["a", "batch_1"]
    assert isinstance(pairs[0][1], Success)
    error = pairs[1][1].failure()
    assert isinstance(error, BatchIncompleteError) and error.status == "expired"
    assert "ended expired" in str(error) and "1 of 3 requests completed" in str(error)
    assert [line.custom_id for line in error.batch.results or []] == ["a"]  # kept


async def test_a_failed_batch_is_a_failure_with_its_reason() -> None:
    failed = batch_body("failed", error="input validation failed: model not batchable")
    core = make_core(BatchesServer(failed))

    pairs = [pair async for pair in batch_results_async(core, "batch_1")]  # fetched by id

    assert [custom_id for custom_id, _ in pairs] == ["batch_1"]
    error = pairs[0][1].failure()
    assert isinstance(error, BatchIncompleteError) and error.status == "failed"
    assert "model not batchable" in str(error)


def test_a_line_with_an_error_and_no_status_counts_as_500() -> None:
    line = {**RATE_LIMITED_LINE, "response": None}
    core = make_core(BatchesServer(batch_body("completed", failed=1, results=[line])))

    [(custom_id, result)] = list(batch_results(core, "batch_1"))

    assert custom_id == "b"
    assert isinstance(result.failure(), InternalServerResponseError)
    assert "Rate limit exceeded upstream" in str(result.failure())


def test_a_running_batch_has_no_results_yet() -> None:
    core = make_core(BatchesServer())
    running = from_dict(batch_body("in_progress"), BatchObject)

    [(custom_id, result)] = list(batch_results(core, running))

    assert custom_id == "batch_1" and isinstance(result.failure(), BatchIncompleteError)
    assert "wait_batch first" in str(result.failure())


def test_progress_reports_the_batchs_request_counts(capsys: pytest.CaptureFixture[str]) -> None:
    core = make_core(BatchesServer(*RUNNING, COMPLETED))

    wait_batch(core, "batch_1", progress="log", progress_every=0).unwrap()

    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("batch batch_1: 1 done (0 failed), 2 left")
    assert lines[-1].startswith("batch batch_1: 3 done (1 failed), 0 left")


@pytest.mark.parametrize(
    ("requests", "kwargs", "field"),
    [
        ([JOBS[0], JOBS[0]], {}, "requests[1].custom_id"),
        ([{"custom_id": "x", "body": "hi"}], {}, "requests[0].body"),
        ([("x", {})], {}, "requests[0]"),
        ([], {}, "requests"),
        ("not a list", {}, "requests"),
        ([Job("x", {"messages": []})], {}, "model"),
        ([Job("x", {"model": "m1"}), Job("y", {"model": "m2"})], {}, "model"),
    ],
)
def test_bad_requests_are_refused_before_anything_is_sent(
    requests: Any, kwargs: dict[str, Any], field: str
) -> None:
    server = BatchesServer()
    result = submit_batch(make_core(server), requests, **kwargs)
    error = result.failure()
    assert isinstance(error, SDKValidationError) and error.field == field
    assert server.submitted == []


def test_an_iterable_that_raises_is_a_failure_not_an_exception() -> None:
    def rows() -> Iterator[Job[Any]]:
        yield JOBS[0]
        raise OSError("disk gone")

    error = submit_batch(make_core(BatchesServer()), rows()).failure()
    assert isinstance(error, SDKValidationError) and "disk gone" in str(error)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": -1},
        {"first_interval": 0},
        {"max_interval": "60"},
        {"progress": "loud"},
        {"progress_every": -1},
    ],
)
def test_bad_wait_settings_are_failures(kwargs: dict[str, Any]) -> None:
    server = BatchesServer()
    core: OpenRouterCore = make_core(server)
    assert isinstance(wait_batch(core, "batch_1", **kwargs).failure(), SDKValidationError)
    assert isinstance(wait_batch(core, 42, **kwargs).failure(), SDKValidationError)  # type: ignore[arg-type]
    assert server.polls == 0


def test_a_failing_poll_ends_the_wait_with_its_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": {"code": 404, "message": "no such batch"}})

    result = wait_batch(make_core(handler), "batch_9", progress="off")
    assert isinstance(result, Failure) and result.failure().status_code == 404


def test_a_failed_lines_own_error_body_gives_the_message() -> None:
    line = {**RATE_LIMITED_LINE, "error": None}  # the body's error object is all there is
    core = make_core(BatchesServer(batch_body("completed", failed=1, results=[line])))

    [(_, result)] = list(batch_results(core, "batch_1"))

    error = result.failure()
    assert isinstance(error, TooManyRequestsResponseError)
    assert "Rate limit exceeded upstream" in str(error)
