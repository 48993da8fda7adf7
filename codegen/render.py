"""Text helpers shared by the model and operation halves of the generator.

Everything that decides how generated Python *looks* lives here: the header line, docstrings
made from spec descriptions, import blocks, one attrs field, and the final ``ruff format``
pass that makes regenerating give no diff.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.model_description import FieldSpec

#: The repository root (the directory holding pyproject.toml).
REPO_ROOT = Path(__file__).resolve().parents[1]
#: Column limit of generated code (pyproject's ruff line-length).
LINE_LENGTH = 100
#: What every generated file starts with; lets a writer recognise files it may replace.
GENERATED_MARK = "# Generated from the OpenRouter OpenAPI spec"

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SPACE = re.compile(r"\s+")
# A sentence ends at ". " unless the period closes a common abbreviation or a number.
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\d)[.!?](?=\s|$)")
#: Characters ruff reports as ambiguous (RUF001-003), with their plain replacements.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00d7": "x",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u00b4": "'",
        "\uff08": "(",
        "\uff09": ")",
        "\uff0c": ",",
        "\uff1a": ":",
    }
)


def stale_files(
    paths: Iterable[Path], root: Path, mark: str, files: Mapping[str, str]
) -> list[Path]:
    """Those of ``paths`` (under ``root``) whose first line starts with ``mark`` (a generator
    wrote them) and that ``files`` (relative path → text) no longer holds."""
    stale = []
    for path in paths:
        if path.relative_to(root).as_posix() in files:
            continue
        with open(path, encoding="utf-8") as handle:
            if handle.readline().startswith(mark):
                stale.append(path)
    return stale


def changed_files(root: Path, files: Mapping[str, str]) -> list[str]:
    """The relative paths of ``files`` whose text differs from (or is missing in) ``root``."""
    return [
        relpath
        for relpath, text in sorted(files.items())
        if not (root / relpath).exists() or (root / relpath).read_text(encoding="utf-8") != text
    ]


def check_or_write(
    root: Path, files: Mapping[str, str], changed: list[str], stale: list[Path], *, check: bool
) -> int:
    """With ``check``, print what would change and return 1 if anything would (else 0);
    without, write the ``changed`` files and remove the ``stale`` ones (returns 0)."""
    if check:
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
    return 0


def header(source: str) -> str:
    """The first line of a generated file, naming the part of the spec it comes from."""
    return f"{GENERATED_MARK} ({source}) by `python -m codegen`; do not edit."


def first_sentence(description: object) -> str | None:
    """The first sentence of a spec description, as plain one-line text ending in a period.

    Markdown links keep their text, whitespace collapses, ambiguous Unicode becomes ASCII.
    """
    if not isinstance(description, str):
        return None
    text = _SPACE.sub(" ", _LINK.sub(r"\1", description)).strip().translate(_PLAIN)
    if not text:
        return None
    match = _SENTENCE_END.search(text)
    if match is not None:
        text = text[: match.end()]
    text = text.rstrip(" :;,")
    if not text.endswith((".", "!", "?")):
        text += "."
    return text[0].upper() + text[1:]


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted docstring for ``text`` wrapped to the line length, indented."""
    pad = " " * indent
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    paragraphs = body.split("\n\n")
    one_line = f'{pad}"""{body}"""'
    if len(paragraphs) == 1 and len(one_line) <= LINE_LENGTH:
        return one_line
    width = LINE_LENGTH - indent
    lines: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            lines.append("")
        first = 3 if number == 0 else 0
        wrapped = textwrap.wrap(
            paragraph, width=width - first, break_long_words=False, break_on_hyphens=False
        )
        lines.extend(wrapped or [""])
    out = [f'{pad}"""{lines[0]}']
    out.extend(f"{pad}{line}" if line else "" for line in lines[1:])
    out.append(f'{pad}"""')
    return "\n".join(out)


def literal(value: object) -> str:
    """``value`` (a JSON scalar) as a Python literal."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


# --- imports ------------------------------------------------------------------------------

_STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}
_FIRST_PARTY = ("openrouter_core", "openrouter_funcs", "codegen")


def import_section(module: str) -> int:
    """The isort section of ``module``: 0 ``__future__``, 1 stdlib, 2 third party, 3 ours."""
    top = module.split(".", 1)[0]
    if top == "__future__":
        return 0
    if top in _STDLIB:
        return 1
    if top in _FIRST_PARTY:
        return 3
    return 2


def _member_key(name: str) -> tuple[int, str, str]:
    # isort's order-by-type: CONSTANTS, then Classes, then functions and variables; each
    # kind in case-insensitive order (SttCreateError before STTRequest).
    if len(name) > 1 and name.isupper():
        return (0, name.lower(), name)
    if name[:1].isupper():
        return (1, name.lower(), name)
    return (2, name.lower(), name)


def import_block(imports: Iterable[tuple[str, str]], plain: Iterable[str] = ()) -> str:
    """Sorted import statements (ruff/isort style) for ``from module import name`` pairs and
    ``import module`` lines."""
    by_module: dict[str, set[str]] = {}
    for module, name in imports:
        by_module.setdefault(module, set()).add(name)
    sections: dict[int, list[str]] = {}
    for module in sorted(set(plain)):
        sections.setdefault(import_section(module), []).append(f"import {module}")
    for module in sorted(by_module):
        names = ", ".join(sorted(by_module[module], key=_member_key))
        sections.setdefault(import_section(module), []).append(f"from {module} import {names}")
    return "\n\n".join("\n".join(sections[key]) for key in sorted(sections))


# --- fields -------------------------------------------------------------------------------


def render_field(field: FieldSpec, indent: int = 4) -> str:
    """One attrs field (declaration and docstring) as it appears in a class body."""
    pad = " " * indent
    annotation = field.type_ref.annotation
    if field.wire != field.name:
        arguments = [] if field.default_expr is None else [f"default={field.default_expr}"]
        arguments.append(f'metadata={{"wire": {literal(field.wire)}}}')
        line = f"{pad}{field.name}: {annotation} = attrs.field({', '.join(arguments)})"
    elif field.default_expr is not None:
        line = f"{pad}{field.name}: {annotation} = {field.default_expr}"
    else:
        line = f"{pad}{field.name}: {annotation}"
    if field.description:
        return f"{line}\n{docstring(field.description, indent)}"
    return line


# --- formatting ---------------------------------------------------------------------------


def _ruff() -> str | None:
    beside_python = Path(sys.executable).with_name("ruff")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("ruff")


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """``files`` ({relative path: Python text}) after ``ruff format`` with the repo's config.

    Raises RuntimeError when ruff is missing or fails: unformatted output would not match
    what is committed.
    """
    ruff = _ruff()
    if ruff is None:
        raise RuntimeError("ruff is needed to format generated code; install the dev extra")
    with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
        root = Path(tmp)
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        config = REPO_ROOT / "pyproject.toml"
        command = [ruff, "format", "--quiet", "--no-cache", "--config", str(config), "."]
        completed = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if completed.returncode != 0:
            raise RuntimeError(f"ruff format failed:\n{completed.stdout}{completed.stderr}")
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}
