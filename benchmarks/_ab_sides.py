"""Running one checkout of a before/after run: fresh processes, a worker, callgrind.

Every process of a side starts from that side's folder with ``PYTHONPATH`` set to it alone,
so ``openrouter_core`` and ``openrouter_funcs`` come from the checkout and not from the venv's
editable install (which ``verify_imports`` proves by the modules' ``__file__``). The probes
run from this tool's own ``probes`` folder, the same scripts for every side.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from benchmarks.cold_start import PROBE as COLD_PROBE

WORKER = Path(__file__).resolve().parent / "probes" / "ab_worker.py"
IMPORTED = "openrouter_funcs.chat_send"
# Like `python -m benchmarks`'s import row (the clock starts once the interpreter is up), with
# the CPU clock beside the wall clock.
_IMPORT_CODE = (
    "import time; t = time.perf_counter(); c = time.process_time(); "
    f"import {IMPORTED}; "
    "print((time.perf_counter() - t) * 1e3, (time.process_time() - c) * 1e3)"
)
_FILES_CODE = (
    "import json, openrouter_core, openrouter_funcs.chat_send as m; "
    "print(json.dumps({'openrouter_core': openrouter_core.__file__, "
    "'openrouter_funcs.chat_send': m.__file__}))"
)


class SideFailed(RuntimeError):
    """A side's process failed; the message carries the last line of its stderr."""


@dataclass(frozen=True)
class Side:
    """One checkout under test: its letter in the report, what was asked for, its folder."""

    letter: str
    spec: str
    folder: Path

    def env(self, hash_seed: str | None = None) -> dict[str, str]:
        """The environment of every process of this side.

        Bytecode writing is switched back on (a shell may have PYTHONDONTWRITEBYTECODE set):
        the untimed first runs write the checkout's .pyc files, so every timed start is warm.
        """
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = str(self.folder)
        if hash_seed is not None:
            env["PYTHONHASHSEED"] = hash_seed
        return env

    def run(self, args: list[str], timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
        """``python ARGS`` in this side's folder and environment; SideFailed if it fails."""
        proc = subprocess.run(
            [sys.executable, *args],
            cwd=self.folder,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
        if proc.returncode != 0:
            raise SideFailed(f"{self.letter}: exited {proc.returncode}: {_last_line(proc.stderr)}")
        return proc


def verify_imports(side: Side) -> dict[str, str]:
    """The files the side's packages load from; SideFailed unless all are in its folder."""
    files: dict[str, str] = json.loads(side.run(["-c", _FILES_CODE]).stdout)
    for module, file in files.items():
        if not Path(file).resolve().is_relative_to(side.folder.resolve()):
            raise SideFailed(f"{side.letter}: {module} loads from {file}, not {side.folder}")
    return files


def import_ms(side: Side) -> dict[str, float]:
    """Importing chat_send in a fresh process, by its own clocks once it is up: wall ms
    (``import``) and CPU ms (``import_cpu``)."""
    proc = side.run(["-c", _IMPORT_CODE])
    wall, cpu = proc.stdout.split()[-2:]
    return {"import": float(wall), "import_cpu": float(cpu)}


def cold_ms(side: Side, api_url: str) -> dict[str, float]:
    """A fresh process's wall ms from spawn to its first credits Result (``cold``), and the
    CPU ms it used from start to exit (``cold_cpu``, user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = side.run([str(COLD_PROBE), "ours", api_url], timeout_s=60)
    # Only children that were waited for count, and the probe is the one run just now: the
    # loopback server and the workers are alive, so not yet counted.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    answered_at = float(proc.stdout.split()[-2])
    cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cold": (answered_at - start) * 1e3, "cold_cpu": cpu_s * 1e3}


class Worker:
    """A side's long-lived process for the in-process metrics (``probes/ab_worker.py``)."""

    def __init__(self, side: Side, payloads: list[Path]) -> None:
        self.side = side
        self._proc = subprocess.Popen(
            [sys.executable, str(WORKER), *map(str, payloads)],
            cwd=side.folder,
            env=side.env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.ready: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        stdout: IO[str] | None = self._proc.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            self.close()
            raise SideFailed(f"{self.side.letter}: worker ended: {self._stderr_tail()}")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise SideFailed(f"{self.side.letter}: {reply['error']}")
        return reply

    def measure(self, metric: str, n: int) -> float:
        """One sample of ``metric`` over ``n`` calls (µs/call) or streams (chunks/s)."""
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps({"metric": metric, "n": n}) + "\n")
        self._proc.stdin.flush()
        return float(self._read()["value"])

    def close(self) -> None:
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def _stderr_tail(self) -> str:
        assert self._proc.stderr is not None
        return _last_line(self._proc.stderr.read())


def callgrind_instructions(side: Side, args: list[str]) -> int:
    """Instructions callgrind counts for ``python ARGS`` (hash seed fixed, so runs repeat).

    The same command runs once without valgrind first, so that no count includes compiling
    a module whose .pyc file no earlier run had written.
    """
    side.run(args)
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, *args],
        cwd=side.folder,
        env=side.env(hash_seed="0"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SideFailed(f"{side.letter}: callgrind: {_last_line(proc.stderr)}")
    return int(found.group(1))


def _last_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no output)"


def callgrind_worker(side: Side, payloads: list[Path], commands: list[str]) -> int:
    """Instructions of a worker that starts, warms up, runs ``commands`` (``METRIC=N``)
    and exits. Every command starts with a full garbage collection, so the floor to take off
    is a run of ``credits=0``: the start, the warm-up and one collection."""
    return callgrind_instructions(side, [str(WORKER), *map(str, payloads), *commands])
