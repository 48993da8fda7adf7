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


def merge_supplement(base: dict[str, Any], supplement: dict[str, Any]) -> dict[str, Any]:
    """``base`` extended with the supplement's paths and component schemas.

    The supplement only adds: a new path, a new method on a known path, a variant
    (``x-variants``: another operation id on a method the base already has) or a new schema.
    Anything that would replace what the base says is an error, so the base spec stays the
    authority wherever it speaks.
    """
    merged = dict(base)
    paths = dict(base.get("paths", {}))
    for path, item in supplement.get("paths", {}).items():
        target = dict(paths.get(path, {}))
        for key, value in item.items():
            if key == "x-variants":
                variants = {m: list(ops) for m, ops in target.get(key, {}).items()}
                for method, ops in value.items():
                    variants.setdefault(method, []).extend(ops)
                target[key] = variants
            elif key == "parameters" and key in target:
                continue  # the base path item's own parameters stand
            elif key in target:
                raise ValueError(f"supplement: {key} {path} is already in the base spec")
            else:
                target[key] = value
        paths[path] = target
    merged["paths"] = paths
    components = dict(base.get("components", {}))
    schemas = dict(components.get("schemas", {}))
    for name, schema in supplement.get("components", {}).get("schemas", {}).items():
        if name in schemas:
            raise ValueError(f"supplement: schema {name} is already in the base spec")
        schemas[name] = schema
    components["schemas"] = schemas
    merged["components"] = components
    return merged


def find_operation(item: dict[str, Any], method: str, operation_id: str) -> dict[str, Any] | None:
    """The operation ``operation_id`` under ``method`` of a path item, variants included."""
    variants = item.get("x-variants", {}).get(method.lower(), [])
    candidates = [item.get(method.lower()), *variants]
    return next(
        (op for op in candidates if isinstance(op, dict) and op.get("operationId") == operation_id),
        None,
    )
