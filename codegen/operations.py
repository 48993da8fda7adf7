"""The operations half of the generator: operations.tsv + the spec → one module per function.

Each function module is a table of its operation's contract (see
``openrouter_funcs/credits_get_credits.py``): a request class, the error union, an
``Operation`` value and two thin functions calling the one pipeline. This file first extracts
a plain description of every operation (:func:`extract_operations`), then renders it
(:func:`render_function_module`); both are pure, so they are unit-tested on spec fragments.

Names a user can guess from the function name: everything an operation adds starts with the
function's name in PascalCase (``chat_send`` → ``ChatSendRequest``, ``ChatSendRequestDict``,
``ChatSendStreamingRequestDict``, ``ChatSendError``; an inline JSON body ``ChatSendBody``, an
inline response ``ChatSendResponse``, an inline event ``ChatSendStreamChunk``, an inline
parameter type ``ChatSend<Param>``). Component schemas keep the spec's names (``ChatRequest``).
No name gets a numeric suffix: the function names are unique, so these never collide.

A JSON body is declared once, by its model, and the request class nests it as ``body``; the
dict form (``<Function>RequestDict``, see :mod:`codegen.typed_dicts`) stays flat.
"""

from __future__ import annotations

import csv
import inspect
import re
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from codegen import docstrings, render, typed_dicts
from codegen.models import FieldSpec, ModelGenerator, TypeRef
from codegen.naming import pascal_case, python_field_name
from codegen.spec import find_operation, resolve
from codegen.text import clean, docstring_safe, first_sentence, paragraphs

GENERATED_LINE = (
    "# Generated from the OpenRouter OpenAPI spec ({source}) by `python -m codegen`; do not edit."
)

#: Content types whose success body is returned as bytes.
JSON_TYPES = ("application/json",)
SSE_TYPE = "text/event-stream"
MULTIPART_TYPE = "multipart/form-data"
FORM_TYPE = "application/x-www-form-urlencoded"

#: The errors every function can return besides a named status (AnyStatusError), in this order.
TRAILING_ERRORS = (
    "OpenRouterDefaultError",
    "ResponseValidationError",
    "HTTPClientError",
    "SDKValidationError",
)

#: Where binary (``format: binary``) request fields get their type from.
FILE_INPUT = TypeRef("FileInput", frozenset({("openrouter_core._multipart", "FileInput")}))
#: The stream object ``<name>_stream`` functions return for byte bodies.
BYTE_STREAM_MODULE = "openrouter_core.streams"

NO_EXAMPLE: Any = object()


class GeneratorError(Exception):
    """The spec or the table says something the generator cannot render faithfully."""


# --- operations.tsv -----------------------------------------------------------------------


@attrs.frozen
class TableRow:
    """One row of operations.tsv: a function to offer."""

    function: str
    method: str
    path: str
    operation_id: str
    sse: bool
    request_content: tuple[str, ...]
    success_content: tuple[str, ...]
    note: str

    @property
    def local(self) -> bool:
        """Whether the function runs locally (no HTTP call)."""
        return self.method == "-"


def read_table(path: str | Path) -> list[TableRow]:
    """Read operations.tsv (tab separated, with a header row)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):

            def split(value: str) -> tuple[str, ...]:
                return () if value in ("", "-") else tuple(value.split(","))

            rows.append(
                TableRow(
                    function=record["function"],
                    method=record["method"],
                    path=record["path"],
                    operation_id=record["operation_id"],
                    sse=record["sse"] == "stream",
                    request_content=split(record["request_content"]),
                    success_content=split(record["success_content"]),
                    note=record["note"],
                )
            )
    return rows


# --- the extracted description ------------------------------------------------------------


@attrs.frozen
class ParamInfo:
    """A path, query or header parameter, as a request field."""

    name: str
    wire: str
    location: str
    required: bool
    type_ref: TypeRef
    description: str
    explode: bool = True
    example: Any = NO_EXAMPLE
    schema: Any = None


@attrs.frozen
class FieldInfo:
    """A body field of the flattened request class."""

    name: str
    wire: str
    annotation: str
    imports: frozenset[tuple[str, str]]
    required: bool
    default: str | None
    description: str
    binary: bool = False
    schema: Any = None


@attrs.frozen
class BodyInfo:
    """The request body: how it is sent and the fields it is made of."""

    kind: str  # "json" | "multipart" | "form"
    content_type: str
    required: bool
    fields: tuple[FieldInfo, ...]
    schema: Any = None
    example: Any = NO_EXAMPLE
    #: The body's model, nested in the request class as ``body`` (JSON bodies); None: the
    #: fields are the request class's own (multipart forms, whose file fields take streams).
    model: TypeRef | None = None


@attrs.frozen
class ResponseInfo:
    """One row of the response table."""

    status: int
    kind: str  # "json" | "bytes" | "sse" | "empty" | "error"
    content_type: str = ""
    type_ref: TypeRef | None = None
    error_class: str | None = None
    schema: Any = None
    example: Any = NO_EXAMPLE
    sse_sentinel: str | None = None


@attrs.frozen
class OperationInfo:
    """Everything needed to render one function module, its tests and its stand-in answers."""

    function: str
    operation_id: str
    pascal: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    note: str
    params: tuple[ParamInfo, ...]
    body: BodyInfo | None
    responses: tuple[ResponseInfo, ...]
    streams: bool
    #: A second body form (multipart next to JSON), sent when the request carries a file.
    upload_body: BodyInfo | None = None
    #: The operation's own server is the API server's origin (``servers`` on the operation).
    from_origin: bool = False

    @property
    def request_class(self) -> str:
        return f"{self.pascal}Request"

    @property
    def upload_request_class(self) -> str:
        return f"{self.pascal}UploadRequest"

    @property
    def error_alias(self) -> str:
        return f"{self.pascal}Error"

    @property
    def success(self) -> ResponseInfo:
        """The row the non-streaming function returns."""
        rows = [row for row in self.responses if row.kind in ("json", "bytes", "empty")]
        if not rows:
            raise GeneratorError(f"{self.operation_id}: no non-streaming success response")
        return rows[0]

    @property
    def events(self) -> ResponseInfo | None:
        return next((row for row in self.responses if row.kind == "sse"), None)

    @property
    def errors(self) -> tuple[ResponseInfo, ...]:
        return tuple(row for row in self.responses if row.kind == "error")

    @property
    def returns_bytes(self) -> bool:
        return self.success.kind == "bytes"

    def request_fields(self, body: BodyInfo | None = None) -> list[str]:
        """Python names of the request class's fields, in order."""
        body = body if body is not None else self.body
        names = [param.name for param in self.params]
        if body is not None:
            names.extend(field.name for field in body.fields)
        return names

    @property
    def request_required(self) -> bool:
        """Whether the function needs a request (some field has no default)."""
        required = any(param.required for param in self.params)
        return required or bool(self.body and any(f.required for f in self.body.fields))


