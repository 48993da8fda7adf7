"""``openrouter_funcs/__init__.py``: every function by name, each module imported on first use.

``from openrouter_funcs import chat_send`` gives the function and ``dir(openrouter_funcs)``
lists them all, yet importing the package loads no function module: a module
``__getattr__`` imports ``openrouter_funcs.<module>`` when one of its names is first asked
for. The ``.pyi`` beside it tells type checkers where each name comes from.

The hand-written layer above the functions (``tools``, ``structured_output``, ``call_model``,
...) is listed the same way: every public module of ``openrouter_funcs`` that the generator
did not write gives all the names of its ``__all__``, classes included.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from codegen.render import GENERATED_MARK

_ALL = re.compile(r"^__all__ = \[(.*?)^\]", re.S | re.M)
GENERATED = "# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit."


def function_index(files: dict[str, str]) -> dict[str, str]:
    """Function name → its module, from the ``__all__`` of every generated function module."""
    index: dict[str, str] = {}
    for relpath, text in sorted(files.items()):
        if not relpath.startswith("openrouter_funcs/") or not relpath.endswith(".py"):
            continue
        module = relpath.removeprefix("openrouter_funcs/").removesuffix(".py")
        found = _ALL.search(text)
        if module.startswith("_") or found is None:
            continue
        for name in re.findall(r'"(\w+)"', found.group(1)):
            if name[0].islower():  # functions; classes stay in their modules
                index.setdefault(name, module)
    return index


def layer_index(package_dir: Path) -> dict[str, str]:
    """Name → module for the hand-written public modules of ``package_dir`` (their ``__all__``)."""
    index: dict[str, str] = {}
    for path in sorted(package_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("_") or text.startswith(GENERATED_MARK):
            continue
        for node in ast.parse(text).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
            ):
                for name in ast.literal_eval(node.value):
                    index.setdefault(name, path.stem)
    return index


def _isort_order(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions: the order ruff keeps ``__all__`` in."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def render_package(index: dict[str, str]) -> dict[str, str]:
    """The lazy ``__init__.py`` and its ``__init__.pyi``."""
    names = sorted(index, key=_isort_order)
    init = [
        GENERATED,
        '"""Every OpenRouter API operation as a function: ``from openrouter_funcs import chat_send``.',
        "",
        "Each function lives in its own module (``openrouter_funcs.chat_send``), imported the first",
        "time one of its names is asked for, so importing one function stays cheap.",
        "``__all__`` (and ``dir()``) lists them all; FUNCTIONS.md describes them. The layer above",
        "them (tools, structured output, the tool-calling loop) is listed the same way.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "import sys",
        "import types",
        "",
        "#: Function name → the module that defines it.",
        "_MODULES = {",
        *(f'    "{name}": "{index[name]}",' for name in names),
        "}",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in names),
        "]",
        "",
        "",
        "def __getattr__(name: str) -> object:  # typing stays unimported: the .pyi types it",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value  # later look-ups skip __getattr__",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted({*globals(), *__all__})",
        "",
        "",
        "class _Package(types.ModuleType):",
        '    """Keeps ``openrouter_funcs.chat_send`` the function once its module is imported."""',
        "",
        "    def __setattr__(self, name: str, value: object) -> None:",
        "        # Importing a submodule binds its name on the package; the module and its",
        "        # function share that name, and users asked for the function.",
        "        if isinstance(value, types.ModuleType) and _MODULES.get(name) == name:",
        "            value = getattr(value, name, value)",
        "        super().__setattr__(name, value)",
        "",
        "",
        "sys.modules[__name__].__class__ = _Package",
    ]
    stub = [
        GENERATED,
        "",
        *(
            f"from openrouter_funcs.{index[name]} import {name} as {name}"
            for name in sorted(names, key=lambda name: (index[name], name))
        ),
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in names),
        "]",
    ]
    return {
        "openrouter_funcs/__init__.py": "\n".join(init) + "\n",
        "openrouter_funcs/__init__.pyi": "\n".join(stub) + "\n",
    }
