"""The shapes every section reports in: one row per metric, one cell per contender."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Final, Literal

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


@dataclass(frozen=True)
class Paired:
    """Ours against one other contender, compared within each round, then summarised.

    A noisy machine slows whole stretches of a run; two contenders measured back to back in
    the same round share most of that slowdown, so the figure of each round compares like
    with like, and the spread of those figures says how far to trust their median.
    """

    per_round: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.per_round)

    @property
    def low(self) -> float:
        return min(self.per_round)

    @property
    def high(self) -> float:
        return max(self.per_round)


@dataclass
class Row:
    """A metric measured side by side, and ours compared with each other column round by round.

    ``compare`` is "ratio" (ours divided by the other; for times and throughputs) or
    "difference" (ours minus the other, in ``unit``; for memory, where a fixed overhead is what
    a user pays and a ratio would depend on how much the baseline happens to hold).
    """

    section: str
    metric: str
    unit: str
    higher_is_better: bool
    cells: dict[str, Cell] = field(default_factory=dict)
    note: str | None = None
    compare: Literal["ratio", "difference"] = "ratio"

    def cell(self, contender: str) -> Cell:
        return self.cells.setdefault(contender, Cell())

    def paired(self, other: str) -> Paired | None:
        """Ours against ``other`` per round, or None if either has no full set of rounds.

        ``interleave`` gives each working contender exactly one sample per round and clears a
        contender that fails, so equal-length sample lists are aligned round by round.
        """
        ours = self.cells.get(OURS)
        theirs = self.cells.get(other)
        if ours is None or theirs is None or ours.median is None or theirs.median is None:
            return None
        if len(ours.samples) != len(theirs.samples):
            return None
        pairs = zip(ours.samples, theirs.samples, strict=True)
        if self.compare == "difference":
            return Paired(tuple(a - b for a, b in pairs))
        if any(b == 0 for b in theirs.samples):
            return None
        return Paired(tuple(a / b for a, b in pairs))
