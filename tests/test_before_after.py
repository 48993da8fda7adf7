"""The untimed parts of ``python -m benchmarks.before_after``: ratios, medians, verdicts, and
which checkout a ``--before`` / ``--after`` argument names."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks._ab_checkouts import NotACheckout, Source, checkouts, is_checkout, resolve
from benchmarks._ab_sides import Side
from benchmarks._ab_stats import (
    FASTER,
    SLOWER,
    TOO_FEW,
    WITHIN_NOISE,
    compare,
    median_interval,
    ratios,
    verdict,
)
from benchmarks.before_after import _rotated


def test_ratios_pair_rounds_in_order() -> None:
    assert ratios([2.0, 4.0], [3.0, 2.0]) == [1.5, 0.5]


def test_ratios_refuse_unpaired_or_zero_samples() -> None:
    with pytest.raises(ValueError, match="2 samples before but 1 after"):
        ratios([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="not positive"):
        ratios([0.0], [1.0])


@pytest.mark.parametrize(
    ("n", "expected"),
    # The textbook 95% intervals of the median (1-based ranks j and n + 1 - j).
    [(6, (1, 6)), (10, (2, 9)), (15, (4, 12)), (20, (6, 15)), (40, (14, 27)), (100, (40, 61))],
)
def test_median_interval_matches_the_binomial_table(n: int, expected: tuple[int, int]) -> None:
    values = [float(v) for v in range(n, 0, -1)]  # unsorted on purpose
    assert median_interval(values) == expected


def test_median_interval_of_too_few_values_is_the_whole_range() -> None:
    assert median_interval([3.0, 1.0, 2.0]) == (1.0, 3.0)


def test_compare_gives_medians_ratio_spread_and_rounds() -> None:
    before = [10.0] * 9
    after = [10.0, 11.0, 9.0, 10.5, 10.0, 9.5, 10.0, 12.0, 10.0]
    result = compare(before, after, higher_is_better=False)
    assert result.median_before == 10.0
    assert result.median_after == 10.0
    assert result.ratio == 1.0
    assert (result.ratio_min, result.ratio_max) == (0.9, 1.2)
    assert result.rounds == 9
    assert result.verdict == WITHIN_NOISE


def test_a_clear_slowdown_in_time_is_slower_and_in_throughput_too() -> None:
    before = [100.0] * 20
    slower_time = [110.0 + i % 3 for i in range(20)]
    assert compare(before, slower_time, higher_is_better=False).verdict == SLOWER
    assert compare(before, slower_time, higher_is_better=True).verdict == FASTER
    lower_rate = [90.0 - i % 3 for i in range(20)]
    assert compare(before, lower_rate, higher_is_better=True).verdict == SLOWER
    assert compare(before, lower_rate, higher_is_better=False).verdict == FASTER


def test_an_interval_holding_one_is_within_noise_however_far_the_median() -> None:
    assert verdict(1.2, (0.99, 1.4), higher_is_better=False, tolerance=0.03) == WITHIN_NOISE
    assert verdict(0.8, (0.7, 1.01), higher_is_better=False, tolerance=0.03) == WITHIN_NOISE


def test_a_proven_shift_under_the_tolerance_is_within_noise() -> None:
    assert verdict(1.02, (1.01, 1.03), higher_is_better=False, tolerance=0.03) == WITHIN_NOISE
    assert verdict(1.04, (1.01, 1.05), higher_is_better=False, tolerance=0.03) == SLOWER
    assert verdict(0.96, (0.95, 0.99), higher_is_better=False, tolerance=0.03) == FASTER


def test_under_six_rounds_there_is_no_verdict() -> None:
    result = compare([1.0] * 5, [2.0] * 5, higher_is_better=False)
    assert result.verdict == TOO_FEW


def test_rotation_gives_every_side_every_place() -> None:
    sides = [Side(letter, letter, Path("/")) for letter in "ABC"]
    orders = ["".join(s.letter for s in _rotated(sides, i)) for i in range(4)]
    assert orders == ["ABC", "BCA", "CAB", "ABC"]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository of two commits whose tree is a (tiny) checkout of the project."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    for package in ("openrouter_core", "openrouter_funcs"):
        (repo / package).mkdir()
        (repo / package / "__init__.py").write_text("")
    for message in ("first", "second"):
        (repo / "NOTE").write_text(message)
        _git(repo, "add", ".")
        _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", message)
    return repo


def test_a_checkout_folder_resolves_to_itself(repo: Path) -> None:
    assert resolve(str(repo), repo) == Source(str(repo), path=repo.resolve())


def test_a_folder_that_is_not_a_checkout_is_refused(repo: Path, tmp_path: Path) -> None:
    (tmp_path / "other" / "openrouter_core").mkdir(parents=True)
    (tmp_path / "other" / "openrouter_core" / "__init__.py").write_text("")
    with pytest.raises(NotACheckout, match="a folder without openrouter_funcs"):
        resolve(str(tmp_path / "other"), repo)


def test_a_revision_resolves_to_its_full_commit(repo: Path) -> None:
    first = _git(repo, "rev-parse", "HEAD~1")
    assert resolve("HEAD~1", repo) == Source("HEAD~1", commit=first)
    assert resolve(first[:7], repo).commit == first


def test_an_unknown_revision_is_refused(repo: Path) -> None:
    with pytest.raises(NotACheckout, match="neither a checkout folder nor a revision"):
        resolve("no-such-branch", repo)


def test_revisions_get_temporary_worktrees_that_are_removed(repo: Path) -> None:
    first = resolve("HEAD~1", repo)
    folder = Source(str(repo), path=repo)
    with checkouts([first, folder, first], repo) as folders:
        assert folders[1] == repo
        assert folders[0] != folders[2]  # the same revision twice: two checkouts (an A/A run)
        for made in (folders[0], folders[2]):
            assert is_checkout(made)
            assert (made / "NOTE").read_text() == "first"
    assert not folders[0].exists()
    assert _git(repo, "worktree", "list").count("\n") == 0  # only the main worktree is left
