"""No two modules of the runtime import each other, however indirectly.

An import circle makes a module's meaning depend on which one is imported first, and forces
imports into functions to dodge it. Every import counts here, including those inside functions
and under ``TYPE_CHECKING``: a circle hidden that way is still one module needing the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import openrouter_core

PACKAGE = Path(openrouter_core.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports (the package root aside,
    since every submodule is imported through it)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
        graph[module_name(path)] = imported
    root = PACKAGE.name
    return {name: {m for m in deps if m in graph and m != root} for name, deps in graph.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as the list of modules along it, or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        # A depth-first walk; ``path`` is the chain of imports from ``start`` to here.
        path, on_path = [start], {start}
        stack = [(start, iter(sorted(graph[start])))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif child in on_path:
                return [*path[path.index(child) :], child]
            elif child not in done:
                stack.append((child, iter(sorted(graph[child]))))
                path.append(child)
                on_path.add(child)
    return None


def test_the_graph_sees_the_stream_modules() -> None:
    graph = import_graph()
    assert "openrouter_core._sse" in graph["openrouter_core.streams"]
    assert "openrouter_core.streams" in graph["openrouter_core._pipeline"]


def test_find_cycle_finds_a_circle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_no_module_imports_itself_through_others() -> None:
    assert find_cycle(import_graph()) is None
