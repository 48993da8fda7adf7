"""The spec overlay: corrections real traffic shows the spec needs, applied before generation.

``overlay.yaml`` lists fields the spec calls required that the live API omits; applying it
drops each from its schema's ``required`` list (and from those of the ``allOf`` parts that
declare it), so the generated field is optional. Entries must still match the spec: a
correction the spec no longer needs is an error, not a silent no-op.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen.spec import resolve

OVERLAY_PATH = Path(__file__).with_name("overlay.yaml")


def load_overlay(path: Path = OVERLAY_PATH) -> dict[str, Any]:
    """The overlay file as data; every entry must name a schema, a field and its evidence."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for entry in data.get("optional", ()):
        if not entry.get("schema") or not entry.get("field") or not entry.get("evidence"):
            raise ValueError(f"{path}: an entry needs schema, field and evidence: {entry!r}")
    return data


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    """Make every overlay field optional in ``spec`` (in place)."""
    schemas = spec.get("components", {}).get("schemas", {})
    for entry in overlay.get("optional", ()):
        name, field = entry["schema"], entry["field"]
        if name not in schemas:
            raise ValueError(f"overlay: no schema {name!r} in the spec")
        if not _drop_required(spec, schemas[name], field):
            raise ValueError(
                f"overlay: {name}.{field} is not required in the spec any more; remove the entry"
            )


def _drop_required(spec: dict[str, Any], schema: dict[str, Any], field: str) -> bool:
    """Remove ``field`` from the required lists of ``schema`` and its allOf parts."""
    dropped = False
    required = schema.get("required")
    if isinstance(required, list) and field in required:
        schema["required"] = [name for name in required if name != field]
        dropped = True
    for part in schema.get("allOf", ()):
        dropped = _drop_required(spec, resolve(spec, part), field) or dropped
    return dropped
