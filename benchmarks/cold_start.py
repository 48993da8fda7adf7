"""Sections 1 and 4: a fresh process's start-up time and memory, and what each import costs.

Every cold-start sample is a new interpreter (``probes/credits_once.py``) that imports one SDK,
builds its client, fetches credits from the loopback server and exits. The parent notes the
monotonic clock at spawn; the child reports the same clock when it holds the credits answer,
and its own peak RSS. ``time.monotonic`` is one system-wide clock (CLOCK_MONOTONIC on Linux),
so the two readings subtract across processes.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks._children import run_python
from benchmarks._results import BARE, OFFICIAL, OPENAI, OURS, Row, Unavailable
from benchmarks._settings import Settings
from benchmarks._timing import Measure, interleave

PROBE = Path(__file__).resolve().parent / "probes" / "credits_once.py"

# What a user imports to make each call: our function module (it brings the core and
# OpenRouterCore with it); the official package plus the sub-SDK it loads lazily on first
# attribute access; bare httpx; openai.
IMPORTS: tuple[dict[str, tuple[str, ...]], ...] = (
    {
        OURS: ("openrouter_funcs.credits_get_credits",),
        OFFICIAL: ("openrouter", "openrouter.credits"),
        BARE: ("httpx",),
    },
    {
        OURS: ("openrouter_funcs.chat_send",),
        OFFICIAL: ("openrouter", "openrouter.chat"),
        BARE: ("httpx",),
        OPENAI: ("openai",),
    },
)


def _run_probe(contender: str, api_url: str) -> tuple[float, float, float]:
    """(ms from spawn to the credits answer, ms from spawn to exit, peak RSS in MiB)."""
    start = time.monotonic()
    proc = run_python([str(PROBE), contender, api_url], timeout_s=60)
    exited_ms = (time.monotonic() - start) * 1e3
    try:
        answered_at, peak_kib = proc.stdout.split()[-2:]
        answered_ms = (float(answered_at) - start) * 1e3
        peak_mib = int(peak_kib) / 1024
    except ValueError as exc:
        raise Unavailable(f"probe printed no clock and RSS: {proc.stdout!r:.80}") from exc
    if not 0 < answered_ms <= exited_ms:
        raise Unavailable(f"probe's clock disagrees with ours ({answered_ms:.1f} ms to answer)")
    return answered_ms, exited_ms, peak_mib


def _probe_setup(contender: str, api_url: str) -> Measure:
    # The untimed first run compiles .pyc files and fills the page cache, as any second
    # start of a real program finds them, and proves the contender works at all.
    _run_probe(contender, api_url)
    return lambda: _run_probe(contender, api_url)


def cold_and_memory(settings: Settings, api_url: str) -> tuple[list[Row], Row]:
    """Wall times and peak RSS of the same fresh processes (sections 1 and 4)."""
    answered = Row("1. Cold start", "new process: spawn → first credits Result", "ms", False)
    exited = Row("1. Cold start", "new process: spawn → exit, same processes", "ms", False)
    rss = Row("4. Memory", "peak RSS of that process (VmHWM)", "MiB", False, compare="difference")
    setups = {c: functools.partial(_probe_setup, c, api_url) for c in (OURS, OFFICIAL, BARE)}
    interleave([answered, exited, rss], setups, settings.cold_runs)
    return [answered, exited], rss


def _import_code(modules: Sequence[str]) -> str:
    """A ``-c`` program that times its own imports and prints milliseconds.

    The clock starts after the interpreter is up, so the figure is the import alone (what a
    program pays on top of Python's own start), without ``-X importtime``'s per-module
    bookkeeping, which charges more to a package of many small modules.
    """
    imports = "; ".join(f"import {module}" for module in modules)
    return (
        f"import time; t = time.perf_counter(); {imports}; print((time.perf_counter() - t) * 1e3)"
    )


def _import_ms(modules: Sequence[str]) -> Sequence[float]:
    proc = run_python(["-c", _import_code(modules)])
    try:
        return [float(proc.stdout.split()[-1])]
    except (IndexError, ValueError) as exc:
        raise Unavailable(f"import probe printed no time: {proc.stdout!r:.80}") from exc


def _import_setup(modules: Sequence[str]) -> Measure:
    _import_ms(modules)  # untimed: writes .pyc files so every sample is a warm-disk import
    return lambda: _import_ms(modules)


def import_costs(settings: Settings) -> list[Row]:
    """Wall time of the imports each call needs, each sample a fresh process (section 1)."""
    rows = []
    for per_contender in IMPORTS:
        ours = per_contender[OURS][0]
        row = Row("1. Cold start", f"import {ours}, fresh process", "ms", False)
        row.note = "; ".join(f"{c}: import {', '.join(m)}" for c, m in per_contender.items())
        setups = {c: functools.partial(_import_setup, m) for c, m in per_contender.items()}
        interleave([row], setups, settings.import_runs)
        rows.append(row)
    return rows