def documented_errors() -> dict[int, tuple[str, str]]:
    """Status → (error class name, body model name), from the hand-written errors module."""
    from openrouter_core import errors

    table = {}
    for name, value in vars(errors).items():
        if (
            inspect.isclass(value)
            and issubclass(value, errors.DocumentedStatusError)
            and value is not errors.DocumentedStatusError
        ):
            table[value.status] = (name, value.data_model.rpartition(":")[2])
    return table


# --- extraction ---------------------------------------------------------------------------


def extract_operations(
    spec: dict[str, Any], rows: Iterable[TableRow], gen: ModelGenerator
) -> list[OperationInfo]:
    """Describe every HTTP function of ``rows`` (local helpers are skipped)."""
    errors = documented_errors()
    return [_extract(spec, row, gen, errors) for row in rows if not row.local]


def _extract(
    spec: dict[str, Any],
    row: TableRow,
    gen: ModelGenerator,
    errors: Mapping[int, tuple[str, str]],
) -> OperationInfo:
    item = spec["paths"].get(row.path)
    if item is None or row.method.lower() not in item:
        raise GeneratorError(f"{row.function}: {row.method} {row.path} is not in the spec")
    op = find_operation(item, row.method, row.operation_id)
    if op is None:
        raise GeneratorError(
            f"{row.function}: no operation {row.operation_id!r} at {row.method} {row.path}"
        )
    # Every name an operation gives (request, error, inline models) starts with its function's.
    pascal = pascal_case(row.function)
    where = f"{row.function} ({row.method} {row.path})"
    params = _params(spec, item.get("parameters", []), op.get("parameters", []), pascal, gen)
    _check_path_template(row.path, params, where)
    body = upload = None
    request_body = resolve(spec, op.get("requestBody"))
    if request_body:
        content = request_body.get("content", {})
        required = bool(request_body.get("required", False))
        taken = {param.name for param in params}
        json_type = next((ct for ct in content if ct in JSON_TYPES), None)
        if json_type is not None:
            body = _body(spec, content[json_type], "json", json_type, required, pascal, taken, gen)
            if MULTIPART_TYPE in content:
                upload = _body(
                    spec,
                    content[MULTIPART_TYPE],
                    "multipart",
                    MULTIPART_TYPE,
                    required,
                    pascal + "Upload",
                    taken,
                    gen,
                )
        elif MULTIPART_TYPE in content:
            body = _body(
                spec,
                content[MULTIPART_TYPE],
                "multipart",
                MULTIPART_TYPE,
                required,
                pascal,
                taken,
                gen,
            )
        elif FORM_TYPE in content:
            body = _body(spec, content[FORM_TYPE], "form", FORM_TYPE, required, pascal, taken, gen)
        else:
            raise GeneratorError(f"{where}: unsupported request content {sorted(content)}")
        _check_wire_names(params, body, where)
        _check_wire_names(params, upload, where)
    responses = _responses(spec, op.get("responses", {}), pascal, gen, errors, where)
    streams = any(r.kind == "sse" for r in responses)
    if streams != row.sse:
        raise GeneratorError(f"{where}: operations.tsv and the spec disagree about streaming")
    tags = op.get("tags") or ["Other"]
    return OperationInfo(
        from_origin=_from_origin(spec, op, where),
        function=row.function,
        operation_id=row.operation_id,
        pascal=pascal,
        method=row.method.upper(),
        path=row.path,
        tag=tags[0],
        summary=clean(op.get("summary")).rstrip("."),
        description=op.get("description") or "",
        note=row.note,
        params=tuple(params),
        body=body,
        responses=tuple(responses),
        streams=streams,
        upload_body=upload,
    )


def _from_origin(spec: dict[str, Any], op: Mapping[str, Any], where: str) -> bool:
    """Whether the operation's own ``servers`` entry is the API server's origin."""
    servers = op.get("servers")
    if not servers:
        return False
    api = spec["servers"][0]["url"]
    origin = "/".join(api.split("/", 3)[:3])
    if [server.get("url", "").rstrip("/") for server in servers] != [origin]:
        raise GeneratorError(f"{where}: only the API's origin is supported as a server")
    return True


_LOCATION_ORDER = {"path": 0, "query": 1, "header": 2}


