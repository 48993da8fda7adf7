"""The one table on stdout, and the same figures with every sample as JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks._results import BARE, CONTENDERS, OFFICIAL, OPENAI, OURS, Cell, Paired, Row

HEADINGS = {OURS: "ours", OFFICIAL: "official", BARE: "bare httpx", OPENAI: "openai"}
PAIRED_HEADINGS = {OFFICIAL: "ours vs official", BARE: "ours vs bare", OPENAI: "ours vs openai"}
MISSING = "—"
# Between a range's ends; an en dash, since a hyphen would read as a minus beside a difference.
TO = "\u2013"


def _number(value: float) -> str:
    if value >= 1_000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


class _Footnotes:
    """Numbers each distinct caveat once, so a reason shared by many cells is printed once."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f"[{self.texts.index(text) + 1}]"


def paired_text(row: Row, paired: Paired | None) -> str:
    """``median (min to max)`` of the per-round comparisons: ``1.31x (1.25 to 1.40)`` for a
    ratio, ``+3.4 (+3.1 to +3.9)`` for a difference in the row's unit (``TO`` between ends)."""
    if paired is None:
        return MISSING
    if row.compare == "difference":
        return f"{paired.median:+.1f} ({paired.low:+.1f}{TO}{paired.high:+.1f})"
    return f"{paired.median:.2f}x ({paired.low:.2f}{TO}{paired.high:.2f})"


def _cell_text(name: str, cell: Cell | None, notes: _Footnotes) -> str:
    if cell is None:
        return MISSING
    if cell.unavailable is not None:
        return "n/a " + notes.mark(f"{HEADINGS[name]}: {cell.unavailable}")
    median = cell.median
    text = MISSING if median is None else _number(median)
    if cell.note is not None:
        text += " " + notes.mark(f"{HEADINGS[name]}: {cell.note}")
    return text


def render_table(rows: Sequence[Row]) -> str:
    """Every section's rows in one aligned table, n/a reasons and caveats as footnotes below."""
    notes = _Footnotes()
    header = ["metric", "unit", "better", *HEADINGS.values(), *PAIRED_HEADINGS.values()]
    lines: list[list[str] | str] = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines.append(section)
        metric = row.metric if row.note is None else f"{row.metric} {notes.mark(row.note)}"
        cells = [_cell_text(name, row.cells.get(name), notes) for name in CONTENDERS]
        paired = [paired_text(row, row.paired(name)) for name in PAIRED_HEADINGS]
        better = "higher" if row.higher_is_better else "lower"
        unit = row.unit if row.compare == "ratio" else f"{row.unit}, Δ"
        lines.append(["  " + metric, unit, better, *cells, *paired])

    table_rows = [line for line in lines if isinstance(line, list)]
    widths = [max(len(r[i]) for r in [header, *table_rows]) for i in range(len(header))]

    def fmt(cols: Sequence[str]) -> str:
        # Text columns flush left, figures flush right so their digits line up.
        parts = [
            col.ljust(width) if i < 3 else col.rjust(width)
            for i, (col, width) in enumerate(zip(cols, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [fmt(header), "-" * len(fmt(header))]
    out += [fmt(line) if isinstance(line, list) else line for line in lines]
    if notes.texts:
        out.append("")
        out += [f"[{i}] {text}" for i, text in enumerate(notes.texts, start=1)]
    return "\n".join(out)


def render_header(machine: Mapping[str, str], mode: str) -> str:
    return "\n".join(
        [
            f"OpenRouter SDK benchmarks, {mode} run, {machine['date']}",
            f"machine: {machine['cpu']}, {machine['cores']}, {machine['memory']}; {machine['os']}",
            f"python:  {machine['python']}",
            "sdks:    "
            + "; ".join(machine[key] for key in ("ours", "official", "openai", "httpx")),
            f"fast extra (orjson): {machine['fast']}",
            "Contender columns: the median of each one's rounds, all contenders interleaved in "
            "one run.",
            "'ours vs' columns: ours compared with that contender within each round (ours/theirs;",
            "ours - theirs where the unit says Δ), shown as the median of those per-round "
            f"figures (min{TO}max).",
            "",
        ]
    )


def to_json(
    path: Path, machine: Mapping[str, str], settings: Mapping[str, Any], rows: Sequence[Row]
) -> None:
    """Every sample, not just medians, so a later reader can judge the spread."""
    payload = {
        "machine": dict(machine),
        "settings": dict(settings),
        "rows": [
            {
                "section": row.section,
                "metric": row.metric,
                "unit": row.unit,
                "higher_is_better": row.higher_is_better,
                "note": row.note,
                "compare": row.compare,
                "cells": {
                    name: {
                        "median": cell.median,
                        "samples": cell.samples,
                        "unavailable": cell.unavailable,
                        "note": cell.note,
                    }
                    for name, cell in row.cells.items()
                },
                # Keyed "ours/official" for ratios, "ours-official" for differences.
                "paired": {
                    f"ours{'/' if row.compare == 'ratio' else '-'}{name}": _paired_json(
                        row.paired(name)
                    )
                    for name in PAIRED_HEADINGS
                },
            }
            for row in rows
        ],
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _paired_json(paired: Paired | None) -> dict[str, Any] | None:
    if paired is None:
        return None
    return {
        "median": paired.median,
        "min": paired.low,
        "max": paired.high,
        "per_round": list(paired.per_round),
    }
