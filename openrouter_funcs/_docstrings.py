"""The summary and the per-name descriptions of a docstring, in Google, NumPy or Sphinx style.

Tools take their description and their parameters' descriptions from here, and structured
output its fields' descriptions; a docstring in none of the styles gives its first paragraph
and no names.
"""

from __future__ import annotations

import inspect
import re

import attrs

__all__ = ["Docstring", "parse_docstring"]

#: Google section headers whose entries describe names (parameters or attributes).
_GOOGLE_NAMES = re.compile(
    r"^(Args|Arguments|Parameters|Params|Attributes|Keyword Args|Keyword Arguments"
    r"|Other Parameters):\s*$"
)
_GOOGLE_ANY = re.compile(r"^[A-Z][A-Za-z ]*:\s*$")
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(\([^)]*\))?\s*:\s*(.*)$")
_NUMPY_NAMES = {"Parameters", "Attributes", "Other Parameters", "Keyword Arguments"}
_NUMPY_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(:.*)?$")
_SPHINX_FIELD = re.compile(
    r"^:(param|parameter|arg|argument|key|keyword|ivar|var|cvar)\s+(.+?):\s*(.*)$"
)
_SPHINX_ANY = re.compile(r"^:\w+")


@attrs.frozen
class Docstring:
    """A docstring's first paragraph and the descriptions it gives names."""

    summary: str | None
    names: dict[str, str]


def parse_docstring(doc: str | None) -> Docstring:
    """The summary and the described names of ``doc`` (None: neither)."""
    if not doc or not doc.strip():
        return Docstring(None, {})
    lines = inspect.cleandoc(doc).splitlines()
    names: dict[str, str] = {}
    _read_google(lines, names)
    _read_numpy(lines, names)
    _read_sphinx(lines, names)
    return Docstring(_summary(lines), names)


def _summary(lines: list[str]) -> str | None:
    paragraph: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        underlined = index + 1 < len(lines) and set(lines[index + 1].strip()) == {"-"}
        if not stripped or _GOOGLE_ANY.match(stripped) or _SPHINX_ANY.match(stripped) or underlined:
            break
        paragraph.append(stripped)
    return " ".join(paragraph) or None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _read_google(lines: list[str], names: dict[str, str]) -> None:
    index = 0
    while index < len(lines):
        header = lines[index]
        index += 1
        if not _GOOGLE_NAMES.match(header.strip()):
            continue
        base = _indent(header)
        entry_indent: int | None = None
        current: str | None = None
        while index < len(lines):
            line = lines[index]
            if line.strip() and _indent(line) <= base:
                break  # the section ended
            index += 1
            if not line.strip():
                continue
            if entry_indent is None:
                entry_indent = _indent(line)
            found = _GOOGLE_ENTRY.match(line.strip())
            if _indent(line) == entry_indent and found:
                current = found.group(1)
                names[current] = found.group(3).strip()
            elif current is not None:  # a continuation line
                names[current] = f"{names[current]} {line.strip()}".strip()


def _read_numpy(lines: list[str], names: dict[str, str]) -> None:
    index = 0
    while index + 1 < len(lines):
        header, rule = lines[index].strip(), lines[index + 1].strip()
        index += 1
        if header not in _NUMPY_NAMES or not rule or set(rule) != {"-"}:
            continue
        index += 1
        base = _indent(lines[index - 2])
        current: str | None = None
        while index < len(lines):
            line = lines[index]
            if index + 1 < len(lines) and line.strip() and set(lines[index + 1].strip()) == {"-"}:
                break  # the next section's header
            index += 1
            if not line.strip():
                continue
            found = _NUMPY_ENTRY.match(line.strip())
            if _indent(line) == base and found:
                current = found.group(1)
                names[current] = ""
            elif current is not None and _indent(line) > base:
                names[current] = f"{names[current]} {line.strip()}".strip()
            else:
                current = None


def _read_sphinx(lines: list[str], names: dict[str, str]) -> None:
    current: str | None = None
    for line in lines:
        stripped = line.strip()
        found = _SPHINX_FIELD.match(stripped)
        if found:
            current = found.group(2).split()[-1]  # ":param int count:" names "count"
            names[current] = found.group(3).strip()
        elif _SPHINX_ANY.match(stripped) or not stripped:
            current = None
        elif current is not None and line.startswith((" ", "\t")):
            names[current] = f"{names[current]} {stripped}".strip()
