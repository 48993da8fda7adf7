"""The ``openrouter_funcs/<function>_pages.py`` modules, from each operation's pagination.

An operation the spec marks with ``x-speakeasy-pagination`` gets a module of its own: a table
(:class:`openrouter_core.pagination.OffsetLimit` or ``Cursor``) read from the extension, and
``<function>_pages`` / ``_pages_async`` over the core's walker. What the extension leaves out
comes from the spec too: the server's default page size and largest offset from the
parameters' schemas, and whether pages carry ``total_count`` / ``has_more`` from the response
schema. ``tests/generated/paginated.py`` lists every paginated function for the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from codegen.models import ModelGenerator, TypeRef
from codegen.operations import GeneratorError, OperationInfo, success_type
from codegen.render import docstring, header, import_block, literal
from codegen.spec import resolve

#: The spec's extension naming how an operation pages.
EXTENSION = "x-speakeasy-pagination"
#: Where this API's pages say how many results the whole list has (not in the extension).
TOTAL_FIELD = "total_count"
#: Where this API's cursor pages say whether more remain (not in the extension).
MORE_FIELD = "has_more"
_SIMPLE_PATH = re.compile(r"^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$")
_STYLES = {"offsetLimit": "OffsetLimit", "cursor": "Cursor"}


@attrs.frozen
class PaginatedOperation:
    """One paginated operation: its table's entries and the type of one result."""

    op: OperationInfo
    #: ``OffsetLimit`` or ``Cursor``.
    style: str
    #: The table's keyword arguments after ``operation=``: (keyword, Python literal).
    entries: tuple[tuple[str, str], ...]
    item: TypeRef

    @property
    def function(self) -> str:
        return f"{self.op.function}_pages"

    @property
    def kind(self) -> str:
        """``offset`` or ``cursor``, as the function list and tests say it."""
        return "offset" if self.style == "OffsetLimit" else "cursor"


def extract(
    spec: dict[str, Any], ops: Iterable[OperationInfo], gen: ModelGenerator
) -> list[PaginatedOperation]:
    """Every operation of ``ops`` that the spec marks as paginated, in ``ops`` order."""
    out = []
    for op in ops:
        node = spec["paths"][op.path][op.method.lower()]
        extension = node.get(EXTENSION)
        if extension is not None:
            out.append(_paginated(spec, op, extension, gen))
    return out


def _paginated(
    spec: dict[str, Any], op: OperationInfo, extension: Mapping[str, Any], gen: ModelGenerator
) -> PaginatedOperation:
    where = f"{op.operation_id} {EXTENSION}"
    style = _STYLES.get(extension.get("type", ""))
    if style is None:
        raise GeneratorError(f"{where}: type {extension.get('type')!r} is not supported")
    params = {param.wire: param for param in op.params}
    inputs: dict[str, Any] = {}
    for entry in extension.get("inputs", []):
        if entry.get("in") != "parameters" or entry.get("name") not in params:
            raise GeneratorError(f"{where}: input {entry!r} is not a parameter of the operation")
        inputs[entry["type"]] = params[entry["name"]]
    outputs = extension.get("outputs", {})
    results = outputs.get("results")
    for path in (results, outputs.get("nextCursor")):
        if path is not None and not _SIMPLE_PATH.match(path):
            raise GeneratorError(f"{where}: output {path!r} is not a $.name path")
    if results is None:
        raise GeneratorError(f"{where}: no outputs.results")
    page_fields = _page_fields(spec, op, gen)
    if style == "OffsetLimit":
        if set(inputs) != {"offset", "limit"}:
            raise GeneratorError(f"{where}: offsetLimit needs an offset and a limit input")
        entries = [
            ("offset", literal(inputs["offset"].name)),
            ("limit", literal(inputs["limit"].name)),
            ("results", literal(results)),
        ]
        if TOTAL_FIELD in page_fields:
            entries.append(("total", literal(f"$.{TOTAL_FIELD}")))
        default_limit = resolve(spec, inputs["limit"].schema or {}).get("default")
        if isinstance(default_limit, int):
            entries.append(("default_limit", literal(default_limit)))
        max_offset = resolve(spec, inputs["offset"].schema or {}).get("maximum")
        if isinstance(max_offset, int):
            entries.append(("max_offset", literal(max_offset)))
    else:
        next_cursor = outputs.get("nextCursor")
        if set(inputs) != {"cursor"} or next_cursor is None:
            raise GeneratorError(f"{where}: cursor needs a cursor input and outputs.nextCursor")
        entries = [
            ("cursor", literal(inputs["cursor"].name)),
            ("next_cursor", literal(next_cursor)),
            ("results", literal(results)),
        ]
        if MORE_FIELD in page_fields:
            entries.append(("more", literal(f"$.{MORE_FIELD}")))
    item = _item_type(spec, op, gen, results)
    return PaginatedOperation(op, style, tuple(entries), item)


