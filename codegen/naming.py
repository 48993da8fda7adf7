"""Turning JSON and schema names into Python names, the same way every time.

* :func:`snake_case` for modules, fields and functions: ``"jobId"`` → ``"job_id"``,
  ``"HTTP-Referer"`` → ``"http_referer"``, ``"BYOKKey"`` → ``"byok_key"``. A run of capitals is
  one word (``"URLCitation"`` → ``"url_citation"``) and the brand names in :data:`BRANDS` are
  one word each (``"X-OpenRouter-Metadata"`` → ``"x_openrouter_metadata"``).
* :func:`pascal_case` for classes: split at every character that cannot be in an identifier,
  capitalise the first letter of each part and keep the rest as written, so a schema name that
  is already a class name stays as it is (``"BYOKKey"``), ``"getCredits"`` → ``"GetCredits"``,
  ``"byok_key"`` → ``"ByokKey"`` and ``"Legacy_ChatContentVideo"`` → ``"LegacyChatContentVideo"``.
* :func:`python_field_name` for attributes: snake case, then a trailing ``_`` for keywords,
  for names that would shadow what a model's class body uses (``str``, ``attrs``, …) and for
  collisions with names already taken (``"fooBar"`` and ``"foo_bar"`` → ``foo_bar``,
  ``foo_bar_``). A name that would start with a digit gets a ``field_`` prefix.
"""

from __future__ import annotations

import keyword
import re

#: Brand names kept as one word in snake case.
BRANDS = {"OpenRouter": "Openrouter", "OpenAI": "Openai"}

#: Names a model's class body relies on: a field with one of these names would shadow it
#: (builtins in annotations, ``attrs`` in ``attrs.field(...)``, the extra-fields slot).
SHADOWED = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "Any", "attrs", "extra_fields"}
)

_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
_ACRONYM_END = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_START = re.compile(r"([a-z0-9])([A-Z])")


def _parts(name: str) -> list[str]:
    return [part for part in _SEPARATORS.split(name) if part]


def snake_case(name: str) -> str:
    """``"getCredits"`` → ``"get_credits"``; separators and case changes become ``_``."""
    for brand, word in BRANDS.items():
        name = name.replace(brand, word)
    words: list[str] = []
    for part in _parts(name):
        part = _ACRONYM_END.sub(r"\1_\2", part)
        part = _WORD_START.sub(r"\1_\2", part)
        words.append(part.lower())
    return "_".join(words)


def pascal_case(name: str) -> str:
    """``"getCredits"`` → ``"GetCredits"``, ``"byok_key"`` → ``"ByokKey"``; capitals are kept."""
    return "".join(part[0].upper() + part[1:] for part in _parts(name))


def constant_name(value: object) -> str:
    """An UPPER_SNAKE name for an enum value (``"gpt-4o"`` → ``"GPT_4O"``)."""
    name = snake_case(str(value)).upper()
    if not name:
        return "EMPTY"
    return name if name[0].isalpha() else f"VALUE_{name}"


def python_field_name(wire: str, taken: set[str] | None = None) -> str:
    """A valid, unshadowing attribute name for the JSON name ``wire`` that is not in ``taken``.

    ``taken`` is not modified; add the result to it before naming the next field.
    """
    name = snake_case(wire) or "field"
    if not name[0].isalpha():
        name = f"field_{name}"
    if keyword.iskeyword(name) or name in SHADOWED:
        name += "_"
    while taken and name in taken:
        name += "_"
    return name
