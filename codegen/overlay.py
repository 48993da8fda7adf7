"""The spec overlay: corrections real traffic shows the spec needs, applied before generation.

``overlay.yaml`` lists

- ``optional``: fields the spec calls required that the live API omits; applying it drops each
  from its schema's ``required`` list (and from those of the ``allOf`` parts that declare it),
  so the generated field is optional;
- ``schemas``: component schemas the live API's values need and the spec lacks (the
  annotations of a chat message, say), added as they are;
- ``fields``: properties the live API sends and the spec does not declare, added (optional)
  to their schema, or to an inline object under it (``ChatUsage.completion_tokens_details``),
  so they become typed model fields instead of ``extra_fields`` entries.

Entries must still match the spec: a correction the spec no longer needs (the field is
optional already, the schema or property exists now) is an error, not a silent no-op. Every
entry names its evidence.
"""

from __future__ import annotations

import copy
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
    for entry in data.get("fields", ()):
        if not all(entry.get(key) for key in ("schema", "field", "type", "evidence")):
            raise ValueError(f"{path}: a field needs schema, field, type and evidence: {entry!r}")
    for name, entry in (data.get("schemas") or {}).items():
        if not isinstance(entry, dict) or not entry.get("schema") or not entry.get("evidence"):
            raise ValueError(f"{path}: schema {name!r} needs schema and evidence")
    return data


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    """Make every overlay field optional in ``spec`` (in place)."""
    schemas = spec.get("components", {}).get("schemas", {})
    for name, entry in (overlay.get("schemas") or {}).items():
        if name in schemas:
            raise ValueError(f"overlay: the spec has a schema {name!r} now; remove the entry")
        schemas[name] = copy.deepcopy(entry["schema"])
    for entry in overlay.get("fields", ()):
        target, field = entry["schema"], entry["field"]
        properties = _properties(spec, schemas, target)
        if field in properties:
            raise ValueError(f"overlay: the spec declares {target}.{field} now; remove the entry")
        properties[field] = copy.deepcopy(entry["type"])
    for entry in overlay.get("optional", ()):
        name, field = entry["schema"], entry["field"]
        if name not in schemas:
            raise ValueError(f"overlay: no schema {name!r} in the spec")
        if not _drop_required(spec, schemas[name], field):
            raise ValueError(
                f"overlay: {name}.{field} is not required in the spec any more; remove the entry"
            )


def _properties(spec: dict[str, Any], schemas: dict[str, Any], target: str) -> dict[str, Any]:
    """The ``properties`` of ``target``: a schema name, then inline object properties by name
    (``ChatUsage.completion_tokens_details``)."""
    name, *path = target.split(".")
    if name not in schemas:
        raise ValueError(f"overlay: no schema {name!r} in the spec")
    schema = schemas[name]
    for step in path:
        inner = schema.get("properties", {}).get(step)
        if not isinstance(inner, dict):
            raise ValueError(f"overlay: {target}: no inline object {step!r}")
        schema = resolve(spec, inner) if "$ref" in inner else inner
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        raise ValueError(f"overlay: {target} has no properties to add to")
    return properties


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
