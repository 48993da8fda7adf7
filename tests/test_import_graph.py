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


# --- layers: no module imports a layer above its own ---------------------------------------

#: The runtime's layers, lowest first; a module may import its own layer and those below.
#: A name ending in ``.*`` stands for every module under that package. Each layer says why
#: its modules sit where they do where the order is not the obvious one.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "leaf utilities: import nothing of the runtime but each other",
        frozenset(
            {
                "_alias", "_async_runtime", "_causes", "_clock", "_datetimes",
                "_deadline_backend", "_deadline_install", "_deadlines", "_deferred_close",
                "_inflate", "_json", "_masking", "_release", "_request_shortcut",
                "_stream_watch", "_unset", "_version", "_with_blocks",
                "_async_deadline_backend", "_sync_deadline_backend",
                "_async_stream_watch", "_sync_stream_watch",
            }
        ),
    ),
    (
        # errors and the models share a layer: an error's .data is typed by a model of its
        # body, and the codec raises SDKValidationError.
        "data: the models, their codec and the errors",
        frozenset(
            {
                "errors", "models", "models.*", "dicts", "dicts.*", "_codec",
                "_codec.*", "_encoding", "_unencodable",
            }
        ),
    ),
    (
        # The ledger and the limiter are here, below the core, because a core is configured
        # with them (it checks their type and runs their hooks); they never call the core.
        "what a call is and runs with: operations, options, retries, hooks, the context",
        frozenset(
            {
                "_operation", "_hooks", "_retries", "_call_context",
                "_closing", "_response_info", "_ledger", "_limiter",
            }
        ),
    ),
    ("the core", frozenset({"_core"})),
    (
        "building a request and reading a response, bodies and event streams included",
        frozenset(
            {
                "_inputs", "_multipart", "_request", "_responses", "_transport_errors",
                "_limits", "_sse", "_async_event_reading", "_sync_event_reading",
            }
        ),
    ),
    (
        # Below the pipeline, not above it: the pipeline hands a streamed body to the caller
        # as the stream object, so it imports streams; streams and pages never call it.
        "streams, pages and their accumulation",
        frozenset({"streams", "pagination", "accumulate"}),
    ),
    ("the pipeline: the exchange and its two drivers", frozenset({"_exchange", "_pipeline"})),
    (
        "public helpers built on calls",
        frozenset(
            {
                "_fallbacks", "_generation_stats", "oauth", "serverless", "_dump", "_text",
                "httpx2_transport", "_fallback_run", "_async_fallback_calls",
                "_sync_fallback_calls", "_generation_waits", "_async_generation_stats",
                "_sync_generation_stats",
            }
        ),
    ),
    (
        "the offline stand-in, cassettes and the pytest plugin",
        frozenset(
            {
                "testing", "pytest_plugin", "_cassettes", "_cassette_matching",
                "_cassette_documents", "_redaction", "_faults", "_routes", "_httpx_mock",
                "_generated", "_generated.*",
            }
        ),
    ),
    ("the package's public surface", frozenset({""})),
)  # fmt: skip


def layer_of(module: str, layers: tuple[tuple[str, frozenset[str]], ...] = LAYERS) -> int | None:
    """The index of ``module``'s layer (a name relative to the package), or None."""
    for index, (_, names) in enumerate(layers):
        if module in names or any(
            name.endswith(".*") and module.startswith(name[:-1]) for name in names
        ):
            return index
    return None


def upward_imports(
    graph: dict[str, set[str]], layers: tuple[tuple[str, frozenset[str]], ...] = LAYERS
) -> list[str]:
    """``importer -> imported`` for each import of a module in a higher layer."""
    root = PACKAGE.name

    def relative(name: str) -> str:
        return name.removeprefix(root).removeprefix(".")

    found = []
    for importer, imported in sorted(graph.items()):
        own = layer_of(relative(importer), layers)
        for module in sorted(imported):
            theirs = layer_of(relative(module), layers)
            if own is not None and theirs is not None and theirs > own:
                found.append(f"{relative(importer)} -> {relative(module)}")
    return found


def test_every_module_has_a_layer() -> None:
    root = PACKAGE.name
    unplaced = [
        name
        for name in sorted(import_graph())
        if layer_of(name.removeprefix(root).removeprefix(".")) is None
    ]
    assert unplaced == [], "add each new module to a layer in LAYERS"


def test_upward_imports_are_found() -> None:
    layers = (("low", frozenset({"a", "models.*"})), ("high", frozenset({"b"})))
    graph = {f"{PACKAGE.name}.a": {f"{PACKAGE.name}.b"}, f"{PACKAGE.name}.models.x": set()}
    assert upward_imports(graph, layers) == ["a -> b"]
    assert layer_of("models.x", layers) == 0


def test_no_module_imports_a_layer_above_its_own() -> None:
    assert upward_imports(import_graph()) == []
