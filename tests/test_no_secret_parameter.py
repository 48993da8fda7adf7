"""The credential travels with the attempt, never as a parameter threaded through functions.

Each attempt carries the credential it sent (``_call_context.Attempt.credential``, a masked
``Secret``), and everything that masks what the server echoes reads it from the attempt. A parameter named ``secret``
(or typed ``Secret``) passed from function to function is what this replaced: nineteen
functions in five modules had one, and a new code path could forget to pass it along.
"""

from __future__ import annotations

import ast
from pathlib import Path

import openrouter_core

PACKAGE = Path(openrouter_core.__file__).parent

#: The one function that takes a Secret: the constructor of the attempt that carries it.
HOLDER = ("_call_context.py", "Attempt.__init__")


def _names(annotation: ast.expr | None) -> set[str]:
    if annotation is None:
        return set()
    return {node.id for node in ast.walk(annotation) if isinstance(node, ast.Name)} | {
        node.value
        for node in ast.walk(annotation)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def secret_parameters(source: str, filename: str) -> list[str]:
    """``function(parameter)`` for each parameter named ``secret`` or typed as a Secret."""
    found = []
    tree = ast.parse(source)
    owner = {
        id(item): f"{node.name}."
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for item in node.body
    }
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        name = owner.get(id(node), "") + getattr(node, "name", "<lambda>")
        args = node.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is None:
                continue
            typed_secret = any("Secret" in text.split(" | ") for text in _names(arg.annotation))
            if arg.arg == "secret" or (typed_secret and (filename, name) != HOLDER):
                found.append(f"{filename}: {name}({arg.arg})")
    return found


def test_the_scan_finds_a_threaded_secret() -> None:
    threaded = (
        "def read(response, secret: Secret | None): ...\n"
        "def mask(text, key: 'Secret | None'): ...\n"
        "class Stream:\n"
        "    def __init__(self, credential: Secret): ...\n"
    )
    assert secret_parameters(threaded, "x.py") == [
        "x.py: read(secret)",
        "x.py: mask(key)",
        "x.py: Stream.__init__(credential)",
    ]
    assert secret_parameters(threaded.replace("Stream", "Attempt"), "_call_context.py") == [
        "_call_context.py: read(secret)",
        "_call_context.py: mask(key)",
    ]


def test_no_function_takes_the_secret_as_a_parameter() -> None:
    found = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        for hit in secret_parameters(
            path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE))
        )
    ]
    assert found == []
