"""Function modules: an operation's description → the source of ``openrouter_funcs/<function>.py``.

Each function module is a table of its operation's contract (see
``openrouter_funcs/credits_get_credits.py``): a request class, the error union, an
``Operation`` value and two thin functions calling the one pipeline. The description comes
from :func:`codegen.operations.extract_operations`; this module only writes text.

A JSON body is declared once, by its model, and the request class nests it as ``body``; the
dict form (``<Function>RequestDict``, see :mod:`codegen.typed_dicts`) stays flat.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import Any

import attrs

from codegen import docstrings, render, typed_dicts
from codegen.attrs_methods import write_methods
from codegen.models import TypeRef
from codegen.operations import (
    FORM_TYPE,
    MULTIPART_TYPE,
    BodyInfo,
    FieldInfo,
    GeneratorError,
    OperationInfo,
    ParamInfo,
    alias_target,
    success_type,
)
from codegen.render import header, literal
from codegen.text import docstring_safe, paragraphs

#: The stream object ``<name>_stream`` functions return for byte bodies.
BYTE_STREAM_MODULE = "openrouter_core.streams"


def render_function_modules(
    ops: Iterable[OperationInfo], dicts: typed_dicts.DictWriter, spec: dict[str, Any]
) -> dict[str, str]:
    """``openrouter_funcs/<function>.py`` for every operation, relative path → source.

    Each module registers the request dicts it uses with ``dicts``, which renders them after.
    """
    files: dict[str, str] = {}
    aliases = []
    for op in ops:
        target = alias_target(op)
        if target is None:
            files[f"openrouter_funcs/{op.function}.py"] = render_function_module(op, dicts, spec)
        else:
            aliases.append((op, target))
    # An alias re-exports its target's names, so it is written once the target is.
    for op, target in aliases:
        target_source = files[f"openrouter_funcs/{target}.py"]
        files[f"openrouter_funcs/{op.function}.py"] = render_alias_module(op, target, target_source)
    return files


def render_function_module(
    op: OperationInfo, dicts: typed_dicts.DictWriter, spec: dict[str, Any]
) -> str:
    """The source of ``openrouter_funcs/<op.function>.py`` (before ruff formatting).

    ``dicts`` collects the request dicts the module uses; ``spec`` gives its docstrings'
    examples.
    """
    module = _Module(
        imports=_base_imports(), exports={op.error_alias, op.function, f"{op.function}_async"}
    )
    _add_request_classes(module, op)
    dict_type = _add_request_dicts(module, op, dicts)
    _add_operation_values(module, op)
    chunk = _event_chunk(op)
    if chunk is not None:
        _add_streaming_functions(module, op, spec, chunk)
    else:
        _add_functions(module, op, spec, dict_type)
    return write_methods(_write(module, op))


def render_alias_module(op: OperationInfo, target: str, target_source: str) -> str:
    """A module that re-exports ``target``'s module under ``op.function``'s names."""
    found = re.search(r"^__all__ = \[(.*?)^\]", target_source, re.S | re.M)
    if found is None:
        raise GeneratorError(f"{op.function}: {target} has no __all__ to alias")
    names = re.findall(r'"(\w+)"', found.group(1))
    renamed = {name: name.replace(target, op.function, 1) for name in names}
    # The functions are copies under their own names (not the target's objects re-bound), so
    # each can stand for its own module: see openrouter_core._alias.
    functions = {name: alias for name, alias in renamed.items() if name[0].islower()}
    imports = [
        f"from openrouter_funcs.{target} import {name} as {alias}"
        for name, alias in sorted(renamed.items())
        if name not in functions
    ]
    imports.insert(0, f"from openrouter_funcs.{target} import OPERATION as OPERATION")
    imports.insert(0, "from openrouter_core._alias import renamed")
    imports.append(f"from openrouter_funcs.{target} import {', '.join(sorted(functions))}")
    copies = [
        f"{alias} = renamed({name}, {literal(alias)}, __name__)"
        for name, alias in sorted(functions.items())
    ]
    exports = _sort_all(renamed.values())
    out = [
        header(op.operation_id),
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
        *(f"    {literal(name)}," for name in exports),
        "]",
        "",
        *copies,
    ]
    return "\n".join(out) + "\n"


@attrs.define
class _Module:
    """A function module's parts, filled in section by section and written out by :func:`_write`."""

    imports: _Imports
    exports: set[str]
    #: Imported only when type checking: the stream classes and the request's nested dicts.
    type_checking: set[tuple[str, str]] = attrs.field(factory=set)
    classes: list[str] = attrs.field(factory=list)
    values: list[str] = attrs.field(factory=list)
    functions: list[str] = attrs.field(factory=list)


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