def _params(
    spec: dict[str, Any],
    common: list[Any],
    own: list[Any],
    pascal: str,
    gen: ModelGenerator,
) -> list[ParamInfo]:
    """Path-level then operation-level parameters (the latter override), path → query → header."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*common, *own]:
        param = resolve(spec, raw)
        if param["in"] == "cookie":
            raise GeneratorError(f"cookie parameter {param['name']!r} is not supported")
        merged[(param["in"], param["name"])] = param
    ordered = sorted(merged.values(), key=lambda p: _LOCATION_ORDER[p["in"]])
    wires = [param["name"] for param in ordered]
    if len(set(wires)) != len(wires):
        # Requests are matched to fields by wire name, so one name cannot be two fields.
        twice = sorted({wire for wire in wires if wires.count(wire) > 1})
        raise GeneratorError(f"parameters {twice} appear in two locations")
    out: list[ParamInfo] = []
    taken: set[str] = set()
    for param in ordered:
        location = param["in"]
        base = python_field_name(param.get("x-speakeasy-name-override") or param["name"], set())
        name = base if base not in taken else f"{base}_{location}"
        if name in taken:
            raise GeneratorError(f"parameter {param['name']!r} collides with another field")
        taken.add(name)
        style = param.get("style")
        if location == "query" and style not in (None, "form"):
            raise GeneratorError(f"query parameter {param['name']!r}: style {style!r}")
        if location in ("path", "header") and style not in (None, "simple"):
            raise GeneratorError(f"{location} parameter {param['name']!r}: style {style!r}")
        schema = param.get("schema", {})
        hint = pascal + pascal_case(name)
        type_ref = _without_none(_hinted(gen.type_for(schema, hint), hint))
        example = param.get("example", resolve(spec, schema).get("example", NO_EXAMPLE))
        description = first_sentence(param.get("description"))
        if name != base:
            note = f"(Named ``{name}`` because ``{base}`` is taken by another parameter.)"
            description = f"{description} {note}".strip()
        out.append(
            ParamInfo(
                name=name,
                wire=param["name"],
                location=location,
                required=bool(param.get("required", False)) or location == "path",
                type_ref=type_ref,
                description=description,
                explode=bool(param.get("explode", True)),
                example=example,
                schema=schema,
            )
        )
    return out


def _hinted(type_ref: TypeRef, hint: str) -> TypeRef:
    """``type_ref``, unless the name asked for was taken and a numbered one was given instead."""
    for part in re.findall(r"[A-Za-z_]\w*", type_ref.annotation):
        if part.startswith(hint) and part[len(hint) :].isdigit():
            raise GeneratorError(
                f"{hint} is already a schema's name; {part} would not be guessable from the"
                " function name (rename the schema or the function)"
            )
    return type_ref


def _without_none(type_ref: TypeRef) -> TypeRef:
    """A parameter's type without ``None``: an absent parameter is simply not sent."""
    parts = [part for part in type_ref.annotation.split(" | ") if part != "None"]
    return TypeRef(" | ".join(parts), type_ref.imports)


def _check_path_template(path: str, params: list[ParamInfo], where: str) -> None:
    placeholders = set(re.findall(r"{([^}]+)}", path))
    declared = {p.wire for p in params if p.location == "path"}
    if placeholders != declared:
        raise GeneratorError(f"{where}: path placeholders {placeholders} != params {declared}")


def _check_wire_names(params: list[ParamInfo], body: BodyInfo | None, where: str) -> None:
    # The pipeline removes parameter wire names from the body it sends.
    if body is None:
        return
    clash = {p.wire for p in params} & {f.wire for f in body.fields}
    if clash:
        raise GeneratorError(f"{where}: body fields {sorted(clash)} share a parameter's wire name")


def _body(
    spec: dict[str, Any],
    media: Mapping[str, Any],
    kind: str,
    content_type: str,
    required: bool,
    pascal: str,
    taken: set[str],
    gen: ModelGenerator,
) -> BodyInfo:
    schema = media.get("schema", {})
    resolved = resolve(spec, schema)
    if resolved.get("type") not in ("object", None) or not (
        "properties" in resolved or "allOf" in resolved
    ):
        raise GeneratorError(f"{pascal}: request body is not an object schema")
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    model = None
    if kind == "json":
        # One declaration per shape: a JSON body is its own model (the component's, or
        # ``<Function>Body`` for an inline schema), nested in the request class as ``body``.
        hint = pascal_case(ref.rsplit("/", 1)[1]) if ref else f"{pascal}Body"
        model = _without_none(_hinted(gen.type_for(schema, hint), hint))
        if not model.annotation.isidentifier():
            raise GeneratorError(f"{pascal}: JSON body {model.annotation} is not one model")
    else:
        hint = pascal_case(ref.rsplit("/", 1)[1]) if ref else f"{pascal}Request"
    fields = []
    properties = _properties(spec, resolved)
    for spec_field in gen.model_fields(schema, hint):
        fields.append(_field(spec, spec_field, properties.get(spec_field.wire), taken))
    example = media.get("example", resolved.get("example", NO_EXAMPLE))
    return BodyInfo(
        model=model,
        kind=kind,
        content_type=content_type,
        required=required,
        fields=tuple(fields),
        schema=schema,
        example=example,
    )


