"""The checkouts a before/after run compares: a folder as given, or a git revision checked out.

A revision gets a detached ``git worktree`` under a temporary folder, removed when the run
ends, so a branch someone is working on is read but never written (not even its
``__pycache__``). A folder is used in place.
"""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# What makes a folder a checkout of this project.
PACKAGES = ("openrouter_core", "openrouter_funcs")


@dataclass(frozen=True)
class Source:
    """What the user named: ``label`` as typed, and either a folder or a commit."""

    label: str
    path: Path | None = None
    commit: str | None = None


class NotACheckout(ValueError):
    """The argument is neither a checkout folder nor a revision git knows."""


def is_checkout(path: Path) -> bool:
    """Whether ``path`` is a folder holding both of the project's packages."""
    return all((path / package / "__init__.py").is_file() for package in PACKAGES)


def resolve(spec: str, repo: Path) -> Source:
    """A folder if ``spec`` names a checkout folder, else the commit git resolves it to.

    A folder wins over a revision of the same name; a folder that is not a checkout is an
    error rather than falling through to git, which would only confuse the message.
    """
    as_path = Path(spec).expanduser()
    if as_path.is_dir():
        if not is_checkout(as_path):
            missing = [p for p in PACKAGES if not (as_path / p / "__init__.py").is_file()]
            raise NotACheckout(f"{spec}: a folder without {', '.join(missing)}")
        return Source(spec, path=as_path.resolve())
    proc = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    commit = proc.stdout.strip()
    if proc.returncode != 0 or not commit:
        raise NotACheckout(f"{spec}: neither a checkout folder nor a revision of {repo}")
    return Source(spec, commit=commit)


def describe(source: Source, repo: Path) -> str:
    """One line for the report: the folder, or the short commit and its subject."""
    if source.commit is None:
        return f"{source.label}: folder {source.path}"
    proc = subprocess.run(
        ["git", "-C", str(repo), "log", "-1", "--format=%h %s", source.commit],
        capture_output=True,
        text=True,
        check=False,
    )
    subject = proc.stdout.strip()
    return f"{source.label}: {subject[:100]}" if subject else f"{source.label}: {source.commit}"


@contextlib.contextmanager
def checkouts(sources: Sequence[Source], repo: Path) -> Iterator[list[Path]]:
    """The folder of each source, adding (and at the end removing) worktrees for commits."""
    with tempfile.TemporaryDirectory(prefix="before-after-") as tmp:
        added: list[Path] = []
        try:
            folders = []
            for index, source in enumerate(sources):
                if source.path is not None:
                    folders.append(source.path)
                    continue
                assert source.commit is not None
                folder = Path(tmp) / f"side{index}-{source.commit[:10]}"
                _git(repo, "worktree", "add", "--detach", "--quiet", str(folder), source.commit)
                added.append(folder)
                folders.append(folder)
            yield folders
        finally:
            for folder in added:
                _git(repo, "worktree", "remove", "--force", str(folder))
            if added:
                _git(repo, "worktree", "prune")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)