def _variants(spec: dict[str, Any], op: OperationInfo) -> list[Any]:
    """The page's schema, or each member of it when it is a union of page shapes."""
    schema = op.success.schema
    resolved = resolve(spec, schema)
    members = resolved.get("oneOf") or resolved.get("anyOf")
    return list(members) if members else [schema]


def _page_fields(spec: dict[str, Any], op: OperationInfo, gen: ModelGenerator) -> set[str]:
    """The wire names of the fields any shape of the page has."""
    wires: set[str] = set()
    for variant in _variants(spec, op):
        wires |= {field.wire for field in gen.model_fields(variant, f"{op.pascal}Response")}
    return wires


def _item_type(
    spec: dict[str, Any], op: OperationInfo, gen: ModelGenerator, results: str
) -> TypeRef:
    """The type of one result: the element type of the list at ``results`` in each shape."""
    wire = results.removeprefix("$.")
    if "." in wire:
        raise GeneratorError(f"{op.operation_id}: results {results!r} must be a top-level field")
    variants = _variants(spec, op)
    parts: list[str] = []
    imports: set[tuple[str, str]] = set()
    for variant in variants:
        fields = {field.wire: field for field in gen.model_fields(variant, f"{op.pascal}Response")}
        if wire not in fields:
            raise GeneratorError(f"{op.operation_id}: a page shape has no {wire!r} field")
        annotation = fields[wire].type_ref.annotation.removesuffix(" | None")
        if not (annotation.startswith("list[") and annotation.endswith("]")):
            raise GeneratorError(f"{op.operation_id}: {wire!r} is {annotation}, not a list")
        element = annotation[len("list[") : -1]
        if element not in parts:
            parts.append(element)
        imports |= fields[wire].type_ref.imports
    if len(variants) > 1:
        # A page of a shape the SDK does not know stays a plain dict, its results too.
        parts.append("dict[str, Any]")
        imports.add(("typing", "Any"))
    return TypeRef(" | ".join(parts), frozenset(imports))


# --- rendering ----------------------------------------------------------------------------


