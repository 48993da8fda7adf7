"""Sections 1 and 4: a fresh process's start-up time and memory, and what each import costs.

Every cold-start sample is a new interpreter (``probes/credits_once.py``) that imports one SDK,
builds its client, fetches credits from the loopback server and exits; the parent times it from
spawn to exit and the child reports its own peak RSS.
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

# What a user imports to make each call: our function module plus the core; the official
# package plus the sub-SDK it loads lazily on first attribute access; bare httpx; openai.
IMPORTS: dict[str, dict[str, tuple[str, ...]]] = {
    "credits_get_credits": {
        OURS: ("openrouter_core", "openrouter_funcs.credits_get_credits"),
        OFFICIAL: ("openrouter", "openrouter.credits"),
        BARE: ("httpx",),
    },
    "chat_send": {
        OURS: ("openrouter_core", "openrouter_funcs.chat_send"),
        OFFICIAL: ("openrouter", "openrouter.chat"),
        BARE: ("httpx",),
        OPENAI: ("openai",),
    },
}


def _run_probe(contender: str, api_url: str) -> tuple[float, float]:
    start = time.perf_counter()
    proc = run_python([str(PROBE), contender, api_url], timeout_s=60)
    elapsed_ms = (time.perf_counter() - start) * 1e3
    try:
        peak_mib = int(proc.stdout.split()[-1]) / 1024
    except (IndexError, ValueError) as exc:
        raise Unavailable(f"probe printed no RSS: {proc.stdout!r:.80}") from exc
    return elapsed_ms, peak_mib


def _probe_setup(contender: str, api_url: str) -> Measure:
    # The untimed first run compiles .pyc files and fills the page cache, as any second
    # start of a real program finds them, and proves the contender works at all.
    _run_probe(contender, api_url)
    return lambda: _run_probe(contender, api_url)


def cold_and_memory(settings: Settings, api_url: str) -> tuple[Row, Row]:
    """Wall time and peak RSS of the same fresh processes (sections 1 and 4)."""
    wall = Row("1. Cold start", "new process: import, build, get credits, exit", "ms", False)
    rss = Row("4. Memory", "peak RSS of that process (VmHWM)", "MiB", False)
    setups = {c: functools.partial(_probe_setup, c, api_url) for c in (OURS, OFFICIAL, BARE)}
    interleave([wall, rss], setups, settings.cold_runs)
    return wall, rss


def parse_importtime(stderr: str, modules: Sequence[str]) -> float:
    """Microseconds spent importing ``modules``, from ``python -X importtime`` output.

    Only top-level entries count: a nested entry is already inside its parent's cumulative
    figure. An entry counts if it is one of the modules or a package on the way to one.
    """
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        fields = line[len("import time:") :].split("|")
        if len(fields) != 3 or not fields[1].strip().isdigit():
            continue  # the header line
        name_field = fields[2][1:]  # CPython writes one space, then two per nesting level
        if name_field.startswith(" "):
            continue
        name = name_field.strip()
        if any(module == name or module.startswith(name + ".") for module in modules):
            total += int(fields[1])
    if total == 0:
        raise Unavailable(f"importtime showed none of {', '.join(modules)}")
    return float(total)


def _import_us(modules: Sequence[str]) -> Sequence[float]:
    code = "; ".join(f"import {module}" for module in modules)
    proc = run_python(["-X", "importtime", "-c", code])
    return [parse_importtime(proc.stderr, modules)]


def _import_setup(modules: Sequence[str]) -> Measure:
    _import_us(modules)  # untimed: writes .pyc files so every sample is a warm-disk import
    return lambda: _import_us(modules)


def import_costs(settings: Settings) -> list[Row]:
    """Cumulative import time (``-X importtime``) of what each call needs (section 1)."""
    rows = []
    for operation, per_contender in IMPORTS.items():
        row = Row("1. Cold start", f"import cost for {operation} (-X importtime)", "µs", False)
        row.note = "; ".join(f"{c}: {' + '.join(m)}" for c, m in per_contender.items())
        setups = {c: functools.partial(_import_setup, m) for c, m in per_contender.items()}
        interleave([row], setups, settings.import_runs)
        rows.append(row)
    return rows
