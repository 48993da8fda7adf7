"""``python -m codegen``: regenerate models, function modules, stand-in examples and tests.

    python -m codegen                 # write everything from ../shared/openapi
    python -m codegen --spec PATH     # another spec (operations.tsv is read next to it)
    python -m codegen --check         # exit 1 if regenerating would change any file

Output is formatted with ruff and ordered deterministically, so regenerating from the same
spec gives no diff.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "openapi" / "openrouter.openapi.yaml"
GENERATED_MARK = "# Generated from the OpenRouter OpenAPI spec"
#: Directories whose generated files the generator owns (stale ones are removed).
MANAGED_DIRS = ("openrouter_funcs", "openrouter_core/models", "tests/generated")


def generate(spec_path: Path, table_path: Path) -> dict[str, str]:
    """Every generated file, relative path → formatted text."""
    from codegen import examples, operations, tests_writer
    from codegen.local import render_local_modules
    from codegen.models import ModelGenerator
    from codegen.spec import load_spec

    spec = load_spec(spec_path)
    rows = operations.read_table(table_path)
    gen = ModelGenerator(spec)
    ops = operations.extract_operations(spec, rows, gen)
    files: dict[str, str] = {}
    for op in ops:
        files[f"openrouter_funcs/{op.function}.py"] = operations.render_function_module(
            op, gen, spec
        )
    files.update(render_local_modules(rows))
    files["openrouter_core/_testing_examples.py"] = examples.render_examples_module(spec, ops, gen)
    files.update(tests_writer.render_tests(spec, ops, gen))
    files["openrouter_funcs/FUNCTIONS.md"] = operations.render_function_list(ops, rows)
    # Last: rendering the functions registered the inline models they need.
    for relpath, text in gen.render().items():
        files.setdefault(relpath, text)
    return format_python(files)


def format_python(files: dict[str, str]) -> dict[str, str]:
    """Every ``.py`` file of ``files`` after ``ruff format`` (other files as they are)."""
    from codegen.render import format_files

    formatted = format_files({path: text for path, text in files.items() if path.endswith(".py")})
    return {path: formatted.get(path, text) for path, text in files.items()}


def _stale(root: Path, files: dict[str, str]) -> list[Path]:
    """Generated files on disk that the spec no longer produces."""
    stale = []
    for directory in MANAGED_DIRS:
        for path in sorted((root / directory).rglob("*.py")):
            if path.relative_to(root).as_posix() in files:
                continue
            with open(path, encoding="utf-8") as handle:
                if handle.readline().startswith(GENERATED_MARK):
                    stale.append(path)
    return stale


def changes(root: Path, files: dict[str, str]) -> tuple[list[str], list[Path]]:
    """Files that differ from (or are missing in) ``root``, and stale generated files."""
    changed = [
        relpath
        for relpath, text in sorted(files.items())
        if not (root / relpath).exists() or (root / relpath).read_text(encoding="utf-8") != text
    ]
    return changed, _stale(root, files)


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
    files = generate(args.spec, table)
    root: Path = args.out
    changed, stale = changes(root, files)
    if args.check:
        for relpath in changed:
            print(f"would change: {relpath}")
        for path in stale:
            print(f"would remove: {path.relative_to(root)}")
        return 1 if changed or stale else 0
    for relpath in changed:
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[relpath], encoding="utf-8")
    for path in stale:
        path.unlink()
    print(f"{len(files)} files generated: {len(changed)} written, {len(stale)} removed.")
    from codegen.examples import COMPLETED

    if COMPLETED:
        print(
            f"note: {len(COMPLETED)} required fields missing from documented examples were"
            " filled in for the stand-in: " + ", ".join(sorted(COMPLETED))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
