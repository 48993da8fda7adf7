"""``python -m codegen``: regenerate models, function modules, stand-in examples and tests.

    python -m codegen                 # write everything from codegen/spec/
    python -m codegen --spec PATH     # another spec (operations.tsv is read next to it)
    python -m codegen --check         # exit 1 if regenerating would change any file

It also writes the sync twin of every hand-written ``_async_<name>.py`` runtime module
(``codegen/unasync.py``), so ``--check`` fails when one is stale.

Next to the spec, ``openrouter.supplement.yaml`` and ``operations.supplement.tsv`` (written by
``python -m codegen.supplement``) are merged in when present: the operations the official SDKs
have beyond the public spec.

Output is formatted with ruff and ordered deterministically, so regenerating from the same
spec gives no diff.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from codegen.render import GENERATED_MARK, check_or_write

if TYPE_CHECKING:
    from codegen.operations import TableRow

ROOT = Path(__file__).resolve().parent.parent
#: The project's own copy of the public spec (see codegen/spec/SOURCE.md).
DEFAULT_SPEC = ROOT / "codegen" / "spec" / "openrouter.openapi.yaml"
SUPPLEMENT_SPEC = "openrouter.supplement.yaml"
SUPPLEMENT_TABLE = "operations.supplement.tsv"
#: Directories whose generated files the generator owns (stale ones are removed).
MANAGED_DIRS = (
    "openrouter_funcs",
    "openrouter_core/_generated",
    "openrouter_core/models",
    "openrouter_core/dicts",
    "tests/generated",
)


@attrs.frozen
class Generated:
    """What one run of the generator produced."""

    #: Every generated file, relative path → formatted text.
    files: dict[str, str]
    #: Example paths whose missing required fields were filled in for the stand-in.
    completed_examples: tuple[str, ...]


def generate(
    spec_path: Path, table_path: Path, supplement: tuple[Path, Path] | None = None
) -> Generated:
    """Every generated file, and the notes of the run.

    ``supplement`` is a (spec, table) pair merged into the base ones (see codegen/supplement).

    The passes, each handed what the ones before produced: the operations are described (their
    types declared in ``gen``); the function modules and page walkers are written (registering
    the request dicts and inline models they use with ``dicts`` and ``gen``); the package index
    is read off those modules; the stand-in's examples, the test tables and the function list
    come from the descriptions; and last the models and dicts, now all registered, are written.
    """
    from codegen import (
        examples,
        function_list,
        function_modules,
        operations,
        pagination,
        tests_writer,
        unasync,
    )
    from codegen.models import ModelGenerator
    from codegen.oauth_helpers import render_oauth_helpers
    from codegen.package_index import (
        function_index,
        layer_index,
        layer_sources,
        render_import_forms,
        render_package,
    )
    from codegen.typed_dicts import DictWriter

    spec, rows = load_inputs(spec_path, table_path, supplement)
    gen = ModelGenerator(spec)
    ops = operations.extract_operations(spec, rows, gen)
    dicts = DictWriter(gen)
    function_files = function_modules.render_function_modules(ops, dicts, spec)
    function_files.update(render_oauth_helpers(rows))
    page_files, page_notes = pagination.render_files(spec, ops, gen)
    function_files.update(page_files)
    # After the _pages modules. The hand-written layer is read from the source tree; a
    # generated function wins a name.
    layer_dir = ROOT / "openrouter_funcs"
    index = {**layer_index(layer_dir), **function_index(function_files)}
    stand_in = examples.render_examples_module(spec, ops)

    files = dict(function_files)
    files.update(stand_in.files)
    files.update(tests_writer.render_tests(spec, ops))
    files.update(render_package(index))
    files.update(render_import_forms({**layer_sources(layer_dir), **function_files}, index))
    functions_md = function_list.render_function_list(ops, rows, page_notes)
    files["openrouter_funcs/FUNCTIONS.md"] = functions_md
    files.update(readme_files(functions_md))
    files.update(dicts.render())
    for relpath, text in gen.render().items():
        files.setdefault(relpath, text)
    files.update(unasync.render_twins(ROOT))  # the sync twins, read from the source tree
    return Generated(format_python(files), stand_in.completed)


def load_inputs(
    spec_path: Path = DEFAULT_SPEC,
    table_path: Path | None = None,
    supplement: tuple[Path, Path] | None = None,
) -> tuple[dict[str, Any], list[TableRow]]:
    """The spec and operations table to generate from, the supplement merged in.

    With only ``spec_path``, the table and supplement are the ones beside it.
    """
    from codegen.operations import read_table
    from codegen.overlay import apply_overlay, load_overlay
    from codegen.spec import load_spec, merge_supplement

    if table_path is None:
        table_path = spec_path.parent / "operations.tsv"
        supplement = supplement_next_to(spec_path)
    spec = load_spec(spec_path)
    rows = read_table(table_path)
    if supplement is not None:
        spec = merge_supplement(spec, load_spec(supplement[0]))
        rows = sorted(rows + read_table(supplement[1]), key=lambda row: row.function)
    # Last, so real-traffic corrections may name a supplement schema as well as a public one.
    apply_overlay(spec, load_overlay())
    return spec, rows


def supplement_next_to(spec_path: Path) -> tuple[Path, Path] | None:
    """The supplement (spec, table) beside ``spec_path``, or None when there is none."""
    pair = (spec_path.parent / SUPPLEMENT_SPEC, spec_path.parent / SUPPLEMENT_TABLE)
    return pair if all(path.exists() for path in pair) else None


README_START = "<!-- functions: generated by `python -m codegen` from here -->"
README_END = "<!-- functions: to here -->"


def readme_files(function_list: str) -> dict[str, str]:
    """The README with ``function_list`` as its function section, and the type checks of its
    snippets (nothing when the README has no markers)."""
    readme = readme_with_functions(ROOT / "README.md", function_list)
    if readme is None:
        return {}
    from codegen.readme_checks import render_readme_checks

    return {
        "README.md": readme,
        "tests/typing_checks/readme_snippets.py": render_readme_checks(readme),
    }


def readme_with_functions(readme_path: Path, function_list: str) -> str | None:
    """The README with its function section replaced by ``function_list`` (None: no markers)."""
    if not readme_path.exists():
        return None
    readme = readme_path.read_text(encoding="utf-8")
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        return None
    # FUNCTIONS.md's own heading and generated-line comment stay out of the README section.
    body = function_list.split("\n", 1)[1].split("\n", 1)[1].lstrip("\n")
    body = body.replace("\n## ", "\n### ")  # areas sit under the README's "Functions" heading
    return readme[: start + len(README_START)] + "\n\n" + body + "\n" + readme[end:]


def format_python(files: dict[str, str]) -> dict[str, str]:
    """Every ``.py`` file of ``files`` after ``ruff format`` (other files as they are)."""
    from codegen.render import format_files

    formatted = format_files(
        {path: text for path, text in files.items() if path.endswith((".py", ".pyi"))}
    )
    return {path: formatted.get(path, text) for path, text in files.items()}


def _stale(root: Path, files: dict[str, str]) -> list[Path]:
    """Generated files on disk that the spec (or an async source) no longer produces."""
    from codegen.render import stale_files
    from codegen.unasync import stale_twins

    paths = [
        path for directory in MANAGED_DIRS for path in sorted((root / directory).rglob("*.py"))
    ]
    return stale_twins(root, files) + stale_files(paths, root, GENERATED_MARK, files)


def changes(root: Path, files: dict[str, str]) -> tuple[list[str], list[Path]]:
    """Files that differ from (or are missing in) ``root``, and stale generated files."""
    from codegen.render import changed_files

    return changed_files(root, files), _stale(root, files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI YAML file")
    parser.add_argument(
        "--table", type=Path, default=None, help="operations.tsv (default: next to the spec)"
    )
    parser.add_argument("--out", type=Path, default=ROOT, help="where to write (the repo root)")
    parser.add_argument("--check", action="store_true", help="report changes, write nothing")
    args = parser.parse_args(argv)
    table = args.table or args.spec.parent / "operations.tsv"
    generated = generate(args.spec, table, supplement_next_to(args.spec))
    files = generated.files
    root: Path = args.out
    changed, stale = changes(root, files)
    if args.check:
        return check_or_write(root, files, changed, stale, check=True)
    check_or_write(root, files, changed, stale, check=False)
    print(f"{len(files)} files generated: {len(changed)} written, {len(stale)} removed.")
    completed = generated.completed_examples
    if completed:
        print(
            f"note: {len(completed)} required fields missing from documented examples were"
            " filled in for the stand-in: " + ", ".join(completed)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
