"""The hand-written layer of ``openrouter_funcs`` stays in small pieces a reader can hold.

Issue 22's limits for hand-written runtime modules: no function over 60 lines and no module
over 600 lines (a module that grows past it is split by job). The generated modules beside
them say so in their first line and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import openrouter_funcs

PACKAGE = Path(openrouter_funcs.__file__).parent
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 600


def hand_written() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.glob("*.py")
        if "do not edit" not in path.read_text(encoding="utf-8").split("\n", 1)[0]
    )


def test_the_layer_is_found() -> None:
    names = {path.stem for path in hand_written()}
    assert {"call_model", "run_many", "batches", "tools"} <= names
    assert "chat_send" not in names


@pytest.mark.parametrize("path", hand_written(), ids=lambda path: path.name)
def test_no_long_functions_or_modules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n") + (not text.endswith("\n"))
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == [], f"{path.name}: {', '.join(long)}"
