"""Hand-written runtime modules stay small enough to read: at most 600 lines, functions at most 60.

A module past a few hundred lines usually holds two jobs, and a function past a screen holds
several steps that want names of their own (the exchange's drivers, split into one helper per
action, are the example). Generated modules (``models/``, ``dicts/``, ``_generated/``) are
outside the rule: they are read through the spec they come from.
"""

from __future__ import annotations

import ast
from pathlib import Path

import openrouter_core

PACKAGE = Path(openrouter_core.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

#: Generated code has no such limits (a model module is as long as its schema).
GENERATED_FOLDERS = ("models", "dicts", "_generated")


def oversized(source: str) -> list[str]:
    """What in ``source`` is over a limit: the module's length, and each long function."""
    found = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"{lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{node.name}() {length} lines")
    return found


def hand_written() -> list[Path]:
    """The runtime's hand-written modules, subpackages such as the codec included."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in GENERATED_FOLDERS
        and "do not edit" not in path.read_text(encoding="utf-8")[:300]
    )


def test_the_check_sees_long_functions() -> None:
    body = "\n".join(f"    x = {i}" for i in range(60))
    assert oversized(f"def long():\n{body}\n") == ["long() 61 lines"]
    assert oversized(f"def fits():\n{body[: body.rindex(chr(10))]}\n") == []


def test_no_hand_written_module_is_oversized() -> None:
    found = {
        str(path.relative_to(PACKAGE)): problems
        for path in hand_written()
        if (problems := oversized(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_codec_package_is_checked() -> None:
    assert (PACKAGE / "_codec" / "readers.py") in hand_written()
    assert not any(path.parts[-2] == "models" for path in hand_written())