def render_module(paged: PaginatedOperation) -> str:
    """The source of ``openrouter_funcs/<function>_pages.py`` (before ruff formatting)."""
    op = paged.op
    function = op.function
    page = success_type(op)
    item = paged.item.annotation
    request = f"{op.request_class} | Mapping[str, Any]"
    if not op.request_required:
        request += " | None = None"
    walked = "by offset and limit" if paged.style == "OffsetLimit" else "by cursor"
    imports: set[tuple[str, str]] = {
        ("__future__", "annotations"),
        ("collections.abc", "Mapping"),
        ("typing", "Any"),
        ("openrouter_core", "OpenRouterCore"),
        ("openrouter_core", "RequestOptions"),
        ("openrouter_core.pagination", paged.style),
        ("openrouter_core.pagination", "AsyncPages"),
        ("openrouter_core.pagination", "Pages"),
        ("openrouter_core.pagination", "walk_pages"),
        ("openrouter_core.pagination", "walk_pages_async"),
    }
    imports |= set(paged.item.imports)
    assert op.success.type_ref is not None
    imports |= set(op.success.type_ref.imports)
    own = f"openrouter_funcs.{function}"
    imports |= {
        (own, name)
        for name in ("OPERATION", op.error_alias, op.request_class, function, f"{function}_async")
    }
    title = f"Every page of ``{function}`` (``{op.method} {op.path}``), {walked}."
    about = (
        f"``{paged.function}(core, request)`` asks for the first page exactly as requested and"
        " for each following page only when the loop reaches it, one call of"
        f" ``{function}`` per page (retries and ``options`` apply to each). Each item is"
        " that page's ``Result``; a ``Failure`` is the last item."
        " ``openrouter_core.pagination.items`` flattens the pages into their results."
    )
    alias: list[str] = []
    exports = ["PAGINATION", paged.function, f"{paged.function}_async"]
    if " | " in item:
        # A result of several shapes gets one name, so the table and signatures stay short.
        imports.add(("typing", "TypeAlias"))
        alias = [f"{op.pascal}Item: TypeAlias = {item}", "", ""]
        item = f"{op.pascal}Item"
        exports.insert(1, item)
    pages_type = f"Pages[{page}, {item}, {op.error_alias}]"
    async_type = f"AsyncPages[{page}, {item}, {op.error_alias}]"
    table = [f"PAGINATION: {paged.style}[{item}] = {paged.style}(", "    operation=OPERATION,"]
    table += [f"    {keyword}={value}," for keyword, value in paged.entries]
    table.append(")")
    lines = [
        header(f"{op.operation_id} {EXTENSION}"),
        docstring(f"{title}\n\n{about}"),
        "",
        import_block(imports),
        "",
        f"__all__ = [{', '.join(literal(name) for name in exports)}]",
        "",
        *alias,
        *table,
        "",
        "",
        f"def {paged.function}(",
        "    core: OpenRouterCore,",
        f"    request: {request},",
        "    *,",
        "    options: RequestOptions | Mapping[str, Any] | None = None,",
        f") -> {pages_type}:",
        docstring(
            f"Every page of ``{function}``, each a ``Result``, fetched lazily one request per"
            " page.",
            4,
        ),
        f"    return walk_pages(lambda page: {function}(core, page, options=options),"
        " request, PAGINATION)",
        "",
        "",
        f"def {paged.function}_async(",
        "    core: OpenRouterCore,",
        f"    request: {request},",
        "    *,",
        "    options: RequestOptions | Mapping[str, Any] | None = None,",
        f") -> {async_type}:",
        docstring(f"The async twin of :func:`{paged.function}`: ``async for`` its pages.", 4),
        "    return walk_pages_async(",
        f"        lambda page: {function}_async(core, page, options=options), request, PAGINATION",
        "    )",
    ]
    return "\n".join(lines) + "\n"


def render_test_table(pages: Iterable[PaginatedOperation]) -> str:
    """``tests/generated/paginated.py``: every paginated function (walked by
    tests/test_paginated_functions.py)."""
    rows = [
        f"    ({literal(paged.op.function)}, {literal(paged.op.operation_id)},"
        f" {literal(paged.kind)}),"
        for paged in pages
    ]
    lines = [
        header(EXTENSION),
        '"""Every paginated function, with its operation id and pagination style."""',
        "",
        "from __future__ import annotations",
        "",
        "#: (function, operation id, pagination style) for each paginated operation.",
        "PAGINATED = [",
        *rows,
        "]",
    ]
    return "\n".join(lines) + "\n"


def render_files(
    spec: dict[str, Any], ops: Iterable[OperationInfo], gen: ModelGenerator
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The ``_pages`` modules and their test table; and, per paginated function, the note the
    function list gives it."""
    paginated = extract(spec, ops, gen)
    files = {f"openrouter_funcs/{paged.function}.py": render_module(paged) for paged in paginated}
    files["tests/generated/paginated.py"] = render_test_table(paginated)
    notes = {
        paged.op.function: [f"Paginated ({paged.kind}); `{paged.function}` walks every page."]
        for paged in paginated
    }
    return files, notes
