"""The stand-in's answers: every operation's documented examples, generated into the package.

``openrouter_core/_generated/testing_examples.py`` holds, per operation id, one compact JSON
string:
its method and path template, the success status with its example body, the example event
of a streaming response, and the example body of each documented error status. The package
never reads the spec at runtime. Where the spec documents no example, one is synthesised
from the schema (required properties, their examples or type-appropriate placeholders).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from codegen.operations import NO_EXAMPLE, OperationInfo
from codegen.render import header, literal
from codegen.spec import resolve

_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "user@example.com",
}


def synthesize(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A small value valid for ``schema``: its example, else required parts with placeholders."""
    schema = resolve(spec, schema) if isinstance(schema, dict) else {}
    if "example" in schema:
        return schema["example"]
    if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesize(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            members = [m for m in schema[key] if resolve(spec, m).get("type") != "null"]
            return synthesize(spec, members[0], depth + 1) if members else None
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind == "object" or (kind is None and "properties" in schema):
        required = schema.get("required", [])
        props = schema.get("properties", {})
        if depth > 12:
            return {}
        return {name: synthesize(spec, props.get(name, {}), depth + 1) for name in required}
    if kind == "array":
        if depth > 12:
            return []
        return [synthesize(spec, schema.get("items", {}), depth + 1)]
    if kind == "string":
        return _FORMATS.get(schema.get("format", ""), "string")
    if kind == "integer":
        return max(0, int(schema.get("minimum", 0)))
    if kind == "number":
        return max(0, schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def _object_parts(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], list[str]]:
    """Properties and required names of an object schema, allOf merged."""
    schema = resolve(spec, schema) if isinstance(schema, dict) else {}
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf", []):
        more, needed = _object_parts(spec, part)
        props.update(more)
        required += needed
    props.update(schema.get("properties", {}))
    required += schema.get("required", [])
    return props, required


def complete(spec: dict[str, Any], schema: Any, value: Any, where: str, notes: list[str]) -> Any:
    """``value`` with the required properties its schema demands but it lacks synthesised.

    Some documented examples predate fields the schema now requires; the stand-in must
    answer with data the models accept, so each addition is noted (``notes``).
    """
    resolved = resolve(spec, schema) if isinstance(schema, dict) else {}
    members = [
        m
        for m in resolved.get("anyOf", resolved.get("oneOf", []))
        if resolve(spec, m).get("type") != "null"
    ]
    if len(members) == 1:
        return complete(spec, members[0], value, where, notes)
    if members and isinstance(value, dict):
        # An example of a union is completed as the first member that declares all its keys
        # (a stored file's example lacks the ``_shape`` its member requires, say).
        for member in members:
            props, _ = _object_parts(spec, member)
            if props and set(value) <= set(props):
                return complete(spec, member, value, where, notes)
        return value
    if isinstance(value, dict):
        props, required = _object_parts(spec, resolved)
        if not props:
            return value
        out = dict(value)
        for name in required:
            if name not in out:
                out[name] = synthesize(spec, props.get(name, {}))
                notes.append(f"{where}.{name}")
        for name, item in value.items():
            if name in props:
                out[name] = complete(spec, props[name], item, f"{where}.{name}", notes)
        return out
    if isinstance(value, list) and "items" in resolved:
        return [
            complete(spec, resolved["items"], item, f"{where}[{index}]", notes)
            for index, item in enumerate(value)
        ]
    return value


def _example(
    spec: dict[str, Any], row_example: Any, schema: Any, notes: list[str], where: str = ""
) -> Any:
    if row_example is NO_EXAMPLE:
        return synthesize(spec, schema)
    return complete(spec, schema, row_example, where, notes)


def operation_examples(
    spec: dict[str, Any], op: OperationInfo, notes: list[str] | None = None
) -> dict[str, Any]:
    """The stand-in's entry for one operation (plain JSON data).

    ``notes`` receives the example paths that had to be completed (see :func:`complete`).
    """
    if notes is None:
        notes = []
    success = op.success
    entry: dict[str, Any] = {
        "method": op.method,
        "path": op.path,
        "status": success.status,
        "kind": success.kind,
    }
    if success.kind == "json":
        entry["body"] = _example(spec, success.example, success.schema, notes, op.operation_id)
    elif success.kind == "bytes":
        example = success.example if isinstance(success.example, str) else "example bytes"
        entry["body"] = example
        content_type = success.content_type
        entry["content_type"] = (
            content_type.replace("*", "mpeg") if "*" in content_type else content_type
        )
    events = op.events
    if events is not None:
        chunk = NO_EXAMPLE
        if isinstance(events.example, dict) and "data" in events.example:
            chunk = events.example["data"]
        resolved = resolve(spec, events.schema)
        data_schema = (
            resolved.get("properties", {}).get("data") if isinstance(resolved, dict) else None
        )
        if chunk is NO_EXAMPLE and data_schema is not None:
            chunk = synthesize(spec, data_schema)
        entry["events"] = [] if chunk is NO_EXAMPLE else [chunk]
        entry["sentinel"] = events.sse_sentinel
    entry["errors"] = {
        str(row.status): _example(spec, row.example, row.schema, notes) for row in op.errors
    }
    return entry


def all_examples(
    spec: dict[str, Any], ops: Iterable[OperationInfo], notes: list[str]
) -> dict[str, dict[str, Any]]:
    """Operation id → entry, for every operation (an id offered twice is listed once)."""
    out: dict[str, dict[str, Any]] = {}
    for op in ops:
        if op.operation_id not in out:
            out[op.operation_id] = operation_examples(spec, op, notes)
    return dict(sorted(out.items()))


#: The package of generated data the runtime reads, beside the hand-written modules.
GENERATED_PACKAGE = "openrouter_core/_generated"
#: The module the stand-in (``openrouter_core.testing``) reads its answers from.
EXAMPLES_MODULE = f"{GENERATED_PACKAGE}/testing_examples.py"


@attrs.frozen
class ExamplesModule:
    """The stand-in's examples module, and what writing it had to make up."""

    source: str
    #: Example paths whose missing required fields were filled in, sorted.
    completed: tuple[str, ...]

    @property
    def files(self) -> dict[str, str]:
        """The module and its package's ``__init__.py``, relative path → source."""
        init = "\n".join(
            [
                header("response examples"),
                '"""Generated data the runtime reads: the stand-in\'s examples.',
                "",
                "Written by ``python -m codegen``, like ``openrouter_core.models`` and",
                "``openrouter_core.dicts``; the hand-written modules sit one level up.",
                '"""',
            ]
        )
        return {f"{GENERATED_PACKAGE}/__init__.py": init + "\n", EXAMPLES_MODULE: self.source}


def render_examples_module(spec: dict[str, Any], ops: Iterable[OperationInfo]) -> ExamplesModule:
    """The source of ``openrouter_core/_generated/testing_examples.py``, and the examples it
    completed."""
    ops = list(ops)
    notes: list[str] = []
    entries = all_examples(spec, ops, notes)
    lines = [
        header("response examples"),
        '"""The documented examples the offline stand-in answers with, per operation id.',
        "",
        "Each value is compact JSON (decoded on first use by :func:`example_for`): the method and",
        "path template, the success status, kind and body, the example event of a streaming",
        "response and the example body of every documented error status.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "import json",
        "from typing import Any",
        "",
        '__all__ = ["FUNCTIONS", "OPERATION_IDS", "example_for"]',
        "",
        "_EXAMPLES: dict[str, str] = {",
    ]
    for operation_id, entry in entries.items():
        text = json.dumps(entry, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
        lines.append(f"    {literal(operation_id)}: {literal(text)},")
    functions: dict[str, list[str]] = {}
    for op in ops:
        functions.setdefault(op.operation_id, []).append(op.function)
    lines += [
        "}",
        "",
        "#: The functions calling each operation.",
        "FUNCTIONS: dict[str, tuple[str, ...]] = {",
    ]
    for operation_id in sorted(functions):
        names = ", ".join(literal(name) for name in sorted(functions[operation_id]))
        lines.append(f"    {literal(operation_id)}: ({names},),")
    lines += [
        "}",
        "",
        "#: Every operation id the stand-in answers.",
        "OPERATION_IDS: tuple[str, ...] = tuple(_EXAMPLES)",
        "",
        "",
        "@functools.cache",
        "def example_for(operation_id: str) -> dict[str, Any]:",
        '    """The decoded entry of ``operation_id`` (KeyError if there is none)."""',
        "    entry: dict[str, Any] = json.loads(_EXAMPLES[operation_id])",
        "    return entry",
    ]
    return ExamplesModule("\n".join(lines) + "\n", tuple(sorted(set(notes))))


def _fit(spec: dict[str, Any], schema: Any, value: Any) -> Any:
    """An example written as text (``"false"``) converted to its schema's scalar type."""
    resolved = resolve(spec, schema) if isinstance(schema, dict) else {}
    kind = resolved.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if not isinstance(value, str) or "string" in kinds:
        return value
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    if "integer" in kinds and value.lstrip("-").isdigit():
        return int(value)
    if "number" in kinds:
        try:
            return float(value)
        except ValueError:
            return value
    return value


def request_example(
    spec: dict[str, Any], op: OperationInfo, upload: bool = False
) -> dict[str, Any]:
    """A request (wire keys) built from the spec's examples, or required fields synthesised."""
    request: dict[str, Any] = {}
    for param in op.params:
        if param.location == "header" and not param.required:
            continue
        if param.example is not NO_EXAMPLE:
            request[param.wire] = _fit(spec, param.schema, param.example)
        elif param.required:
            request[param.wire] = synthesize(spec, param.schema)
    body = op.upload_body if upload else op.body
    if body is not None:
        example = body.example
        if body.kind == "multipart":
            example = (
                {
                    f.wire: ("upload.bin" if f.binary else synthesize(spec, f.schema))
                    for f in body.fields
                    if f.required or f.binary
                }
                if not isinstance(example, Mapping)
                else dict(example)
            )
        elif not isinstance(example, Mapping):
            example = synthesize(spec, body.schema)
        request.update(example)
    return request
