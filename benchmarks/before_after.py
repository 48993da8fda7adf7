"""Paired before/after: the five figures issue 22 holds every change to, for two checkouts.

    python -m benchmarks.before_after --before fef732c --after my-branch
    python -m benchmarks.before_after --before fef732c --after ctx --after codec   # A vs B, C

Each of ``--before`` / ``--after`` is a checkout folder or a git revision (checked out to a
temporary detached worktree, removed afterwards). Several ``--after`` sides are each compared
with the one before side, all measured in the same rounds.

The metrics, each measured for every side in the same round, in an order that rotates from
round to round:

- import of ``openrouter_funcs.chat_send`` and cold start (spawn -> first credits Result from a
  loopback server): one fresh process per side per round, after untimed runs that write the
  .pyc files;
- credits per call, a 300-model page per call, and SSE chunks per second: in-process, on a
  ``MockTransport``, in CPU time. Each round starts one worker process per side and asks them
  in turn (A B, B A, A B) while the others wait, keeping each side's best pass; fresh workers
  every round, so no side keeps a lucky (or unlucky) process for the whole run.

The fresh-process figures are wall time, as ``python -m benchmarks`` gives them, each with a
CPU-time twin that the load of other work on the machine moves much less.

Per metric the report gives each side's median, the median of the per-round ratios after /
before with its 95% interval and min-max, and a verdict by the rule in ``_ab_stats``. Then
callgrind's instruction counts of the import and of the cold start, minus ``python -c pass``:
a figure the machine's load does not move.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import string
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks._ab_checkouts import checkouts, describe, resolve
from benchmarks._ab_sides import (
    IMPORTED,
    Side,
    SideFailed,
    Worker,
    callgrind_instructions,
    callgrind_worker,
    cold_ms,
    import_ms,
    verify_imports,
)
from benchmarks._ab_stats import DEFAULT_TOLERANCE, Comparison, compare, rule_text
from benchmarks._payloads import CREDITS_BODY, DEFAULT_SPEC, REPO_ROOT, models_body, sse_chat_stream
from benchmarks._server import loopback_server
from benchmarks._timing import log
from benchmarks.cold_start import PROBE as COLD_PROBE


@dataclass(frozen=True)
class Metric:
    key: str
    title: str
    unit: str
    higher_is_better: bool


IN_PROCESS = ("credits", "models", "sse")
# What each fresh-process probe measures at once (it drops them together if it fails).
FRESH = {"import": ("import", "import_cpu"), "cold": ("cold", "cold_cpu")}


def metrics(settings: argparse.Namespace) -> list[Metric]:
    """The five figures of issue 22 item 9, and the CPU time of the two fresh-process ones.

    The in-process figures are in CPU time (see ``probes/ab_worker.py``); the fresh-process
    ones are wall time as ``python -m benchmarks`` gives them, each with its CPU-time twin,
    which the machine's load moves much less.
    """
    sse = f"SSE chat stream, {settings.sse_chunks:,} chunks"
    return [
        Metric("credits", "credits per call, MockTransport", "µs CPU", False),
        Metric("models", "list models, 300-model page, MockTransport", "µs CPU", False),
        Metric("sse", sse, "chunks/CPU s", True),
        Metric("import", f"import {IMPORTED}, fresh process", "ms", False),
        Metric("import_cpu", "  the same imports, CPU time", "ms CPU", False),
        Metric("cold", "cold start: spawn -> first credits Result", "ms", False),
        Metric("cold_cpu", "  the same processes, CPU time start -> exit", "ms CPU", False),
    ]


# samples[metric][letter]: one value per round, the rounds in order.
Samples = dict[str, dict[str, list[float]]]


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.before_after", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--before", required=True, help="checkout folder or git revision")
    parser.add_argument(
        "--after", required=True, action="append", help="checkout folder or git revision; repeat"
    )
    parser.add_argument("--rounds", type=int, default=40, help="fresh-process rounds (40)")
    parser.add_argument("--worker-rounds", type=int, default=20, help="in-process rounds (20)")
    parser.add_argument(
        "--passes", type=int, default=3, help="in-process samples per side per round (3)"
    )
    parser.add_argument("--credits-calls", type=int, default=1_000, help="per sample (1,000)")
    parser.add_argument("--models-calls", type=int, default=30, help="per sample (30)")
    parser.add_argument("--sse-chunks", type=int, default=20_000, help="one stream (20,000)")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    parser.add_argument("--no-callgrind", action="store_true", help="skip the callgrind counts")
    parser.add_argument(
        "--callgrind-calls",
        action="store_true",
        help="also count instructions per credits call, models call and SSE chunk (4 valgrind "
        "runs per side, about a minute each on a busy machine)",
    )
    parser.add_argument(
        "--callgrind-only", action="store_true", help="skip the timed rounds (to investigate)"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write every sample here")
    ns = parser.parse_args(argv)
    if min(ns.rounds, ns.worker_rounds, ns.passes) < 1:
        parser.error("rounds must be at least 1")
    if len(ns.after) > len(string.ascii_uppercase) - 1:
        parser.error("too many --after sides")
    return ns


def _rotated(sides: Sequence[Side], index: int) -> list[Side]:
    shift = index % len(sides)
    return list(sides[shift:]) + list(sides[:shift])


class Recorder:
    """Samples per metric and side; a side that fails a metric is dropped from it, with why."""

    def __init__(self, sides: Sequence[Side], keys: Sequence[str]) -> None:
        self.samples: Samples = {key: {side.letter: [] for side in sides} for key in keys}
        self.failures: dict[tuple[str, str], str] = {}

    def live(self, key: str, sides: Sequence[Side]) -> list[Side]:
        return [side for side in sides if (key, side.letter) not in self.failures]

    def take(
        self, keys: Sequence[str], side: Side, sample: Callable[[], dict[str, float]]
    ) -> dict[str, float] | None:
        """``sample()``, or None after marking ``keys`` failed for ``side`` if it raised."""
        try:
            return sample()
        except (SideFailed, ValueError, IndexError) as exc:
            for key in keys:
                self.failures[(key, side.letter)] = str(exc)
            log(f"{', '.join(keys)}: side {side.letter} dropped: {exc}")
            return None

    def add(self, side: Side, values: dict[str, float]) -> None:
        for key, value in values.items():
            self.samples[key][side.letter].append(value)


def fresh_process_rounds(sides: Sequence[Side], api_url: str, rounds: int, rec: Recorder) -> None:
    """Import and cold-start samples, one fresh process per side, probe and round."""
    probes: dict[str, Callable[[Side], dict[str, float]]] = {
        "import": import_ms,
        "cold": functools.partial(_cold, api_url),
    }
    for side in sides:  # untimed: write the .pyc files, fill the page cache
        for name, probe in probes.items():
            rec.take(FRESH[name], side, functools.partial(probe, side))
    started = time.monotonic()
    for index in range(rounds):
        order = _rotated(sides, index)
        for name, probe in probes.items():
            for side in rec.live(name, order):
                values = rec.take(FRESH[name], side, functools.partial(probe, side))
                if values is not None:
                    rec.add(side, values)
            order = order[::-1]  # the side that went last goes first for the next probe
        _progress("fresh processes", index, rounds, started)


def _cold(api_url: str, side: Side) -> dict[str, float]:
    return cold_ms(side, api_url)


def _ask(worker: Worker, key: str, calls: int) -> dict[str, float]:
    return {key: worker.measure(key, calls)}


def worker_rounds(
    sides: Sequence[Side], payloads: list[Path], settings: argparse.Namespace, rec: Recorder
) -> None:
    """In-process samples: fresh workers every round, each asked ``--passes`` times per
    metric, the order reversed every pass (A B C, C B A, A B C); a round keeps each side's
    best pass, since other work on the machine can only make a pass slower."""
    calls = {"credits": settings.credits_calls, "models": settings.models_calls, "sse": 1}
    best = {m.key: (max if m.higher_is_better else min) for m in metrics(settings)}
    started = time.monotonic()
    for index in range(settings.worker_rounds):
        with _workers(_rotated(sides, index), payloads, rec) as workers:
            for key in IN_PROCESS:
                got: dict[str, list[float]] = {w.side.letter: [] for w in workers}
                for pass_ in range(settings.passes):
                    live = [w for w in workers if (key, w.side.letter) not in rec.failures]
                    for worker in live if pass_ % 2 == 0 else live[::-1]:
                        ask = functools.partial(_ask, worker, key, calls[key])
                        values = rec.take((key,), worker.side, ask)
                        if values is not None:
                            got[worker.side.letter].append(values[key])
                for side in rec.live(key, [w.side for w in workers]):
                    rec.add(side, {key: best[key](got[side.letter])})
        _progress("in-process", index, settings.worker_rounds, started)


@contextlib.contextmanager
def _workers(order: Sequence[Side], payloads: list[Path], rec: Recorder) -> Iterator[list[Worker]]:
    workers: list[Worker] = []
    try:
        for side in order:
            if all((key, side.letter) in rec.failures for key in IN_PROCESS):
                continue
            try:
                workers.append(Worker(side, payloads))
            except SideFailed as exc:
                for key in IN_PROCESS:
                    rec.failures[(key, side.letter)] = str(exc)
                log(f"in-process: side {side.letter} dropped: {exc}")
        yield workers
    finally:
        for worker in workers:
            worker.close()


def _progress(what: str, index: int, rounds: int, started: float) -> None:
    if (index + 1) % 5 == 0 or index + 1 == rounds:
        took = time.monotonic() - started
        log(f"{what}: round {index + 1}/{rounds} ({took:.0f} s)")


# (title, count per side): what callgrind counted, ``python -c pass`` or the idle worker
# already taken off.
GrindRow = tuple[str, dict[str, float]]
# The calls per counted worker run: enough to dwarf the run-to-run jitter of a few thousand
# instructions, few enough to stay at a few seconds under valgrind.
GRIND_CALLS = {"credits": 200, "models": 5, "sse": 1}
GRIND_SSE_CHUNKS = 2_000


def callgrind_rows(sides: Sequence[Side], api_url: str) -> list[GrindRow]:
    """Instructions per side for the import and the cold start, ``python -c pass`` taken off."""
    log("callgrind: python -c pass")
    floor = callgrind_instructions(sides[0], ["-c", "pass"])
    rows: list[GrindRow] = []
    for title, args in (
        (f"import {IMPORTED}", ["-c", f"import {IMPORTED}"]),
        ("cold start (probe: import, core, credits call)", [str(COLD_PROBE), "ours", api_url]),
    ):
        counts: dict[str, float] = {}
        for side in sides:
            log(f"callgrind: {title}, side {side.letter}")
            try:
                counts[side.letter] = callgrind_instructions(side, args) - floor
            except SideFailed as exc:
                log(f"callgrind: side {side.letter} failed: {exc}")
        rows.append((title, counts))
    rows.append(("python -c pass (taken off the rows above)", dict.fromkeys("A", floor)))
    return rows


def callgrind_call_rows(sides: Sequence[Side], folder: Path) -> list[GrindRow]:
    """Instructions per credits call, per models call and per SSE chunk, in a warm worker:
    a worker run making the calls, less one making none (``callgrind_worker``). A short stream keeps the worker's
    warm-up (which reads one whole stream) cheap under valgrind."""
    payloads = _write_payloads(folder, GRIND_SSE_CHUNKS)
    rows: dict[str, dict[str, float]] = {key: {} for key in GRIND_CALLS}
    for side in sides:
        log(f"callgrind: per call, side {side.letter}")
        try:
            floor = callgrind_worker(side, payloads, ["credits=0"])
            for key, calls in GRIND_CALLS.items():
                count = callgrind_worker(side, payloads, [f"{key}={calls}"]) - floor
                rows[key][side.letter] = count / calls / (GRIND_SSE_CHUNKS if key == "sse" else 1)
        except SideFailed as exc:
            log(f"callgrind: side {side.letter} failed: {exc}")
    return [
        (f"per credits call ({GRIND_CALLS['credits']} calls counted)", rows["credits"]),
        (f"per 300-model page ({GRIND_CALLS['models']} calls counted)", rows["models"]),
        (f"per SSE chunk (one {GRIND_SSE_CHUNKS:,}-chunk stream counted)", rows["sse"]),
    ]


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value >= 1_000 else f"{value:.1f}"


def comparisons(
    sides: Sequence[Side], rec: Recorder, all_metrics: Sequence[Metric], tolerance: float
) -> dict[tuple[str, str], Comparison | str]:
    """For each (metric, after side): its comparison with the before side, or why there is none."""
    before = sides[0].letter
    out: dict[tuple[str, str], Comparison | str] = {}
    for metric in all_metrics:
        for side in sides[1:]:
            failed = rec.failures.get((metric.key, before)) or rec.failures.get(
                (metric.key, side.letter)
            )
            if failed is not None:
                out[(metric.key, side.letter)] = f"n/a: {failed}"
                continue
            a, b = rec.samples[metric.key][before], rec.samples[metric.key][side.letter]
            out[(metric.key, side.letter)] = compare(a, b, metric.higher_is_better, tolerance)
    return out


def render(
    sides: Sequence[Side],
    all_metrics: Sequence[Metric],
    table: dict[tuple[str, str], Comparison | str],
) -> str:
    """One block per after side: a line per metric."""
    a = sides[0].letter
    lines = []
    for side in sides[1:]:
        b = side.letter
        lines.append(f"\n{b} vs {a}")
        head = f"{'metric':<50} {'unit':<12} {a + ' median':>11} {b + ' median':>11}"
        lines.append(f"{head}  {b}/{a} median [95% CI]  min-max        verdict")
        for metric in all_metrics:
            cell = table[(metric.key, b)]
            start = f"{metric.title:<50} {metric.unit:<12}"
            if isinstance(cell, str):
                lines.append(f"{start} {cell}")
                continue
            low, high = cell.interval
            lines.append(
                f"{start} {_figure(cell.median_before):>11} {_figure(cell.median_after):>11}"
                f"  {cell.ratio:.3f} [{low:.3f}, {high:.3f}]  "
                f"{cell.ratio_min:.2f}-{cell.ratio_max:.2f}    {cell.verdict}"
                f" ({cell.rounds} rounds)"
            )
    return "\n".join(lines)


def render_callgrind(sides: Sequence[Side], rows: list[GrindRow]) -> str:
    a = sides[0].letter
    lines = ["\ncallgrind instructions (PYTHONHASHSEED=0, one run each)"]
    for title, counts in rows:
        cells = []
        for side in sides:
            if side.letter not in counts:
                continue
            cell = f"{side.letter} {_count(counts[side.letter])}"
            if side.letter != a and a in counts:
                cell += f" ({counts[side.letter] / counts[a]:.3f}x {a})"
            cells.append(cell)
        lines.append(f"  {title}: " + ", ".join(cells))
    return "\n".join(lines)


def _count(value: float) -> str:
    if value >= 1e6:
        return f"{value / 1e6:,.1f} M"
    return f"{value / 1e3:,.1f} k"


def _write_payloads(folder: Path, sse_chunks: int) -> list[Path]:
    """The bodies every side is served, written once, so the sides parse the same bytes."""
    bodies = (
        ("credits.json", CREDITS_BODY),
        ("models.json", models_body(DEFAULT_SPEC, 300)),
        ("sse.txt", sse_chat_stream(sse_chunks)),
    )
    paths = []
    for name, body in bodies:
        (folder / name).write_bytes(body)
        paths.append(folder / name)
    return paths


def _header(settings: argparse.Namespace, started: str, files: list[str]) -> str:
    lines = [
        f"before/after, started {started}, Python {sys.version.split()[0]}",
        f"rounds: {settings.rounds} fresh-process (import, cold start), "
        f"{settings.worker_rounds} in-process (credits {settings.credits_calls:,} calls, models "
        f"{settings.models_calls} calls, one {settings.sse_chunks:,}-chunk stream per sample; "
        f"best of {settings.passes} samples per side per round)",
        rule_text(settings.tolerance),
    ]
    return "\n".join(lines + files)


def run(settings: argparse.Namespace) -> int:
    specs = [settings.before, *settings.after]
    sources = [resolve(spec, REPO_ROOT) for spec in specs]
    letters = string.ascii_uppercase
    started = time.monotonic()
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with contextlib.ExitStack() as stack:
        folders = stack.enter_context(checkouts(sources, REPO_ROOT))
        sides = [
            Side(letters[i], spec, folder)
            for i, (spec, folder) in enumerate(zip(specs, folders, strict=True))
        ]
        files = []
        for side, source in zip(sides, sources, strict=True):
            loaded = verify_imports(side)
            files.append(f"{side.letter} = {describe(source, REPO_ROOT)}")
            files += [f"    {module} from {file}" for module, file in loaded.items()]
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="before-after-")))
        payloads = _write_payloads(tmp, settings.sse_chunks)
        api_url = stack.enter_context(loopback_server({"/api/v1/credits": CREDITS_BODY}))
        api_url += "/api/v1"
        all_metrics = metrics(settings)
        rec = Recorder(sides, [m.key for m in all_metrics])
        if not settings.callgrind_only:
            log(f"fresh processes: {settings.rounds} rounds")
            fresh_process_rounds(sides, api_url, settings.rounds, rec)
            log(f"in-process: {settings.worker_rounds} rounds")
            worker_rounds(sides, payloads, settings, rec)
        grind = [] if settings.no_callgrind else callgrind_rows(sides, api_url)
        if settings.callgrind_calls:
            grind_folder = tmp / "callgrind"
            grind_folder.mkdir()
            grind += callgrind_call_rows(sides, grind_folder)
    print(_header(settings, started_at, files))
    table = {}
    if not settings.callgrind_only:
        table = comparisons(sides, rec, all_metrics, settings.tolerance)
        print(render(sides, all_metrics, table))
    if grind:
        print(render_callgrind(sides, grind))
    if settings.json is not None:
        _write_json(settings.json, sides, rec, table, grind)
    log(f"finished in {time.monotonic() - started:.0f} s")
    return 0


def _write_json(
    path: Path,
    sides: Sequence[Side],
    rec: Recorder,
    table: dict[tuple[str, str], Comparison | str],
    grind: list[GrindRow],
) -> None:
    data = {
        "sides": {side.letter: side.spec for side in sides},
        "samples": rec.samples,
        "failures": {f"{k}/{letter}": why for (k, letter), why in rec.failures.items()},
        "comparisons": {
            f"{k}/{letter}": cell if isinstance(cell, str) else asdict(cell)
            for (k, letter), cell in table.items()
        },
        "callgrind": dict(grind),
    }
    path.write_text(json.dumps(data, indent=1))
    log(f"wrote {path}")


def main(argv: Sequence[str] | None = None) -> int:
    return run(_parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
