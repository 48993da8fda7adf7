"""The generated case tables: one file per API area, data only.

Each row (a ``tests.operation_case.Case``) says what the spec documents about one function:
the request its examples build, the method, path, query, headers and body that request must
go out with (computed here, from the spec, independently of the runtime's encoders), the
success model, the error class of each documented status and, for a stream, how many events
the stand-in sends. The checks themselves are hand-written, in
``tests/test_documented_operations.py``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from codegen.examples import operation_examples, request_example
from codegen.operations import OperationInfo, success_type
from codegen.render import header

BASE_PATH = "/api/v1"
#: The bytes a multipart case uploads for a file field.
FILE_BYTES = b"example file contents\x00\x01"


def py_literal(value: Any) -> str:
    """``value`` (JSON data, bytes, tuples) as Python source; non-ASCII text escaped."""
    if isinstance(value, str):
        return ascii(value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def _case(spec: dict[str, Any], op: OperationInfo, *, upload: bool = False) -> dict[str, Any]:
    request = request_example(spec, op, upload=upload)
    request.pop("stream", None)  # the non-streaming form is under test
    body_info = op.upload_body if upload else op.body
    wires = {param.wire: param for param in op.params}
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    for key, value in request.items():
        param = wires.get(key)
        if param is None:
            body[key] = value
        elif param.location == "path":
            path = path.replace("{" + key + "}", quote(_text(value), safe=""))
        elif param.location == "query":
            if isinstance(value, list):
                query.extend((key, _text(item)) for item in value)
            else:
                query.append((key, _text(value)))
        else:
            headers[key] = _text(value)
    files: dict[str, str] = {}
    if body_info is not None and body_info.kind == "multipart":
        for field in body_info.fields:
            if field.binary and field.wire in request:
                filename = request[field.wire]
                filename = filename if isinstance(filename, str) else "upload.bin"
                request[field.wire] = (filename, FILE_BYTES, "application/octet-stream")
                files[field.wire] = filename
                body.pop(field.wire, None)
    examples = operation_examples(spec, op)
    success = op.success
    return {
        "function": op.function,
        "operation_id": op.operation_id,
        "request": request,
        "method": op.method,
        "path": path if op.from_origin else BASE_PATH + path,
        "query": sorted(query),
        "headers": headers,
        "body": None if body_info is None else body,
        "body_kind": None if body_info is None else body_info.kind,
        "files": files,
        "response": "bytes" if success.kind == "bytes" else success_type(op),
        "errors": {row.status: row.error_class for row in op.errors},
        "error_bodies": {
            row.status: row.type_ref.annotation if row.type_ref is not None else None
            for row in op.errors
        },
        # Only a request with a ``stream`` field can ask for the stream.
        "events": len(examples.get("events", [])) if _can_stream(op) else None,
    }


def _can_stream(op: OperationInfo) -> bool:
    fields = op.body.fields if op.body is not None else ()
    return op.events is not None and any(field.wire == "stream" for field in fields)


def _render_case(case: dict[str, Any], upload: bool) -> list[str]:
    fields = [
        f"function={py_literal(case['function'])}",
        f"operation_id={py_literal(case['operation_id'])}",
        f"request={py_literal(case['request'])}",
        f"method={py_literal(case['method'])}",
        f"path={py_literal(case['path'])}",
        f"query={py_literal(case['query'])}",
        f"headers={py_literal(case['headers'])}",
        f"body={py_literal(case['body'])}",
        f"body_kind={py_literal(case['body_kind'])}",
        f"files={py_literal(case['files'])}",
        f"response={py_literal(case['response'])}",
        f"errors={py_literal(case['errors'])}",
    ]
    if case["events"] is not None:
        fields.append(f"events={case['events']}")
    if any(case["error_bodies"].values()):
        fields.append(f"error_bodies={py_literal(case['error_bodies'])}")
    if upload:
        fields.append("upload=True")
    return ["    Case(", *(f"        {field}," for field in fields), "    ),"]


def area_name(tag: str) -> str:
    """A tag as a module-name part (``API Keys`` → ``api_keys``)."""
    return re.sub(r"[^0-9a-z]+", "_", tag.lower()).strip("_")


def render_area(tag: str, spec: dict[str, Any], ops: list[OperationInfo]) -> str:
    """The source of ``tests/generated/cases_<area>.py``: the area's table of cases."""
    cases: list[str] = []
    for op in sorted(ops, key=lambda o: o.function):
        cases += _render_case(_case(spec, op), upload=False)
        if op.upload_body is not None:
            cases += _render_case(_case(spec, op, upload=True), upload=True)
    lines = [
        header(f"tag {tag}"),
        f'"""What the spec documents about each {tag} function, one ``Case`` per call.',
        "",
        "``tests/test_documented_operations.py`` runs its checks over every row.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from tests.operation_case import Case",
        "",
        "CASES = [",
        *cases,
        "]",
    ]
    return "\n".join(lines) + "\n"


def render_index(areas: Iterable[str]) -> str:
    """The source of ``tests/generated/cases.py``: every area's cases in one list."""
    modules = [f"cases_{area}" for area in sorted(areas)]
    lines = [
        header("every tag"),
        '"""Every function\'s cases, from the area tables beside this module."""',
        "",
        "from __future__ import annotations",
        "",
        f"from tests.generated import {', '.join(modules)}",
        "",
        "CASES = [",
        *(f"    *{module}.CASES," for module in modules),
        "]",
    ]
    return "\n".join(lines) + "\n"


def render_tests(spec: dict[str, Any], ops: Iterable[OperationInfo]) -> dict[str, str]:
    """Every generated case table, relative path → source."""
    by_area: dict[str, tuple[str, list[OperationInfo]]] = {}
    for op in ops:
        by_area.setdefault(area_name(op.tag), (op.tag, []))[1].append(op)
    files = {
        "tests/generated/__init__.py": header("test package") + "\n",
        "tests/generated/cases.py": render_index(by_area),
    }
    for area, (tag, area_ops) in sorted(by_area.items()):
        files[f"tests/generated/cases_{area}.py"] = render_area(tag, spec, area_ops)
    return files
