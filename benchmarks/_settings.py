"""Run sizes: the full preset the report quotes, and a quick one for a smoke run."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks._payloads import DEFAULT_SPEC

SECTIONS = ("cold", "imports", "percall", "concurrency", "memory", "streaming", "agents")
# The fields `--rounds N` sets at once: how many interleaved rounds each section runs.
ROUND_FIELDS = (
    "cold_runs",
    "import_runs",
    "percall_rounds",
    "concurrency_rounds",
    "stream_rounds",
    "agents_rounds",
)


@dataclass(frozen=True)
class Settings:
    """How much work each section does; every field has a command-line override."""

    # Every section reports ours against each contender round by round, so rounds buy a
    # spread (min-max) as well as a steadier median; the cheap sections get more of them.
    cold_runs: int = 15
    import_runs: int = 15
    percall_calls: int = 5_000
    percall_rounds: int = 9
    # Per contender and round. The official SDK takes 20-100 ms per 300-model page on a
    # two-core machine, so 5,000 calls would take minutes a round without a budget.
    percall_budget_s: float = 3.0
    models_count: int = 300
    concurrency: int = 1_000
    concurrency_rounds: int = 5
    stream_chunks: int = 100_000
    stream_rounds: int = 5
    # Ours and bare finish 100,000 chunks well inside this; the official SDK and openai
    # parse a few thousand a second and are cut short (a footnote says so).
    stream_budget_s: float = 10.0
    # call_model against a hand-written loop (runs per round), and call_model_stream against
    # chat_send's stream (chunks of the streamed answer).
    agents_runs: int = 2_000
    agents_rounds: int = 9
    agents_budget_s: float = 3.0
    agents_stream_chunks: int = 20_000
    spec: Path = DEFAULT_SPEC

    def quick(self) -> Settings:
        """A smoke run: every code path, small counts, well under a minute."""
        return replace(
            self,
            cold_runs=3,
            import_runs=3,
            percall_calls=300,
            percall_rounds=2,
            percall_budget_s=1.0,
            concurrency=200,
            concurrency_rounds=2,
            stream_chunks=5_000,
            stream_rounds=1,
            stream_budget_s=3.0,
            agents_runs=100,
            agents_rounds=2,
            agents_budget_s=1.0,
            agents_stream_chunks=2_000,
        )
