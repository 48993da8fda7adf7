"""The arithmetic of a paired before/after run: per-round ratios, their median, and a verdict.

Pure functions over lists of samples, so they are unit-tested (tests/test_before_after.py)
while the timing itself is not.

The noise rule. Each round measures both sides back to back, so a round's ratio B/A cancels
what the machine was doing at that moment; what is left varies from round to round. The
figure is the median of the per-round ratios, and its 95% confidence interval comes from the
order statistics of those ratios (distribution-free: the median lies between the k-th smallest
and the k-th largest ratio with probability >= 95%, k from the binomial distribution). A side is

- ``slower`` if the whole interval is on the worse side of 1 AND the median is worse than 1 by
  more than the tolerance (3% unless ``--tolerance`` says otherwise);
- ``faster`` likewise on the better side;
- ``within noise`` otherwise: the interval holds 1, or the shift it proves is under the
  tolerance;
- ``too few rounds to tell`` under six rounds, where no interval reaches 95%.

The tolerance is there because an A/A run (one checkout against itself) shows shifts of a
percent or two that an interval alone would call real: which process got which core, its
memory layout, its hash seed. The A/A figures in the closing note calibrate it.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

WITHIN_NOISE = "within noise"
FASTER = "faster"
SLOWER = "slower"
TOO_FEW = "too few rounds to tell"
# Below this many rounds no order statistic gives a 95% interval of the median.
MIN_ROUNDS = 6
DEFAULT_TOLERANCE = 0.03
CONFIDENCE = 0.95


def ratios(before: Sequence[float], after: Sequence[float]) -> list[float]:
    """Per-round ratios after / before; the two lists hold one sample per round, in order."""
    if len(before) != len(after):
        raise ValueError(f"{len(before)} samples before but {len(after)} after")
    if any(value <= 0 for value in before):
        raise ValueError("a before sample is not positive; a ratio to it means nothing")
    return [b / a for a, b in zip(before, after, strict=True)]


def median_interval(values: Sequence[float], confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The distribution-free confidence interval of the median of ``values``.

    The k-th smallest and k-th largest values, for the largest k whose coverage
    ``1 - 2 * P(Binomial(n, 1/2) < k)`` is still at least ``confidence``. With fewer than six
    values no k reaches 95%, and the interval is the whole range.
    """
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("no values")
    # With 0-based index k, [ordered[k], ordered[n - 1 - k]] covers the median with
    # probability 1 - 2 * P(Binomial(n, 1/2) <= k).
    k = 0
    below = 1 / 2**n  # P(Binomial(n, 1/2) <= 0)
    for candidate in range(1, n // 2):
        below += math.comb(n, candidate) / 2**n
        if 1 - 2 * below < confidence:
            break
        k = candidate
    return ordered[k], ordered[n - 1 - k]


@dataclass(frozen=True)
class Comparison:
    """One metric, one side against the baseline: medians, ratio figures and the verdict."""

    median_before: float
    median_after: float
    ratio: float  # median of the per-round ratios after / before
    ratio_min: float
    ratio_max: float
    interval: tuple[float, float]
    verdict: str
    rounds: int


def compare(
    before: Sequence[float],
    after: Sequence[float],
    higher_is_better: bool,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Comparison:
    """The comparison of paired samples, with the verdict of the module's noise rule."""
    per_round = ratios(before, after)
    if not per_round:
        raise ValueError("no rounds")
    ratio = statistics.median(per_round)
    low, high = median_interval(per_round)
    return Comparison(
        median_before=statistics.median(before),
        median_after=statistics.median(after),
        ratio=ratio,
        ratio_min=min(per_round),
        ratio_max=max(per_round),
        interval=(low, high),
        verdict=verdict(ratio, (low, high), higher_is_better, tolerance, len(per_round)),
        rounds=len(per_round),
    )


def verdict(
    ratio: float,
    interval: tuple[float, float],
    higher_is_better: bool,
    tolerance: float,
    rounds: int = MIN_ROUNDS,
) -> str:
    """``slower``, ``faster`` or ``within noise`` for a median ratio after / before.

    ``interval`` is the 95% interval of the median ratio over ``rounds`` rounds; under
    ``MIN_ROUNDS`` rounds there is no such interval, and the verdict says so.
    """
    low, high = interval
    if rounds < MIN_ROUNDS:
        return TOO_FEW
    if low > 1 and ratio > 1 + tolerance:
        return FASTER if higher_is_better else SLOWER
    if high < 1 and ratio < 1 - tolerance:
        return SLOWER if higher_is_better else FASTER
    return WITHIN_NOISE


def rule_text(tolerance: float) -> str:
    """The noise rule in one sentence, for the report."""
    return (
        f"verdict: slower/faster only if the {CONFIDENCE:.0%} interval of the median per-round "
        f"ratio excludes 1 AND the median differs from 1 by more than {tolerance:.0%}; "
        "otherwise within noise"
    )
