"""``tests/typing_checks/readme_snippets.py``: README's Python snippets, for mypy --strict.

tests/test_readme.py runs each snippet; this copy lets CI's mypy run check their types, so
the README cannot show a ``match`` arm or a dict literal that would fail a user's type check.
Each snippet becomes the body of a function taking the ``core`` the README's text provides.
"""

from __future__ import annotations

import re
import textwrap

SNIPPET = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
HEADER = (
    "# Generated from README.md by `python -m codegen`; do not edit.\n"
    '"""README.md\'s Python snippets as functions, so mypy --strict checks them (never run)."""\n'
    "# ruff: noqa: I001, F401, F841  (the README's imports and names, as a reader sees them)\n"
)


def render_readme_checks(readme: str) -> str:
    """The module's source: one ``def snippet_<n>(core)`` per fenced Python block."""
    out = [
        HEADER,
        "from __future__ import annotations",
        "",
        "from openrouter_core import OpenRouterCore",
    ]
    for number, snippet in enumerate(SNIPPET.findall(readme), 1):
        body = textwrap.indent(snippet.rstrip("\n"), "    ")
        out += ["", "", f"def snippet_{number}(core: OpenRouterCore) -> None:", body]
    return "\n".join(out) + "\n"
