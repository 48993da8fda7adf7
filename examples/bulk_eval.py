"""Ask a model many questions with ``run_many``, record the answers, and resume after a stop.

With OPENROUTER_API_KEY set this calls the live API; without it, it answers from the offline
stand-in (openrouter_core.testing), which replays the spec's documented example, and says so.
Run it twice: the second run finds every question answered in ``answers.jsonl`` and sends
nothing. Stop it with Ctrl-C in the middle and run it again: only the unanswered ones go out.

``python examples/bulk_eval.py --dask answers/`` runs the same questions on a two-process Dask
``LocalCluster`` (``pip install "openrouter-funcs[dask]"``; live API only, as each worker
builds its core from ``CoreSettings`` and reads OPENROUTER_API_KEY from its environment),
one part file per chunk in ``answers/``, and prints the merged record.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from returns.result import Failure, Result, Success

from openrouter_core import OpenRouterCore, message_text
from openrouter_core.errors import OpenRouterBaseError
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.testing import standin_core
from openrouter_funcs.chat_send import ChatSendRequestDict, chat_send_async
from openrouter_funcs.run_many import Job, run_many
from openrouter_funcs.run_many_dask import CoreSettings, merged_results, run_many_dask

MODEL = "openai/gpt-4o-mini"
COUNTRIES = ["France", "Peru", "Japan", "Kenya", "Norway", "Chile", "Egypt", "Canada"]


def make_core() -> OpenRouterCore:
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API.")
        return OpenRouterCore(app_title="bulk_eval example")
    print("OPENROUTER_API_KEY is not set: answering from the offline stand-in.")
    return standin_core()


def questions() -> Iterator[Job[str]]:
    """The input, read lazily: a generator over a file or a database works the same way."""
    for country in COUNTRIES:
        yield Job(country.lower(), f"What is the capital of {country}? One word.")


async def ask(core: OpenRouterCore, question: str) -> Result[ChatResult, OpenRouterBaseError]:
    request: ChatSendRequestDict = {
        "model": MODEL,
        "messages": [{"role": "user", "content": question}],
    }
    return await chat_send_async(core, request, stream=False)


def show(key: str, result: Result[ChatResult, OpenRouterBaseError]) -> None:
    match result:
        case Success(ChatResult() as chat):
            print(f"{key}: {message_text(chat)}")
        case Failure(err):
            print(f"{key}: failed, a rerun retries it ({err})")


def main_dask(answers: Path) -> None:
    if not os.environ.get("OPENROUTER_API_KEY"):
        sys.exit("--dask calls the live API: set OPENROUTER_API_KEY (the workers read it).")
    from distributed import Client, LocalCluster

    # Worker processes inherit this environment, key included; the task graph carries none.
    with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster) as client:
        settings = CoreSettings(app_title="bulk_eval example")
        for key, result in run_many_dask(
            ask, settings, questions(), client=client, results_dir=answers, chunk_size=4
        ):
            show(key, result)
    merged = merged_results(answers)
    answered = sum(record["ok"] for record in merged.values())
    print(f"{answered} of {len(COUNTRIES)} answered; see {answers}/part-*.jsonl")


def main() -> None:
    if sys.argv[1:2] == ["--dask"]:
        main_dask(Path(sys.argv[2] if len(sys.argv) > 2 else "answers"))
        return
    answers = Path(sys.argv[1] if len(sys.argv) > 1 else "answers.jsonl")
    with make_core() as core:
        for key, result in run_many(ask, core, questions(), concurrency=4, results_path=answers):
            show(key, result)
    # The file is the record: the last line of each id counts.
    last = {}
    for line in answers.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        last[record["id"]] = record["ok"]
    print(f"{sum(last.values())} of {len(COUNTRIES)} answered; see {answers}")


if __name__ == "__main__":
    main()
