"""Every operation the official Python SDK exposes has a function here.

The official ids are read straight from the installed ``openrouter`` package's source (each
method names its ``operation_id`` when it builds its hook context), independently of
``codegen/supplement``, and compared with the ``OPERATION`` table of every function module.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import openrouter_funcs

openrouter = pytest.importorskip("openrouter")


def official_operation_ids() -> set[str]:
    root = Path(openrouter.__file__).parent
    ids: set[str] = set()
    for path in root.glob("*.py"):
        ids.update(re.findall(r'operation_id="([^"]+)"', path.read_text(encoding="utf-8")))
    return ids


def our_operation_ids() -> set[str]:
    ids = set()
    for module_info in pkgutil.iter_modules(openrouter_funcs.__path__):
        module = importlib.import_module(f"openrouter_funcs.{module_info.name}")
        operation = getattr(module, "OPERATION", None)
        if operation is not None:
            ids.add(operation.operation_id)
    return ids


def test_every_official_operation_has_a_function() -> None:
    official = official_operation_ids()
    assert len(official) >= 138  # 1.3.84; a smaller number means the scan broke
    missing = sorted(official - our_operation_ids())
    assert not missing, f"no function for {missing}; run `python -m codegen.supplement`"
