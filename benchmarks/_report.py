"""The one table on stdout, and the same figures with every sample as JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks._results import BARE, CONTENDERS, OFFICIAL, OPENAI, OURS, Cell, Row

HEADINGS = {OURS: "ours", OFFICIAL: "official", BARE: "bare httpx", OPENAI: "openai"}
RATIO_HEADINGS = {OFFICIAL: "ours/official", BARE: "ours/bare", OPENAI: "ours/openai"}
MISSING = "—"


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
    header = ["metric", "unit", "better", *HEADINGS.values(), *RATIO_HEADINGS.values()]
    lines: list[list[str] | str] = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines.append(section)
        metric = row.metric if row.note is None else f"{row.metric} {notes.mark(row.note)}"
        cells = [_cell_text(name, row.cells.get(name), notes) for name in CONTENDERS]
        ratios = []
        for name in RATIO_HEADINGS:
            ratio = row.ratio(name)
            ratios.append(MISSING if ratio is None else f"{ratio:.2f}x")
        better = "higher" if row.higher_is_better else "lower"
        lines.append(["  " + metric, row.unit, better, *cells, *ratios])

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
            "Each figure is the median of its rounds, all contenders interleaved in one run; "
            "ratios are ours divided by that column.",
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
                "cells": {
                    name: {
                        "median": cell.median,
                        "samples": cell.samples,
                        "unavailable": cell.unavailable,
                        "note": cell.note,
                    }
                    for name, cell in row.cells.items()
                },
                "ratios": {f"ours/{name}": row.ratio(name) for name in RATIO_HEADINGS},
            }
            for row in rows
        ],
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
