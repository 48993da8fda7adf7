"""Running contenders side by side: interleaved rounds, time budgets and progress messages."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Mapping, Sequence

from benchmarks._results import Row

# One round of one contender; returns one sample per row it feeds, in the rows' order.
Measure = Callable[[], Sequence[float]]
# Builds a contender (imports, clients, a validated first call); raises Unavailable if it can't.
Setup = Callable[[], Measure]


def log(message: str) -> None:
    """Progress goes to stderr so that stdout carries nothing but the table."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def interleave(rows: Sequence[Row], setups: Mapping[str, Setup], rounds: int) -> None:
    """Measure every contender once per round, rotating who goes first.

    Interleaving spreads slow drifts of the machine (thermal, noisy neighbours) over all
    contenders alike, and rotating the order keeps any one of them from always running right
    after the same other one (warm caches, pending garbage).
    """
    measures: dict[str, Measure] = {}
    for name, setup in setups.items():
        try:
            measures[name] = setup()
        except Exception as exc:
            for row in rows:
                row.cell(name).fail(exc)
            log(f"{rows[0].metric}: {name} n/a: {rows[0].cell(name).unavailable}")
    for index in range(rounds):
        names = list(measures)
        if not names:
            return
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()  # no contender should pay for another's garbage
            try:
                samples = measures[name]()
            except Exception as exc:
                for row in rows:
                    row.cell(name).fail(exc)
                del measures[name]
                log(f"{rows[0].metric}: {name} failed: {rows[0].cell(name).unavailable}")
                continue
            for row, sample in zip(rows, samples, strict=True):
                row.cell(name).samples.append(sample)
        log(f"{rows[0].metric}: round {index + 1}/{rounds} done")


def call_repeatedly(
    call: Callable[[], object], calls: int, budget_s: float
) -> tuple[float, int, object]:
    """Call ``call`` up to ``calls`` times or until ``budget_s`` runs out.

    Returns (microseconds per call, calls made, last result). The budget keeps a contender that
    takes 100 ms per call from turning a round into minutes, while the per-call figure stays
    an average over everything it did run.
    """
    made = 0
    result: object = None
    start = time.perf_counter()
    deadline = start + budget_s
    while made < calls:
        result = call()
        made += 1
        if time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - start
    return elapsed / made * 1e6, made, result


def budget_note(made: int, target: int, budget_s: float, unit: str) -> str | None:
    """The footnote for a round the time budget stopped early, or None if it ran in full."""
    if made >= target:
        return None
    return f"time budget {budget_s:g} s/round stopped it at {made:,} of {target:,} {unit}"
