"""Operations: operations.tsv + the spec → a plain description of every function to offer.

:func:`extract_operations` reads each operation once and answers with frozen values
(:class:`OperationInfo` and the rows it holds): its parameters, body, response table and
streaming. Everything downstream renders from these values, never from the spec's own
shapes: the function modules (:mod:`codegen.function_modules`), the function list
(:mod:`codegen.function_list`), the stand-in's examples and the test cases.

Names a user can guess from the function name: everything an operation adds starts with the
function's name in PascalCase (``chat_send`` → ``ChatSendRequest``, ``ChatSendRequestDict``,
``ChatSendStreamingRequestDict``, ``ChatSendError``; an inline JSON body ``ChatSendBody``, an
inline response ``ChatSendResponse``, an inline event ``ChatSendStreamChunk``, an inline
parameter type ``ChatSend<Param>``). Component schemas keep the spec's names (``ChatRequest``).
No name gets a numeric suffix: the function names are unique, so these never collide.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from codegen.models import FieldSpec, ModelGenerator, TypeRef
from codegen.naming import pascal_case, python_field_name
from codegen.spec import find_operation, resolve
from codegen.text import clean, first_sentence

#: Content types read as JSON (a success body of another type comes back as bytes).
JSON_TYPES = ("application/json",)
SSE_TYPE = "text/event-stream"
MULTIPART_TYPE = "multipart/form-data"
FORM_TYPE = "application/x-www-form-urlencoded"

#: Where binary (``format: binary``) request fields get their type from.
FILE_INPUT = TypeRef("FileInput", frozenset({("openrouter_core._multipart", "FileInput")}))

#: Where the spec documents no example (``None`` can be a documented one).
NO_EXAMPLE: Any = object()
#: The response kinds a non-streaming call returns (the first such row is the success).
SUCCESS_KINDS = ("json", "bytes", "empty")


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
            rows.append(
                TableRow(
                    function=record["function"],
                    method=record["method"],
                    path=record["path"],
                    operation_id=record["operation_id"],
                    sse=record["sse"] == "stream",
                    request_content=_content_types(record["request_content"]),
                    success_content=_content_types(record["success_content"]),
                    note=record["note"],
                )
            )
    return rows


def _content_types(cell: str) -> tuple[str, ...]:
    """A comma-separated cell of content types (``-`` or empty: none)."""
    return () if cell in ("", "-") else tuple(cell.split(","))


# --- the description ----------------------------------------------------------------------


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
    #: What the module exports beside its own names: the success model and the classes of its
    #: model module that the success model's fields use directly.
    success_exports: frozenset[tuple[str, str]] = frozenset()

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
        rows = [row for row in self.responses if row.kind in SUCCESS_KINDS]
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

    @property
    def request_required(self) -> bool:
        """Whether the function needs a request (some field has no default)."""
        required = any(param.required for param in self.params)
        return required or bool(self.body and any(f.required for f in self.body.fields))


def success_type(op: OperationInfo) -> str:
    """The annotation of the non-streaming function's success value."""
    row = op.success
    if row.kind == "bytes":
        return "bytes"
    if row.kind == "empty":
        return "None"
    assert row.type_ref is not None
    return row.type_ref.annotation


def alias_target(op: OperationInfo) -> str | None:
    """The function ``op`` is a deprecated alias of, per operations.tsv's note, if any."""
    match = re.match(r"deprecated alias of (\w+)", op.note)
    return match.group(1) if match else None


def documented_errors() -> dict[int, tuple[str, str]]:
    """Status → (error class name, body model name), from the status table the runtime's
    error classes read too (``openrouter_core.errors.STATUS_ERROR_TABLE``)."""
    from openrouter_core.errors import STATUS_ERROR_TABLE

    return {
        status: (error_class, body_model.rpartition(":")[2])
        for status, error_class, body_model in STATUS_ERROR_TABLE
    }


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
    body, upload = _request_bodies(spec, op, params, pascal, gen, where)
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
        success_exports=_success_exports(spec, responses, gen),
    )


def _request_bodies(
    spec: dict[str, Any],
    op: Mapping[str, Any],
    params: list[ParamInfo],
    pascal: str,
    gen: ModelGenerator,
    where: str,
) -> tuple[BodyInfo | None, BodyInfo | None]:
    """The request body, and the multipart upload form offered beside a JSON one (if any)."""
    request_body = resolve(spec, op.get("requestBody") or {})
    if not request_body:
        return None, None
    content = request_body.get("content", {})
    required = bool(request_body.get("required", False))
    taken = {param.name for param in params}

    # (kind, content type, name prefix) of the body, then of an upload form beside it.
    json_type = next((ct for ct in content if ct in JSON_TYPES), None)
    if json_type is not None:
        forms = [("json", json_type, pascal)]
        if MULTIPART_TYPE in content:
            forms.append(("multipart", MULTIPART_TYPE, pascal + "Upload"))
    elif MULTIPART_TYPE in content:
        forms = [("multipart", MULTIPART_TYPE, pascal)]
    elif FORM_TYPE in content:
        forms = [("form", FORM_TYPE, pascal)]
    else:
        raise GeneratorError(f"{where}: unsupported request content {sorted(content)}")
    bodies = [
        _body(spec, content[content_type], kind, content_type, required, prefix, taken, gen)
        for kind, content_type, prefix in forms
    ]
    for body in bodies:
        _check_wire_names(params, body, where)
    return bodies[0], (bodies[1] if len(bodies) > 1 else None)


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


def _check_wire_names(params: list[ParamInfo], body: BodyInfo, where: str) -> None:
    # The pipeline removes parameter wire names from the body it sends.
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


def _success_exports(
    spec: dict[str, Any], responses: list[ResponseInfo], gen: ModelGenerator
) -> frozenset[tuple[str, str]]:
    """The success model, plus the classes of its own module that its fields use directly."""
    row = next((row for row in responses if row.kind in SUCCESS_KINDS), None)
    if row is None or row.kind != "json" or row.type_ref is None:
        return frozenset()
    refs = set(row.type_ref.imports)
    if not row.type_ref.annotation.isidentifier():
        return frozenset(refs)
    modules = {module for module, _ in row.type_ref.imports}
    resolved = resolve(spec, row.schema)
    if isinstance(resolved, dict) and resolved.get("properties"):
        for field in gen.model_fields(row.schema, row.type_ref.annotation):
            refs |= {ref for ref in field.type_ref.imports if ref[0] in modules}
    return frozenset(refs)


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
        raise GeneratorError(
            f"{where}: status {status} has no error class (no row in errors.STATUS_ERROR_TABLE)"
        )
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
