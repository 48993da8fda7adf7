"""run_many_dask: a run on a two-process LocalCluster gives what a local run_many gives.

The workers are separate processes: they reach the fault server by its URL and read the key
from their own environment, so the settings pickled into the task graph carry no key.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, RetryConfig, to_json
from openrouter_core.errors import SDKValidationError
from openrouter_funcs.credits_get_credits import credits_get_credits
from openrouter_funcs.run_many import Job, run_many
from openrouter_funcs.run_many_dask import CoreSettings, merged_results, run_many_dask
from tests.faultserver import Exchange, Fault, FaultServer, Respond, error_status

distributed = pytest.importorskip("distributed")

KEY = "sk-or-worker-key-0123456789"


class ByJobNumber(Fault):
    """Job n answers with total_credits n; every 7th job is a 402, whoever asks."""

    def serve(self, ex: Exchange) -> bool:
        n = int(ex.request.headers["http-referer"].removeprefix("job-"))
        if n % 7 == 0:
            return error_status(402).serve(ex)
        return Respond(200, {"data": {"total_credits": n, "total_usage": 0}}).serve(ex)


def jobs(count: int) -> Iterator[Any]:
    for n in range(count):
        yield Job(f"job-{n}", {"http_referer": f"job-{n}"})
    yield Job("job-3", {"http_referer": "job-3"})  # a repeated id: its Failure, never sent


def outcome(result: Result[Any, Any]) -> tuple[bool, str]:
    if isinstance(result, Success):
        return True, to_json(result.unwrap())
    return False, f"{type(result.failure()).__name__}: {result.failure()}"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"OPENROUTER_API_KEY": KEY},
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_a_dask_run_gives_what_a_local_run_gives(cluster: Any, tmp_path: Path) -> None:
    with FaultServer(ByJobNumber()) as server:
        settings = CoreSettings(server_url=server.url, retry_config=RetryConfig(strategy="none"))
        assert KEY.encode() not in pickle.dumps(settings)
        with OpenRouterCore(
            api_key=KEY, server_url=server.url, retry_config=settings.retry_config
        ) as core:
            local = list(
                run_many(
                    credits_get_credits,
                    core,
                    jobs(60),
                    results_path=tmp_path / "local.jsonl",
                    progress="off",
                )
            )
        dask_pairs = list(
            run_many_dask(
                credits_get_credits,
                settings,
                jobs(60),
                client=cluster,
                results_dir=tmp_path / "dask",
                chunk_size=8,
                concurrency=4,
            )
        )
        every_key = {request.headers["authorization"] for request in server.requests}

    assert every_key == {f"Bearer {KEY}"}  # the workers' own key, from their environment
    # Every id once, and the repeated id's refusal too.
    assert len(dask_pairs) == 61
    assert sorted((id, outcome(r)) for id, r in dask_pairs) == sorted(
        (id, outcome(r)) for id, r in local
    )
    refused = [r.failure() for id, r in dask_pairs if id == "job-3" and isinstance(r, Failure)]
    assert len(refused) == 1 and isinstance(refused[0], SDKValidationError)
    assert len(list((tmp_path / "dask").glob("part-*.jsonl"))) == 8  # ceil(60 / 8) chunks

    local_lines = [json.loads(line) for line in (tmp_path / "local.jsonl").read_text().splitlines()]
    assert merged_results(tmp_path / "dask") == {line["id"]: line for line in local_lines}


def test_a_rerun_sends_only_the_failures_and_the_merge_keeps_their_last_line(
    cluster: Any, tmp_path: Path
) -> None:
    with FaultServer(ByJobNumber()) as server:
        settings = CoreSettings(server_url=server.url, retry_config=RetryConfig(strategy="none"))
        run = dict(
            run_many_dask(
                credits_get_credits,
                settings,
                jobs(30),
                client=cluster,
                results_dir=tmp_path,
                chunk_size=8,
            )
        )
        first_count = server.request_count
        server.default = Respond(200, {"data": {"total_credits": -1, "total_usage": 0}})
        rerun = dict(
            run_many_dask(
                credits_get_credits,
                settings,
                jobs(30),
                client=cluster,
                results_dir=tmp_path,
                chunk_size=8,
            )
        )
        sent_again = server.request_count - first_count

    failed = {id for id, r in run.items() if isinstance(r, Failure) and id != "job-3"}
    assert failed == {f"job-{n}" for n in range(0, 30, 7)}
    assert sent_again == len(failed)
    assert set(rerun) == failed | {"job-3"}  # the repeat is refused again, not sent
    merged = merged_results(tmp_path)
    assert sorted(merged) == sorted(f"job-{n}" for n in range(30))
    assert all(line["ok"] for line in merged.values())
    assert merged["job-7"]["value"]["data"]["total_credits"] == -1


def test_settings_that_cannot_work_raise_at_the_call(cluster: Any, tmp_path: Path) -> None:
    settings = CoreSettings()
    not_settings: Any = {"server_url": "http://localhost"}
    not_client: Any = object()
    with pytest.raises(ValueError, match="chunk_size"):
        run_many_dask(
            credits_get_credits, settings, [], client=cluster, results_dir=tmp_path, chunk_size=0
        )
    with pytest.raises(TypeError, match="CoreSettings"):
        run_many_dask(credits_get_credits, not_settings, [], client=cluster, results_dir=tmp_path)
    with pytest.raises(ValueError, match="timeout_ms"):  # checked here, not on each worker
        run_many_dask(
            credits_get_credits,
            CoreSettings(timeout_ms=-5),
            [],
            client=cluster,
            results_dir=tmp_path,
        )
    with pytest.raises(TypeError, match=r"distributed\.Client"):
        run_many_dask(credits_get_credits, settings, [], client=not_client, results_dir=tmp_path)
