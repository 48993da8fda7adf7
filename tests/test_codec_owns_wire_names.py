"""Only the model codec knows how a model meets the wire (``openrouter_core._codec``).

A field's wire name lives in its ``metadata["wire"]`` and undeclared keys in ``extra_fields``;
a hand-written module that reads either by its bare string knows the codec's business and
drifts from it when that changes. Everything else asks the codec (``wire_name``,
``value_of``, ``declared_wire_names``, ``declares_extra``, ``EXTRA_FIELDS``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import openrouter_core

PACKAGE = Path(openrouter_core.__file__).parent
#: Generated code (it declares the wire names) and the codec itself.
EXEMPT = ("_codec", "models", "dicts", "_generated")


def test_no_hand_written_module_outside_the_codec_reads_wire_metadata_by_name() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in EXEMPT:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in ("wire", "extra_fields"):
                offenders.append(f"{relative}:{node.lineno} {node.value!r}")
            elif isinstance(node, ast.Attribute) and node.attr == "metadata":
                offenders.append(f"{relative}:{node.lineno} .metadata")
    assert offenders == []
