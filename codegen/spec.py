"""Loading the OpenAPI document and following its local ``$ref`` pointers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: Where component schemas live; a ``$ref`` to one of them names a model.
SCHEMAS_PREFIX = "#/components/schemas/"


def load_spec(path: str | Path) -> dict[str, Any]:
    """Read the spec (YAML or JSON) as plain data; no ``$ref`` is resolved."""
    # libyaml's loader, when present, reads the 1.4 MB spec in a second instead of fifteen.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected an OpenAPI document (a mapping) at the top level")
    return data


def resolve(spec: dict[str, Any], schema_or_ref: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref`` pointers (``#/components/...``) until a non-reference remains.

    Anything else is returned unchanged. Siblings of a ``$ref`` (a description, say) are not
    merged in; callers that care read them from ``schema_or_ref`` itself.
    """
    seen: set[str] = set()
    current = schema_or_ref
    while isinstance(current, dict) and "$ref" in current:
        ref = current["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle through {ref}")
        seen.add(ref)
        current = _pointer(spec, ref)
    return current


def ref_name(ref: str) -> str:
    """The last segment of a ``$ref`` (``#/components/schemas/ChatMessage`` → ``ChatMessage``)."""
    return _unescape(ref.rsplit("/", 1)[-1])


def schema_ref_name(schema: Any) -> str | None:
    """The component schema a ``{"$ref": ...}`` points at, or None if it is not such a ref."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMAS_PREFIX):
            return ref_name(ref)
    return None


def _pointer(spec: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = spec
    for part in ref[2:].split("/"):
        key = _unescape(part)
        if not isinstance(node, dict) or key not in node:
            raise KeyError(f"unresolvable $ref {ref!r} (no {key!r})")
        node = node[key]
    return node


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")