def _base_imports() -> _Imports:
    """What every function module imports."""
    imports = _Imports()
    imports.add("__future__", "annotations")
    imports.add("collections.abc", "Mapping")
    imports.add("typing", "Any", "TypeAlias")
    imports.plain.add("attrs")
    imports.add("returns.result", "Result")
    imports.add("openrouter_core", "OpenRouterCore", "RequestOptions")
    imports.add("openrouter_core._operation", "Operation")
    imports.add("openrouter_core._pipeline", "invoke", "invoke_async")
    return imports


def _add_request_classes(module: _Module, op: OperationInfo) -> None:
    """The request class, and the upload request class of a JSON-or-multipart operation."""
    module.exports.add(op.request_class)
    if op.body is not None and op.body.model is not None:
        module.exports |= {name for _, name in op.body.model.imports}
    module.classes += _request_class(op, op.body, op.request_class, module.imports)
    if op.upload_body is not None:
        upload = _request_class(op, op.upload_body, op.upload_request_class, module.imports)
        module.classes += ["", "", *upload]
        module.exports.add(op.upload_request_class)


def _add_request_dicts(module: _Module, op: OperationInfo, dicts: typed_dicts.DictWriter) -> str:
    """The request's ``TypedDict`` classes, if it has any; returns a dict request's type."""
    if not typed_dicts.has_request_dict(op):
        return "Mapping[str, Any]"
    dict_lines, dict_refs, typing_names = typed_dicts.request_dict_classes(op, dicts)
    module.classes += ["", "", *dict_lines]
    module.imports.add("typing", "TypedDict", *typing_names)
    module.type_checking |= typed_dicts.imports_for(dict_refs, dicts)
    if "Required[" in "\n".join(dict_lines):
        module.type_checking.add(("typing_extensions", "Required"))
    dict_type = f"{op.pascal}RequestDict"
    module.exports.add(dict_type)
    return dict_type


def _add_operation_values(module: _Module, op: OperationInfo) -> None:
    """``OPERATION``; ``UPLOAD_OPERATION`` and the dispatch between the two for an operation
    with an upload form; ``STREAM_OPERATION`` for a body returned as bytes."""
    result_type = success_type(op)
    rows = _response_rows(op, module.imports)
    module.values += _operation_value(
        op, "OPERATION", op.request_class, op.body, rows, result_type, module.imports
    )
    if op.upload_body is not None:
        upload = _operation_value(
            op,
            "UPLOAD_OPERATION",
            op.upload_request_class,
            op.upload_body,
            rows,
            result_type,
            module.imports,
        )
        module.values += ["", "", *upload, "", "", *_dispatch(op, result_type)]
    if op.returns_bytes:
        module.imports.add(BYTE_STREAM_MODULE, "AsyncByteStream", "ByteStream")
        stream_rows = _response_rows(op, module.imports, byte_stream=True)
        stream = _operation_value(
            op,
            "STREAM_OPERATION",
            op.request_class,
            op.body,
            stream_rows,
            "ByteStream",
            module.imports,
        )
        module.values += [
            "",
            "",
            "#: The same call, with the body handed over unread (see ``ByteStream``).",
            *stream,
        ]
        module.exports |= {"AsyncByteStream", "ByteStream"}


