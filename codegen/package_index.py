"""``openrouter_funcs/__init__.py``: every function by name, each module imported on first use.

``from openrouter_funcs import chat_send`` gives the function and ``dir(openrouter_funcs)``
lists them all, yet importing the package loads no function module: a module
``__getattr__`` imports ``openrouter_funcs.<module>`` when one of its names is first asked
for. The ``.pyi`` beside it tells type checkers where each name comes from.

A function and its module share a name, and Python reads ``from openrouter_funcs import
chat_send``, ``import openrouter_funcs.chat_send as m`` and ``openrouter_funcs.chat_send``
through the same attribute of the package. That attribute is the function, and the function
carries its module's namespace as its attributes, so ``m.ChatSendRequest`` (what mypy
expects of a module) works too.

The hand-written layer above the functions (``tools``, ``structured_output``, ``call_model``,
...) is listed the same way: every public module of ``openrouter_funcs`` that the generator
did not write gives all the names of its ``__all__``, classes included.
"""

from __future__ import annotations

import ast
from pathlib import Path

from codegen.render import GENERATED_MARK, import_block

GENERATED = "# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit."


def function_index(files: dict[str, str]) -> dict[str, str]:
    """Function name → its module, from the ``__all__`` of every generated function module."""
    index: dict[str, str] = {}
    for relpath, text in sorted(files.items()):
        if not relpath.startswith("openrouter_funcs/") or not relpath.endswith(".py"):
            continue
        module = relpath.removeprefix("openrouter_funcs/").removesuffix(".py")
        if module.startswith("_"):
            continue
        for name in _exported(text):
            if name[0].islower():  # functions; classes stay in their modules
                index.setdefault(name, module)
    return index


def _exported(text: str) -> list[str]:
    """The names in a module's ``__all__`` (however it is laid out), else none."""
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            names = ast.literal_eval(node.value)
            return [str(name) for name in names]
    return []


def layer_index(package_dir: Path) -> dict[str, str]:
    """Name → module for the hand-written public modules of ``package_dir`` (their ``__all__``)."""
    index: dict[str, str] = {}
    for path in sorted(package_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("_") or text.startswith(GENERATED_MARK):
            continue
        for name in _exported(text):
            index.setdefault(name, path.stem)
    return index


def layer_sources(package_dir: Path) -> dict[str, str]:
    """{relative path: text} of the hand-written public modules of ``package_dir``."""
    return {
        f"openrouter_funcs/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(package_dir.glob("*.py"))
        if not path.name.startswith("_")
        and not path.read_text(encoding="utf-8").startswith(GENERATED_MARK)
    }


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
        "        # Importing a submodule binds its name on the package, and Python reads that one",
        "        # attribute for `from openrouter_funcs import chat_send` (the function, as the",
        "        # .pyi says) and for `import openrouter_funcs.chat_send as m` (the module, as",
        "        # mypy says). So the package holds the function, and the function's attributes",
        "        # are its module's namespace: `m.ChatSendRequest`, `m.OPERATION` work, and",
        "        # setting one sets the module's.",
        "        if isinstance(value, types.ModuleType) and _MODULES.get(name) == name:",
        "            function = getattr(value, name)",
        "            if function.__module__ == value.__name__:  # its own, not borrowed",
        "                function.__dict__ = value.__dict__",
        "            value = function",
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


IMPORT_FORMS = "tests/typing_checks/import_forms.py"


def render_import_forms(files: dict[str, str], index: dict[str, str]) -> dict[str, str]:
    """A program that reaches every function and module name in each import form.

    mypy --strict checks it with the other typing checks, and ``tests/test_import_forms.py``
    runs it, so a form that type-checks but fails at run time (or the reverse) shows up in
    one of the two. Each module gets a function of its own, so the names of two modules
    never meet.
    """
    out = [
        "# Generated from openrouter_funcs by `python -m codegen`; do not edit.",
        '"""Every function and module name of ``openrouter_funcs`` in each import form.',
        "",
        "mypy --strict checks this file (CI) and tests/test_import_forms.py runs it. The forms:",
        "``from openrouter_funcs import f`` (the function), ``from openrouter_funcs.f import",
        "f, FRequest``, ``import openrouter_funcs.f as m; m.FRequest`` and, after ``import",
        "openrouter_funcs.f``, ``openrouter_funcs.f.FRequest``: that last one runs, but mypy",
        "reads ``openrouter_funcs.f`` as the function (the package's ``.pyi`` says so, and",
        "the first form needs it), hence its ``type: ignore``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import typing",
        "from collections.abc import Callable",
    ]
    checks = []
    for module in sorted(set(index.values())):
        names = sorted(_exported(files[f"openrouter_funcs/{module}.py"]))
        functions = [name for name in names if index.get(name) == module and name[0].islower()]
        shortest = min(names, key=len)
        check = f"check_{module}"
        checks.append(check)
        out += [
            "",
            "",
            f"def {check}() -> None:",
            f"    import openrouter_funcs.{module}",
            f"    import openrouter_funcs.{module} as module",
        ]
        out += [
            f"    from openrouter_funcs import {name} as {name}_in_package" for name in functions
        ]
        out.append("    " + import_block((f"openrouter_funcs.{module}", name) for name in names))
        out.append("")
        for name in functions:
            out += [
                f"    {name}_callable: Callable[..., object] = {name}_in_package",
                f"    assert {name}_callable is {name}",
                f"    typing.get_type_hints({name}_in_package)",
            ]
        out += [f"    assert module.{name} is {name}" for name in names]
        # mypy reads the package's attribute as the function where one shares the module's name.
        ignore = "  # type: ignore[attr-defined]" if index.get(module) == module else ""
        out += [
            "    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole",
            f"    form_4 = pkg.{module}.{shortest}{ignore}",
            f"    assert form_4 is {shortest}",
        ]
    out += [
        "",
        "",
        "CHECKS = [",
        *(f"    {check}," for check in checks),
        "]",
        "",
        'if __name__ == "__main__":',
        "    for run_check in CHECKS:",
        "        run_check()",
    ]
    return {IMPORT_FORMS: "\n".join(out) + "\n"}
