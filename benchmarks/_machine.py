"""What the numbers were taken on: machine, interpreter, package versions, date."""

from __future__ import annotations

import datetime
import importlib.util
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from benchmarks._payloads import REPO_ROOT


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or platform.machine() or "unknown"


def _memory_gib() -> str:
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _our_revision() -> str:
    try:
        proc = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return proc.stdout.strip()


def _fast_extra() -> str:
    """Whether the ``fast`` extra (orjson) is present, which changes how bodies are decoded.

    The default install is the headline configuration, so a run with orjson says so loudly.
    """
    if importlib.util.find_spec("orjson") is None:
        return "not installed (default install: bodies and events decode with json)"
    return (
        f"INSTALLED (orjson {_version('orjson')}): not the default install; "
        "the headline figures are the default install's"
    )


def machine_info() -> dict[str, str]:
    """Facts for the report header, in display order."""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cores": f"{os.cpu_count()} logical",
        "memory": _memory_gib(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "ours": f"openrouter-funcs {_version('openrouter-funcs')} (git {_our_revision()})",
        "official": f"openrouter {_version('openrouter')}",
        "openai": f"openai {_version('openai')}",
        "httpx": f"httpx {_version('httpx')}",
        "fast": _fast_extra(),
    }