def _event_chunk(op: OperationInfo) -> TypeRef | None:
    """The type of each event, for an operation that can stream events (else None)."""
    events = op.events
    if not op.streams or events is None:
        return None
    return events.type_ref


def _add_streaming_functions(
    module: _Module, op: OperationInfo, spec: dict[str, Any], chunk: TypeRef
) -> None:
    """The function and its async twin, overloaded on ``stream``."""
    module.imports.add("typing", "Literal", "overload")
    module.imports.add_refs(chunk.imports)
    module.exports |= {f"{op.pascal}StreamingRequestDict", f"{op.pascal}RequestDict"}
    # Imported at run time, not only for type checkers: the return annotations name them,
    # and typing.get_type_hints(chat_send) must resolve every name they use.
    module.imports.add("openrouter_core.streams", "AsyncEventStream", "EventStream")
    for is_async in (False, True):
        doc = docstrings.function_docstring(
            op, spec, result_type=success_type(op), chunk=chunk.annotation, is_async=is_async
        )
        module.functions += _streaming_function(op, chunk.annotation, doc=doc, is_async=is_async)


def _add_functions(
    module: _Module, op: OperationInfo, spec: dict[str, Any], dict_type: str
) -> None:
    """The function and its async twin; for a bytes body, ``_stream`` twins too."""
    operation = "_operation_for(request)" if op.upload_body is not None else "OPERATION"
    result_type = success_type(op)
    for is_async in (False, True):
        doc = docstrings.function_docstring(
            op, spec, result_type=result_type, chunk=None, is_async=is_async
        )
        module.functions += _function(
            op,
            "",
            result=f"Result[{result_type}, {op.error_alias}]",
            doc=doc,
            operation=operation,
            is_async=is_async,
            dict_type=dict_type,
        )
    if op.returns_bytes:
        for is_async, stream_type in ((False, "ByteStream"), (True, "AsyncByteStream")):
            doc = docstrings.function_docstring(
                op, spec, result_type=stream_type, chunk=None, is_async=is_async, variant="_stream"
            )
            module.functions += _function(
                op,
                "_stream",
                result=f"Result[{stream_type}, {op.error_alias}]",
                doc=doc,
                operation="STREAM_OPERATION",
                is_async=is_async,
                dict_type=dict_type,
            )
        module.exports |= {f"{op.function}_stream", f"{op.function}_stream_async"}


def _write(module: _Module, op: OperationInfo) -> str:
    """The module's text: docstring, imports, ``__all__``, classes, values, functions."""
    imports = module.imports
    if module.type_checking:
        imports.add("typing", "TYPE_CHECKING")
    errors = _error_alias(op, imports)
    imports.add_refs(op.success_exports)
    exports = module.exports | {name for _, name in op.success_exports}
    clash = imports.names() & {op.request_class, op.error_alias, op.upload_request_class}
    if clash:
        raise GeneratorError(f"{op.function}: imported names {sorted(clash)} clash with its own")

    out = [header(op.operation_id), f'"""{docstring_safe(_module_title(op))}']
    for paragraph in _module_paragraphs(op):
        out += ["", docstring_safe(textwrap.fill(paragraph, 96, break_on_hyphens=False))]
    code = "\n".join([*module.classes, *errors, *module.values, *module.functions])
    for module_name, name in (("collections.abc", "Mapping"), ("typing", "Any")):
        if not re.search(rf"\b{name}\b", code):  # typed dicts replaced most plain mappings
            imports.by_module.get(module_name, set()).discard(name)
    out += ['"""', "", imports.render()]
    if module.type_checking:
        block = render.import_block(sorted(module.type_checking), set())
        out += [
            "",
            "if TYPE_CHECKING:",
            *("    " + line if line else "" for line in block.splitlines()),
        ]
    out += ["", "__all__ = ["]
    out += [f"    {literal(name)}," for name in _sort_all(exports)]
    out += ["]", "", "", *module.classes, "", "", *errors, "", *module.values, *module.functions]
    return "\n".join(out) + "\n"


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


