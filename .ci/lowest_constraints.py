"""Print pip constraints pinning each runtime dependency to the lowest version it allows.

CI installs the project with these so the suite also runs against the floors that
``pyproject.toml`` promises (a floor nobody tests is a guess).
"""

from __future__ import annotations

import re
import sys

import tomllib  # 3.11+: CI runs this script with its newest Python


def lowest_pins(pyproject_path: str) -> list[str]:
    with open(pyproject_path, "rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    pins = []
    for requirement in dependencies:
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)[^;]*?>=\s*([0-9][^,;\s]*)", requirement)
        if match is None:
            raise SystemExit(f"no lower bound to pin in {requirement!r}")
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


if __name__ == "__main__":
    print("\n".join(lowest_pins(sys.argv[1])))
