"""Every way of importing a function gives what mypy says it gives, and the index is complete.

``from openrouter_funcs import chat_send`` and ``import openrouter_funcs.chat_send as m`` read
the same attribute of the package, so that one object is the function and carries its
module's names. ``tests/typing_checks/import_forms.py`` (generated) walks every function in
the four forms; mypy checks it in CI and these tests run it, each in a fresh interpreter so
the order of first imports is the one written.
"""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import openrouter_funcs

PACKAGE = pathlib.Path(openrouter_funcs.__file__).parent
ROOT = PACKAGE.parent


def _run(code: str) -> None:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]


def _exported(path: pathlib.Path) -> list[str]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return [str(name) for name in ast.literal_eval(node.value)]
    return []


def _listed(path: pathlib.Path, name: str) -> bool:
    """A generated module lists its functions; a hand-written layer module all its names."""
    return name[0].islower() or not path.read_text(encoding="utf-8").startswith("# Generated")


def test_the_index_lists_every_function_of_every_module_on_disk() -> None:
    on_disk: dict[str, str] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        if not path.stem.startswith("_"):
            for name in _exported(path):
                if _listed(path, name):  # a name two modules export: the first one's
                    on_disk.setdefault(name, path.stem)
    assert sorted(set(on_disk) - set(openrouter_funcs.__all__)) == []
    assert on_disk == openrouter_funcs._MODULES


def test_every_function_in_every_form_after_its_module_is_imported() -> None:
    _run("import runpy; runpy.run_path('tests/typing_checks/import_forms.py', run_name='__main__')")


def test_every_function_through_the_package_first_then_as_a_module() -> None:
    # The lazy path: nothing imported yet, the package's __getattr__ loads each module.
    _run(
        """
import importlib, inspect, sys, typing
import openrouter_funcs

for name in openrouter_funcs.__all__:
    exec(f"from openrouter_funcs import {name} as function")
    if not name[0].islower():  # a class or constant of the hand-written layer
        module = sys.modules[openrouter_funcs.__name__ + "." + openrouter_funcs._MODULES[name]]
        assert getattr(module, name) is function, name
        continue
    assert inspect.isfunction(function), (name, function)
    typing.get_type_hints(function)
    module = sys.modules[function.__module__]
    assert getattr(module, name) is function, name
    exec(f"import {module.__name__} as m")
    for exported in module.__all__:
        assert getattr(m, exported) is getattr(module, exported), (name, exported)
"""
    )


def test_the_module_names_through_the_function_are_the_module_itself() -> None:
    # Setting one through `import ... as m` sets the module's, as it would on a module.
    _run(
        """
import openrouter_funcs.credits_get_credits as m
import sys
module = sys.modules["openrouter_funcs.credits_get_credits"]
assert m.OPERATION is module.OPERATION
m.OPERATION = "patched"
assert module.OPERATION == "patched"
"""
    )