def _param_field(param: ParamInfo) -> list[str]:
    annotation = param.type_ref.annotation
    wire = f"metadata={{{literal('wire')}: {literal(param.wire)}}}"
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
        wire = f"metadata={{{literal('wire')}: {literal(field.wire)}}}"
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


def _operation_value(
    op: OperationInfo,
    constant: str,
    request_class: str,
    body: BodyInfo | None,
    rows: list[str],
    response_type: str,
    imports: _Imports,
) -> list[str]:
    """``<constant>: Operation[...] = Operation(...)``: the contract the pipeline follows."""
    # The byte-stream variant hands the body over unread: never as events.
    streams = op.streams and constant != "STREAM_OPERATION"
    accept = op.success.content_type if op.returns_bytes else None
    lines = [
        f"{constant}: Operation[{request_class}, {response_type}] = Operation(",
        f"    operation_id={literal(op.operation_id)},",
        f"    method={literal(op.method)},",
        f"    path={literal(op.path)},",
        f"    request_type={request_class},",
    ]
    if op.params:
        lines.append("    params=(")
        for param in op.params:
            imports.add("openrouter_core._operation", param.location)
            extra = "" if param.explode or param.location != "query" else ", explode=False"
            lines.append(
                f"        {param.location}({literal(param.name)}, {literal(param.wire)}{extra}),"
            )
        lines.append("    ),")
    if body is not None:
        lines.append(f"    body={_body_value(body, imports)},")
    lines.append("    responses=(")
    lines.extend(f"        {row}," for row in rows)
    lines.append("    ),")
    if streams:
        lines.append("    streams=True,")
    if accept is not None:
        lines.append(f"    accept={literal(accept)},")
    if op.from_origin:
        lines.append("    from_origin=True,")
    lines.append(")")
    return lines


def _body_value(body: BodyInfo, imports: _Imports) -> str:
    """How ``Operation(body=...)`` sends the body: its model's JSON, or the request's fields."""
    if body.model is not None:
        imports.add("openrouter_core._operation", "json_body")
        extra = (
            ""
            if body.content_type == "application/json"
            else f", content_type={literal(body.content_type)}"
        )
        extra += "" if body.required else ", required=False"
        return f"json_body({body.model.annotation}{extra})"
    constant, content_type = _BODY_CONSTANTS[body.kind]
    if body.required and body.content_type == content_type:
        imports.add("openrouter_core._operation", constant)
        return constant
    imports.add("openrouter_core._operation", "Body")
    return f"Body({literal(body.kind)}, {literal(body.content_type)}, required={body.required})"


#: The ``Body`` constants of ``openrouter_core._operation``, by kind, with their content type.
_BODY_CONSTANTS = {
    "json": ("JSON_BODY", "application/json"),
    "multipart": ("MULTIPART_BODY", MULTIPART_TYPE),
    "form": ("FORM_BODY", FORM_TYPE),
}


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
            rows.append(f"{helper}({row.status}, {literal(row.content_type)})")
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


def _dispatch(op: OperationInfo, result_type: str) -> list[str]:
    assert op.upload_body is not None
    keys = sorted({name for f in op.upload_body.fields if f.binary for name in (f.name, f.wire)})
    if not keys:
        raise GeneratorError(f"{op.function}: the multipart form has no file field to dispatch on")
    test = " or ".join(f"{literal(key)} in request" for key in keys)
    return [
        f"def _operation_for(request: object) -> Operation[Any, {result_type}]:",
        '    """The multipart upload form when the request carries a file, else the JSON form."""',
        f"    if isinstance(request, {op.upload_request_class}) or (",
        f"        isinstance(request, Mapping) and ({test})",
        "    ):",
        "        return UPLOAD_OPERATION",
        "    return OPERATION",
    ]


