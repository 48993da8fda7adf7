"""Running fresh Python processes that can import this repository's packages."""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks._payloads import REPO_ROOT
from benchmarks._results import Unavailable


def child_env() -> dict[str, str]:
    """The parent's environment with the repository on the path and bytecode caching on.

    Our packages import from the working tree even where an editable install is missing; the
    same extra path entry is given to every contender so none starts differently.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    # pip compiled the installed SDKs' bytecode at install time; our editable working tree
    # only gets .pyc files if the untimed warm-up run may write them. Without this, a shell
    # with PYTHONDONTWRITEBYTECODE set would charge every cold start of ours a full compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_python(args: list[str], timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` from the repository root; Unavailable (with its error) if it fails."""
    try:
        proc = subprocess.run(
            [sys.executable, *args],
            cwd=REPO_ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise Unavailable(f"child process timed out after {timeout_s:g} s") from exc
    if proc.returncode != 0:
        raise Unavailable(f"child exited {proc.returncode}: {last_error_line(proc.stderr)}")
    return proc


def last_error_line(stderr: str) -> str:
    """The line of a child's stderr that names its error (importtime chatter skipped)."""
    lines = [
        line for line in stderr.splitlines() if line.strip() and not line.startswith("import time:")
    ]
    return lines[-1].strip() if lines else "(no output)"