def _properties(spec: dict[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        props.update(_properties(spec, resolve(spec, part)))
    props.update(schema.get("properties", {}))
    return props


def _is_binary(spec: dict[str, Any], schema: Any) -> bool:
    resolved = resolve(spec, schema) if schema is not None else {}
    return isinstance(resolved, dict) and resolved.get("format") == "binary"


def _field(spec: dict[str, Any], field: FieldSpec, schema: Any, taken: set[str]) -> FieldInfo:
    name = field.name
    description = field.description or ""
    if name in taken or name == "extra_fields":
        renamed = f"{name}_body"
        description = (
            f"{description} (Named ``{renamed}`` because ``{name}`` is taken by a parameter.)"
            if name != "extra_fields"
            else f"{description} (Named ``{renamed}``; ``extra_fields`` holds unknown fields.)"
        ).strip()
        name = renamed
    binary = _is_binary(spec, schema)
    type_ref = FILE_INPUT if binary else field.type_ref
    annotation = type_ref.annotation
    imports = set(type_ref.imports)
    if field.required:
        if field.nullable and "None" not in annotation.split(" | "):
            annotation += " | None"
        default = None
    else:
        default = field.default_expr or ("UNSET" if field.nullable else "None")
        parts = annotation.split(" | ")
        if default == "UNSET":
            if "Unset" not in parts:
                annotation += " | Unset"
            if "None" not in annotation.split(" | "):
                annotation += " | None"
            imports |= {("openrouter_core._unset", "UNSET"), ("openrouter_core._unset", "Unset")}
        elif default == "None" and "None" not in parts:
            annotation += " | None"
    return FieldInfo(
        name=name,
        wire=field.wire,
        annotation=annotation,
        imports=frozenset(imports),
        required=field.required,
        default=default,
        description=description,
        binary=binary,
        schema=schema,
    )


def _responses(
    spec: dict[str, Any],
    responses: Mapping[str, Any],
    pascal: str,
    gen: ModelGenerator,
    errors: Mapping[int, tuple[str, str]],
    where: str,
) -> list[ResponseInfo]:
    out: list[ResponseInfo] = []
    for status_text in sorted(responses, key=str):
        if not status_text.isdigit():
            raise GeneratorError(f"{where}: response {status_text!r} is not a status code")
        status = int(status_text)
        response = resolve(spec, responses[status_text])
        content = response.get("content") or {}
        if status >= 400:
            out.append(_error_row(spec, status, content, errors, gen, where))
            continue
        if not content:
            out.append(ResponseInfo(status, "empty"))
            continue
        for content_type, media in content.items():
            schema = media.get("schema", {})
            example = media.get("example", resolve(spec, schema).get("example", NO_EXAMPLE))
            if content_type in JSON_TYPES:
                type_ref = _hinted(gen.type_for(schema, f"{pascal}Response"), f"{pascal}Response")
                out.append(
                    ResponseInfo(status, "json", content_type, type_ref, None, schema, example)
                )
            elif content_type == SSE_TYPE:
                type_ref = _event_type(spec, schema, pascal, gen)
                sentinel = media.get("x-speakeasy-sse-sentinel")
                out.append(
                    ResponseInfo(
                        status, "sse", content_type, type_ref, None, schema, example, sentinel
                    )
                )
            elif _is_binary(spec, schema) or resolve(spec, schema).get("type") == "string":
                out.append(ResponseInfo(status, "bytes", content_type, None, None, schema, example))
            else:
                raise GeneratorError(f"{where}: unsupported {status} content {content_type!r}")
    return out


def _event_type(spec: dict[str, Any], schema: Any, pascal: str, gen: ModelGenerator) -> TypeRef:
    """The model each event's ``data`` parses into."""
    resolved = resolve(spec, schema)
    data = resolved.get("properties", {}).get("data") if isinstance(resolved, dict) else None
    if data is not None:
        return _hinted(gen.type_for(data, f"{pascal}StreamChunk"), f"{pascal}StreamChunk")
    return _hinted(gen.type_for(schema, f"{pascal}StreamChunk"), f"{pascal}StreamChunk")


def _error_row(
    spec: dict[str, Any],
    status: int,
    content: Mapping[str, Any],
    errors: Mapping[int, tuple[str, str]],
    gen: ModelGenerator,
    where: str,
) -> ResponseInfo:
    if status not in errors:
        raise GeneratorError(f"{where}: status {status} has no error class in errors.py")
    error_class, model = errors[status]
    media = content.get("application/json")
    if media is None:
        raise GeneratorError(f"{where}: error {status} has no JSON body")
    schema = media.get("schema", {})
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    # Another body than the class's own (the Anthropic-style errors of /messages) is named
    # in the row: ``fails(Class, body=Model)``.
    body = None if ref.rsplit("/", 1)[-1] == model else gen.type_for(schema, "ErrorBody")
    example = media.get("example", resolve(spec, schema).get("example", NO_EXAMPLE))
    return ResponseInfo(status, "error", "application/json", body, error_class, schema, example)


# --- rendering ----------------------------------------------------------------------------


class _Imports:
    """``from module import name`` lines, collected while rendering."""

    def __init__(self) -> None:
        self.by_module: dict[str, set[str]] = {}
        self.plain: set[str] = set()

    def add(self, module: str, *names: str) -> None:
        self.by_module.setdefault(module, set()).update(names)

    def add_refs(self, refs: Iterable[tuple[str, str]]) -> None:
        for module, name in refs:
            if module == "builtins":
                continue
            self.add(module, name)

    def names(self) -> set[str]:
        return {name for names in self.by_module.values() for name in names}

    def render(self) -> str:
        pairs = [(module, name) for module, names in self.by_module.items() for name in names]
        return render.import_block(pairs, self.plain)


def _literal(value: str) -> str:
    """A double-quoted Python string literal (ruff format's quote style)."""
    text = repr(value)
    if text.startswith("'") and '"' not in value:
        text = '"' + text[1:-1].replace("\\'", "'") + '"'
    return text


def _param_field(param: ParamInfo) -> list[str]:
    annotation = param.type_ref.annotation
    wire = f"metadata={{{_literal('wire')}: {_literal(param.wire)}}}"
    if param.required:
        line = f"    {param.name}: {annotation} = attrs.field({wire})"
    else:
        if "None" not in annotation.split(" | "):
            annotation += " | None"
        line = f"    {param.name}: {annotation} = attrs.field(default=None, {wire})"
    lines = [line]
    if param.description:
        lines.append(f'    """{docstring_safe(param.description)}"""')
    return lines


def _body_field(field: FieldInfo) -> list[str]:
    if field.wire != field.name:
        wire = f"metadata={{{_literal('wire')}: {_literal(field.wire)}}}"
        if field.default is None:
            line = f"    {field.name}: {field.annotation} = attrs.field({wire})"
        else:
            line = f"    {field.name}: {field.annotation} = attrs.field(default={field.default}, {wire})"
    elif field.default is None:
        line = f"    {field.name}: {field.annotation}"
    else:
        line = f"    {field.name}: {field.annotation} = {field.default}"
    lines = [line]
    if field.description:
        lines.append(f'    """{docstring_safe(field.description)}"""')
    return lines


def _nested_body_field(body: BodyInfo, model: TypeRef) -> list[str]:
    """``body: Model``: the JSON body, declared once by its model and nested here."""
    name = model.annotation
    if not body.required:
        line = f"    body: {name} | None = None"
    elif any(field.required for field in body.fields):
        line = f"    body: {name}"
    else:
        line = f"    body: {name} = attrs.field(factory={name})"
    doc = "The JSON body; a dict request gives its fields next to the parameters."
    return [line, f'    """{doc}"""']


def _request_class(
    op: OperationInfo, body: BodyInfo | None, class_name: str, imports: _Imports
) -> list[str]:
    call = f"``{op.method} {op.path}``"
    form = (
        None
        if body is None
        else {"json": "JSON body", "form": "URL-encoded form"}.get(body.kind, "multipart form")
    )
    if body is None:
        doc = f"The parameters of {call}."
    elif op.params:
        doc = f"The parameters and {form} of {call}."
    else:
        doc = f"The {form} of {call}."
    lines = ["@attrs.frozen(kw_only=True)", f"class {class_name}:"]
    if body is not None and body.kind == "multipart":
        more = (
            "A file field takes bytes, a binary file object (streamed, not read into memory)"
            " or a ``(filename, bytes or file, content_type)`` tuple."
        )
        lines += [f'    """{doc}', ""]
        lines += ["    " + line for line in textwrap.wrap(more, 92)]
        lines += ['    """', ""]
    elif body is None or body.kind == "json":
        doc_lines = docstrings.request_class_docstring(op, doc)
        lines += [f'    """{doc_lines[0]}', *(f"    {line}".rstrip() for line in doc_lines[1:])]
        lines += ['    """', ""]
    else:
        lines += [f'    """{doc}"""', ""]
    if body is not None and body.model is not None:
        imports.add_refs(body.model.imports)
        lines.extend(_nested_body_field(body, body.model))
    for param in op.params:
        imports.add_refs(param.type_ref.imports)
        lines.extend(_param_field(param))
    if body is not None and body.model is None:
        for field in body.fields:
            imports.add_refs(field.imports)
            lines.extend(_body_field(field))
    if lines[-1] == "":
        lines.append("    pass")
    return lines


def _operation_value(
    op: OperationInfo,
    constant: str,
    request_class: str,
    body: BodyInfo | None,
    rows: list[str],
    response_type: str,
    *,
    accept: str | None,
    streams: bool,
    imports: _Imports,
) -> list[str]:
    lines = [
        f"{constant}: Operation[{request_class}, {response_type}] = Operation(",
        f"    operation_id={_literal(op.operation_id)},",
        f"    method={_literal(op.method)},",
        f"    path={_literal(op.path)},",
        f"    request_type={request_class},",
    ]
    if op.params:
        lines.append("    params=(")
        for param in op.params:
            imports.add("openrouter_core._operation", param.location)
            extra = "" if param.explode or param.location != "query" else ", explode=False"
            lines.append(
                f"        {param.location}({_literal(param.name)}, {_literal(param.wire)}{extra}),"
            )
        lines.append("    ),")
    if body is not None and body.model is not None:
        imports.add("openrouter_core._operation", "json_body")
        extra = (
            ""
            if body.content_type == "application/json"
            else f", content_type={_literal(body.content_type)}"
        )
        extra += "" if body.required else ", required=False"
        lines.append(f"    body=json_body({body.model.annotation}{extra}),")
    elif body is not None:
        default = {
            "json": ("JSON_BODY", "application/json"),
            "multipart": ("MULTIPART_BODY", MULTIPART_TYPE),
            "form": ("FORM_BODY", FORM_TYPE),
        }
        constant_name, content_type = default[body.kind]
        if body.required and body.content_type == content_type:
            imports.add("openrouter_core._operation", constant_name)
            lines.append(f"    body={constant_name},")
        else:
            imports.add("openrouter_core._operation", "Body")
            lines.append(
                f"    body=Body({_literal(body.kind)}, {_literal(body.content_type)},"
                f" required={body.required}),"
            )
    lines.append("    responses=(")
    lines.extend(f"        {row}," for row in rows)
    lines.append("    ),")
    if streams:
        lines.append("    streams=True,")
    if accept is not None:
        lines.append(f"    accept={_literal(accept)},")
    if op.from_origin:
        lines.append("    from_origin=True,")
    lines.append(")")
    return lines


def _response_rows(op: OperationInfo, imports: _Imports, *, byte_stream: bool = False) -> list[str]:
    rows = []
    for row in op.responses:
        if row.kind == "json":
            assert row.type_ref is not None
            imports.add_refs(row.type_ref.imports)
            imports.add("openrouter_core._operation", "ok")
            rows.append(f"ok({row.status}, {row.type_ref.annotation})")
        elif row.kind == "sse":
            assert row.type_ref is not None
            imports.add_refs(row.type_ref.imports)
            imports.add("openrouter_core._operation", "ok_events")
            rows.append(f"ok_events({row.status}, {row.type_ref.annotation})")
        elif row.kind == "bytes":
            helper = "ok_byte_stream" if byte_stream else "ok_bytes"
            imports.add("openrouter_core._operation", helper)
            rows.append(f"{helper}({row.status}, {_literal(row.content_type)})")
        elif row.kind == "empty":
            imports.add("openrouter_core._operation", "ok_empty")
            rows.append(f"ok_empty({row.status})")
        else:
            assert row.error_class is not None
            imports.add("openrouter_core._operation", "fails")
            imports.add("openrouter_core.errors", row.error_class)
            if row.type_ref is None:
                rows.append(f"fails({row.error_class})")
            else:
                imports.add_refs(row.type_ref.imports)
                rows.append(f"fails({row.error_class}, body={row.type_ref.annotation})")
    return rows


def success_type(op: OperationInfo) -> str:
    """The annotation of the non-streaming function's success value."""
    row = op.success
    if row.kind == "bytes":
        return "bytes"
    if row.kind == "empty":
        return "None"
    assert row.type_ref is not None
    return row.type_ref.annotation


def _exports_of_response(
    op: OperationInfo, gen: ModelGenerator, spec: dict[str, Any]
) -> set[tuple[str, str]]:
    """The success model, plus the classes of its own module that its fields use directly."""
    row = op.success
    if row.kind != "json" or row.type_ref is None:
        return set()
    refs = set(row.type_ref.imports)
    if not row.type_ref.annotation.isidentifier():
        return refs
    modules = {module for module, _ in row.type_ref.imports}
    resolved = resolve(spec, row.schema)
    if isinstance(resolved, dict) and resolved.get("properties"):
        for field in gen.model_fields(row.schema, row.type_ref.annotation):
            refs |= {ref for ref in field.type_ref.imports if ref[0] in modules}
    return refs


def _sort_all(names: Iterable[str]) -> list[str]:
    """``__all__`` in ruff's isort-style order (RUF022): CONSTANTS, Classes, functions."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name)

    return sorted(set(names), key=key)


def _function(
    name: str,
    request_type: str,
    *,
    required: bool,
    result: str,
    doc: str,
    operation: str,
    is_async: bool,
    dict_type: str = "Mapping[str, Any]",
) -> list[str]:
    """One public function: the signature every module shares, a docstring, one call."""
    default = "" if required else " | None = None"
    prefix, call = ("async def", "await invoke_async") if is_async else ("def", "invoke")
    return [
        "",
        "",
        f"{prefix} {name}(",
        "    core: OpenRouterCore,",
        f"    request: {request_type} | {dict_type}{default},",
        "    *,",
        "    options: RequestOptions | Mapping[str, Any] | None = None,",
        f") -> {result}:",
        f'    """{doc}"""',
        f"    return {call}(core, {operation}, request, options)",
    ]


def _error_alias(op: OperationInfo, imports: _Imports) -> list[str]:
    """``<Op>Error: TypeAlias = (...)``: any named status, then the failures every call has.

    A live server sends 429 and 5XX from endpoints that do not document them, and the
    pipeline maps each named status on every operation, so the union names them all; the
    ``OPERATION`` table still lists the statuses this endpoint documents.
    """
    members = ["AnyStatusError", *TRAILING_ERRORS]
    imports.add("openrouter_core.errors", *members)
    return [
        "#: Any status with a named class (``OPERATION`` lists the ones documented here), then",
        "#: the failures every call can have.",
        f"{op.error_alias}: TypeAlias = (",
        f"    {members[0]}",
        *(f"    | {name}" for name in members[1:]),
        ")",
    ]


def render_function_module(op: OperationInfo, gen: ModelGenerator, spec: dict[str, Any]) -> str:
    """The source of ``openrouter_funcs/<op.function>.py`` (before ruff formatting)."""
    imports = _Imports()
    imports.add("__future__", "annotations")
    imports.add("collections.abc", "Mapping")
    imports.add("typing", "Any", "TypeAlias")
    imports.plain.add("attrs")
    imports.add("returns.result", "Result")
    imports.add("openrouter_core", "OpenRouterCore", "RequestOptions")
    imports.add("openrouter_core._operation", "Operation")
    imports.add("openrouter_core._pipeline", "invoke", "invoke_async")

    type_checking: set[tuple[str, str]] = set()
    request_class = op.request_class
    request_type = request_class
    exports = {op.error_alias, request_class, op.function, f"{op.function}_async"}
    if op.body is not None and op.body.model is not None:
        exports |= {name for _, name in op.body.model.imports}
    classes = _request_class(op, op.body, request_class, imports)
    if op.upload_body is not None:
        upload = _request_class(op, op.upload_body, op.upload_request_class, imports)
        classes += ["", "", *upload]
        request_type = f"{request_class} | {op.upload_request_class}"
        exports.add(op.upload_request_class)

    result_type = success_type(op)
    rows = _response_rows(op, imports)
    accept = op.success.content_type if op.returns_bytes else None

    def table(
        constant: str, request: str, body: BodyInfo | None, rows: list[str], result: str
    ) -> list[str]:
        streams = op.streams and constant != "STREAM_OPERATION"
        lines = _operation_value(
            op,
            constant,
            request,
            body,
            rows,
            result,
            accept=accept,
            streams=streams,
            imports=imports,
        )
        return lines if constant == "OPERATION" else ["", "", *lines]

    values = table("OPERATION", request_class, op.body, rows, result_type)
    if op.upload_body is not None:
        values += table(
            "UPLOAD_OPERATION", op.upload_request_class, op.upload_body, rows, result_type
        )
        values += ["", "", *_dispatch(op, result_type)]
    if op.returns_bytes:
        imports.add(BYTE_STREAM_MODULE, "AsyncByteStream", "ByteStream")
        stream_rows = _response_rows(op, imports, byte_stream=True)
        values += [
            "",
            "",
            "#: The same call, with the body handed over unread (see ``ByteStream``).",
        ]
        values += table("STREAM_OPERATION", request_class, op.body, stream_rows, "ByteStream")[2:]
        exports |= {"AsyncByteStream", "ByteStream"}

    operation = "_operation_for(request)" if op.upload_body is not None else "OPERATION"
    dict_type = "Mapping[str, Any]"
    if typed_dicts.has_request_dict(op):
        dict_lines, dict_refs, typing_names = typed_dicts.request_dict_classes(
            op, typed_dicts.writer_for(gen)
        )
        classes += ["", "", *dict_lines]
        imports.add("typing", "TypedDict", *typing_names)
        type_checking.update(typed_dicts.imports_for(dict_refs, typed_dicts.writer_for(gen)))
        if "Required[" in "\n".join(dict_lines):
            type_checking.add(("typing_extensions", "Required"))
        dict_type = f"{op.pascal}RequestDict"
        exports.add(dict_type)

    def doc(is_async: bool, chunk: str | None = None) -> str:
        return docstrings.function_docstring(
            op, spec, result_type=result_type, chunk=chunk, is_async=is_async
        )

    result = f"Result[{result_type}, {op.error_alias}]"
    required = op.request_required
    events = op.events
    if op.streams and events is not None and events.type_ref is not None:
        imports.add("typing", "Literal", "overload")
        chunk = events.type_ref.annotation
        imports.add_refs(events.type_ref.imports)
        exports |= {f"{op.pascal}StreamingRequestDict", f"{op.pascal}RequestDict"}
        type_checking.add(("openrouter_core.streams", "AsyncEventStream"))
        type_checking.add(("openrouter_core.streams", "EventStream"))
        functions = _streaming_functions(
            op,
            request_type,
            result_type,
            chunk,
            doc=doc(False, chunk),
            required=required,
            is_async=False,
        )
        functions += _streaming_functions(
            op,
            request_type,
            result_type,
            chunk,
            doc=doc(True, chunk),
            required=required,
            is_async=True,
        )
        return _assemble(
            op,
            gen,
            spec,
            imports,
            exports,
            classes,
            values,
            functions,
            request_class,
            type_checking=type_checking,
        )
    functions = _function(
        op.function,
        request_type,
        required=required,
        result=result,
        doc=doc(False),
        operation=operation,
        is_async=False,
        dict_type=dict_type,
    )
    functions += _function(
        f"{op.function}_async",
        request_type,
        required=required,
        result=result,
        doc=doc(True),
        operation=operation,
        is_async=True,
        dict_type=dict_type,
    )
    if op.returns_bytes:
        functions += _function(
            f"{op.function}_stream",
            request_type,
            result=f"Result[ByteStream, {op.error_alias}]",
            doc=docstrings.function_docstring(
                op, spec, result_type="ByteStream", chunk=None, is_async=False, variant="_stream"
            ),
            required=required,
            operation="STREAM_OPERATION",
            is_async=False,
            dict_type=dict_type,
        )
        functions += _function(
            f"{op.function}_stream_async",
            request_type,
            result=f"Result[AsyncByteStream, {op.error_alias}]",
            doc=docstrings.function_docstring(
                op,
                spec,
                result_type="AsyncByteStream",
                chunk=None,
                is_async=True,
                variant="_stream",
            ),
            required=required,
            operation="STREAM_OPERATION",
            is_async=True,
            dict_type=dict_type,
        )
        exports |= {f"{op.function}_stream", f"{op.function}_stream_async"}

    return _assemble(
        op,
        gen,
        spec,
        imports,
        exports,
        classes,
        values,
        functions,
        request_class,
        type_checking=type_checking,
    )


def _assemble(
    op: OperationInfo,
    gen: ModelGenerator,
    spec: dict[str, Any],
    imports: _Imports,
    exports: set[str],
    classes: list[str],
    values: list[str],
    functions: list[str],
    request_class: str,
    *,
    type_checking: set[tuple[str, str]],
) -> str:
    if type_checking:
        imports.add("typing", "TYPE_CHECKING")
    errors = _error_alias(op, imports)
    response_refs = _exports_of_response(op, gen, spec)
    imports.add_refs(response_refs)
    exports |= {name for _, name in response_refs}
    clash = imports.names() & {request_class, op.error_alias, op.upload_request_class}
    if clash:
        raise GeneratorError(f"{op.function}: imported names {sorted(clash)} clash with its own")

    out = [GENERATED_LINE.format(source=op.operation_id), f'"""{docstring_safe(_module_title(op))}']
    for paragraph in _module_paragraphs(op):
        out += ["", docstring_safe(textwrap.fill(paragraph, 96, break_on_hyphens=False))]
    code = "\n".join([*classes, *errors, *values, *functions])
    for module, name in (("collections.abc", "Mapping"), ("typing", "Any")):
        if not re.search(rf"\b{name}\b", code):  # typed dicts replaced most plain mappings
            imports.by_module.get(module, set()).discard(name)
    out += ['"""', "", imports.render()]
    if type_checking:
        # Only a type checker reads these: the stream classes and the request's nested dicts.
        block = render.import_block(sorted(type_checking), set())
        out += [
            "",
            "if TYPE_CHECKING:",
            *("    " + line if line else "" for line in block.splitlines()),
        ]
    out += ["", "__all__ = ["]
    out += [f"    {_literal(name)}," for name in _sort_all(exports)]
    out += ["]", "", "", *classes, "", "", *errors, "", *values, *functions]
    return "\n".join(out) + "\n"


def _streaming_dicts(op: OperationInfo) -> list[str]:
    """TypedDicts that let a type checker tell a streaming dict request from a plain one."""
    names = [name for name in op.request_fields(op.body)]
    lines: list[str] = []
    for suffix, stream_type, doc in (
        (
            "StreamingRequestDict",
            "Required[Literal[True]]",
            "with ``stream: True``: the call returns a stream",
        ),
        (
            "RequestDict",
            "NotRequired[Literal[False]]",
            "without ``stream: True``: the call returns the body",
        ),
    ):
        lines += [
            f"class {op.pascal}{suffix}(TypedDict, total=False):",
            f'    """The request as a dict literal {doc}."""',
            "",
        ]
        for name in names:
            if name == "stream":
                continue
            lines.append(f"    {name}: Any")
        lines += [f"    stream: {stream_type}", "", ""]
    return lines[:-2]


def _streaming_functions(
    op: OperationInfo,
    request_type: str,
    result_type: str,
    chunk: str,
    *,
    doc: str,
    required: bool,
    is_async: bool,
) -> list[str]:
    """A streaming operation's function: overloads make the return type follow ``stream``."""
    name = f"{op.function}_async" if is_async else op.function
    prefix = "async def" if is_async else "def"
    stream_class = "AsyncEventStream" if is_async else "EventStream"
    body = f"Result[{result_type}, {op.error_alias}]"
    streamed = f"Result[{stream_class}[{chunk}], {op.error_alias}]"
    default = "" if required else " | None = None"
    plain = f"{request_type} | {op.pascal}RequestDict"
    general = f"{plain} | {op.pascal}StreamingRequestDict{default}"

    def signature(request: str, stream: str, result: str) -> list[str]:
        return [
            "",
            "",
            "@overload",
            f"{prefix} {name}(",
            "    core: OpenRouterCore,",
            f"    request: {request},",
            "    *,",
            f"    stream: {stream},",
            "    options: RequestOptions | Mapping[str, Any] | None = None,",
            f") -> {result}: ...",
        ]

    call = "await invoke_async" if is_async else "invoke"
    return [
        *signature(f"{op.pascal}StreamingRequestDict", "None = None", streamed),
        # Without ``stream: True`` in a dict, and always for the class, the body comes back.
        *signature(f"{plain}{default}", "None = None", body),
        *signature(general, "Literal[True]", streamed),
        *signature(general, "Literal[False]", body),
        *signature(general, "bool | None = None", f"{body} | {streamed}"),
        "",
        "",
        f"{prefix} {name}(",
        "    core: OpenRouterCore,",
        f"    request: {general},",
        "    *,",
        "    stream: bool | None = None,",
        "    options: RequestOptions | Mapping[str, Any] | None = None,",
        f") -> {body} | {streamed}:",
        f'    """{doc}"""',
        f"    return {call}(core, OPERATION, request, options, stream=stream)",
    ]


def alias_target(op: OperationInfo) -> str | None:
    """The function ``op`` is a deprecated alias of, per operations.tsv's note, if any."""
    match = re.match(r"deprecated alias of (\w+)", op.note)
    return match.group(1) if match else None


def render_alias_module(op: OperationInfo, target: str, target_source: str) -> str:
    """A module that re-exports ``target``'s module under ``op.function``'s names."""
    found = re.search(r"^__all__ = \[(.*?)^\]", target_source, re.S | re.M)
    if found is None:
        raise GeneratorError(f"{op.function}: {target} has no __all__ to alias")
    names = re.findall(r'"(\w+)"', found.group(1))
    renamed = {name: name.replace(target, op.function, 1) for name in names}
    imports = [
        f"from openrouter_funcs.{target} import {name} as {alias}"
        for name, alias in sorted(renamed.items())
    ]
    imports.insert(0, f"from openrouter_funcs.{target} import OPERATION as OPERATION")
    exports = _sort_all(renamed.values())
    out = [
        GENERATED_LINE.format(source=op.operation_id),
        f'"""{docstring_safe(_module_title(op))}',
        "",
        f"A deprecated alias of :mod:`openrouter_funcs.{target}`, kept for parity with the",
        "TypeScript SDK; it is the same operation, so new code should import that module.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        *imports,
        "",
        "__all__ = [",
        *(f"    {_literal(name)}," for name in exports),
        "]",
    ]
    return "\n".join(out) + "\n"


def _dispatch(op: OperationInfo, result_type: str) -> list[str]:
    assert op.upload_body is not None
    keys = sorted({name for f in op.upload_body.fields if f.binary for name in (f.name, f.wire)})
    if not keys:
        raise GeneratorError(f"{op.function}: the multipart form has no file field to dispatch on")
    test = " or ".join(f"{_literal(key)} in request" for key in keys)
    return [
        f"def _operation_for(request: object) -> Operation[Any, {result_type}]:",
        '    """The multipart upload form when the request carries a file, else the JSON form."""',
        f"    if isinstance(request, {op.upload_request_class}) or (",
        f"        isinstance(request, Mapping) and ({test})",
        "    ):",
        "        return UPLOAD_OPERATION",
        "    return OPERATION",
    ]


def _module_title(op: OperationInfo) -> str:
    title = op.summary or op.operation_id
    return f"{title}: ``{op.method} {op.path}``."


def _module_paragraphs(op: OperationInfo) -> list[str]:
    out = paragraphs(op.description)
    bodies = sorted({row.type_ref.annotation for row in op.errors if row.type_ref is not None})
    if bodies:
        out.append(
            f"Error bodies of the statuses documented here follow this endpoint's own format:"
            f" ``err.data`` holds a parsed ``{bodies[0]}``, not the body its class names elsewhere."
        )
    if op.note.startswith("deprecated"):
        out.append(op.note[0].upper() + op.note[1:] + ".")
    if op.streams:
        out.append(
            f'Streams: ``{op.function}(core, request, stream=True)`` (or ``"stream": True`` in'
            " a dict request) returns the response as server-sent events, one ``Result`` per"
            " event; without it the whole body comes back."
        )
    if op.upload_body is not None:
        out.append(
            f"Send ``{op.request_class}`` as JSON, or ``{op.upload_request_class}`` as a"
            " multipart/form-data upload with a file."
        )
    if op.returns_bytes:
        out.append(
            f"``{op.function}`` returns the whole body as bytes; ``{op.function}_stream`` hands"
            " it over unread for large bodies."
        )
    return out


# --- the function list --------------------------------------------------------------------


#: How the table's notes read in FUNCTIONS.md.
_NOTES = {
    "beyond: absent from the TypeScript SDK": "Not in the TypeScript SDK.",
    "deprecated alias of responses_send, kept for parity": (
        "Deprecated alias of `responses_send`, kept for parity."
    ),
}


def render_function_list(
    ops: Iterable[OperationInfo],
    rows: Iterable[TableRow],
    extra_notes: Mapping[str, list[str]] | None = None,
) -> str:
    """``openrouter_funcs/FUNCTIONS.md``: every function, grouped by API area (the spec's tag).

    ``extra_notes`` adds notes per function name (e.g. its paginated ``_pages`` form).
    """
    by_tag: dict[str, list[tuple[str, str, str]]] = {}
    for op in ops:
        notes = []
        if op.streams:
            notes.append("Can stream (server-sent events).")
        if op.returns_bytes:
            notes.append(f"Returns bytes; `{op.function}_stream` for large bodies.")
        if op.upload_body is not None:
            notes.append("JSON, or a multipart upload with a file.")
        elif op.body is not None and op.body.kind == "multipart":
            notes.append("Multipart upload.")
        if not op.note.startswith("as in"):
            notes.append(_NOTES.get(op.note, op.note))
        notes.extend((extra_notes or {}).get(op.function, ()))
        summary = " ".join([f"{op.summary}.", *(f"*{note}*" for note in notes)])
        by_tag.setdefault(op.tag, []).append((op.function, f"`{op.method} {op.path}`", summary))
    for row in rows:
        if row.local:
            note = row.note[0].upper() + row.note[1:] + "."
            by_tag.setdefault("OAuth", []).append((row.function, "local", note))
    lines = [
        "<!-- Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit. -->",
        "# Functions",
        "",
        "One module per function: `from openrouter_funcs import <name>` (or from its module,"
        " `openrouter_funcs.<name>`, with its request and response classes). Each HTTP"
        " function takes `(core, request, *, options=None)`, returns a `Result`, and has an"
        " `<name>_async` twin; `help(<name>)` shows its parameters and errors.",
    ]
    total = 0
    for tag in sorted(by_tag, key=str.lower):
        lines += ["", f"## {tag}", "", "| Function | Call | Summary |", "|---|---|---|"]
        for function, call, summary in sorted(by_tag[tag]):
            lines.append(f"| `{function}` | {call} | {summary.replace('|', '/')} |")
            total += 1
    lines[4:4] = ["", f"{total} functions in {len(by_tag)} areas."]
    return "\n".join(lines) + "\n"