def _request_type(op: OperationInfo) -> str:
    """The request classes a function takes."""
    if op.upload_body is None:
        return op.request_class
    return f"{op.request_class} | {op.upload_request_class}"


def _function(
    op: OperationInfo,
    variant: str,
    *,
    result: str,
    doc: str,
    operation: str,
    is_async: bool,
    dict_type: str,
) -> list[str]:
    """One public function: the signature every module shares, a docstring, one call."""
    name = f"{op.function}{variant}{'_async' if is_async else ''}"
    default = "" if op.request_required else " | None = None"
    prefix, call = ("async def", "await invoke_async") if is_async else ("def", "invoke")
    return [
        "",
        "",
        f"{prefix} {name}(",
        "    core: OpenRouterCore,",
        f"    request: {_request_type(op)} | {dict_type}{default},",
        "    *,",
        "    options: RequestOptions | Mapping[str, Any] | None = None,",
        f") -> {result}:",
        f'    """{doc}"""',
        f"    return {call}(core, {operation}, request, options)",
    ]


def _streaming_function(op: OperationInfo, chunk: str, *, doc: str, is_async: bool) -> list[str]:
    """A streaming operation's function: overloads make the return type follow ``stream``."""
    name = f"{op.function}_async" if is_async else op.function
    prefix = "async def" if is_async else "def"
    stream_class = "AsyncEventStream" if is_async else "EventStream"
    body = f"Result[{success_type(op)}, {op.error_alias}]"
    streamed = f"Result[{stream_class}[{chunk}], {op.error_alias}]"
    default = "" if op.request_required else " | None = None"
    plain = f"{_request_type(op)} | {op.pascal}RequestDict"
    general = f"{plain} | {op.pascal}StreamingRequestDict{default}"
    call = "await invoke_async" if is_async else "invoke"
    return [
        *_overload(name, prefix, f"{op.pascal}StreamingRequestDict", "None = None", streamed),
        # Without ``stream: True`` in a dict, and always for the class, the body comes back.
        *_overload(name, prefix, f"{plain}{default}", "None = None", body),
        *_overload(name, prefix, general, "Literal[True]", streamed),
        *_overload(name, prefix, general, "Literal[False]", body),
        *_overload(name, prefix, general, "bool | None = None", f"{body} | {streamed}"),
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


def _overload(name: str, prefix: str, request: str, stream: str, result: str) -> list[str]:
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


def _error_alias(op: OperationInfo, imports: _Imports) -> list[str]:
    """``<Op>Error: TypeAlias = OpenRouterBaseError``: what every failure of the call is.

    A live server sends 429 and 5XX from endpoints that do not document them, so any named
    status can come back from any call, plus the failures every call has: the union of them
    all would be every error class there is. It used to be spelt out, and then a ``.bind``
    with a user's own ``Result[U, OpenRouterBaseError]`` function did not type-check (a
    Result's error type must match the chain's). The ``OPERATION`` table still lists the
    statuses this endpoint documents, and the docstring the errors by status.
    """
    imports.add("openrouter_core.errors", "OpenRouterBaseError")
    return [
        "#: Every failure is an ``OpenRouterBaseError``: a status with a named class",
        "#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,",
        "#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared",
        "#: as the base class so that ``.bind``/``.lash`` with your own",
        "#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.",
        f"{op.error_alias}: TypeAlias = OpenRouterBaseError",
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


def _sort_all(names: Iterable[str]) -> list[str]:
    """``__all__`` in ruff's isort-style order (RUF022): CONSTANTS, Classes, functions."""
    return sorted(set(names), key=_export_order)


def _export_order(name: str) -> tuple[int, str]:
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)
