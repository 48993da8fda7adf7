"""The shapes every section reports in: one row per metric, one cell per contender."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Final

# Column keys, in table order. "bare" is httpx plus json.loads: the floor any SDK adds to.
OURS: Final = "ours"
OFFICIAL: Final = "official"
BARE: Final = "bare"
OPENAI: Final = "openai"
CONTENDERS: Final = (OURS, OFFICIAL, BARE, OPENAI)


class Unavailable(Exception):
    """A contender cannot be measured here; the message becomes the table's n/a reason."""


def reason_of(exc: BaseException) -> str:
    """A one-line, bounded description of why a contender failed."""
    text = str(exc) if isinstance(exc, Unavailable) else f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "..."


@dataclass
class Cell:
    """One contender's measurement: the samples of every round, or why there are none."""

    samples: list[float] = field(default_factory=list)
    unavailable: str | None = None
    # A caveat printed as a footnote beside the number, e.g. that a time budget cut a round short.
    note: str | None = None

    @property
    def median(self) -> float | None:
        if self.unavailable is not None or not self.samples:
            return None
        return statistics.median(self.samples)

    def fail(self, exc: BaseException) -> None:
        """Mark the cell n/a; the first failure wins because later ones are usually its echo."""
        if self.unavailable is None:
            self.unavailable = reason_of(exc)
        self.samples.clear()


@dataclass
class Row:
    """A metric measured side by side; ratios are always ours divided by the other column."""

    section: str
    metric: str
    unit: str
    higher_is_better: bool
    cells: dict[str, Cell] = field(default_factory=dict)
    note: str | None = None

    def cell(self, contender: str) -> Cell:
        return self.cells.setdefault(contender, Cell())

    def ratio(self, other: str) -> float | None:
        ours = self.cells.get(OURS)
        theirs = self.cells.get(other)
        if ours is None or theirs is None:
            return None
        a, b = ours.median, theirs.median
        if a is None or b is None or b == 0:
            return None
        return a / b
