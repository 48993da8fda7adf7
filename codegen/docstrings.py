"""The docstring of each generated function: what ``help(chat_send)`` shows.

From the spec: the operation's summary and description, every request key with its type and
meaning, and whether the call streams. From the response table: what ``Success`` holds and
each error by status. Last, a short example built from the spec's example request.
"""

from __future__ import annotations

import mimetypes
import textwrap
from typing import Any

from codegen.examples import request_example
from codegen.operations import OperationInfo
from codegen.render import literal
from codegen.text import clean, docstring_safe, first_sentence, paragraphs

#: The errors every function may return besides its documented statuses, and when.
_TRAILING = (
    ("OpenRouterDefaultError", "another error status the spec does not document"),
    ("ResponseValidationError", "a success body that does not fit the model"),
    ("HTTPClientError", "no usable response: connection failure, timeout, cancelled"),
    ("SDKValidationError", "an invalid request, refused before anything is sent"),
)
_WIDTH = 88


def function_docstring(
    op: OperationInfo,
    spec: dict[str, Any],
    *,
    result_type: str,
    chunk: str | None,
    is_async: bool,
    variant: str = "",
) -> str:
    """The docstring text (without quotes), its lines after the first indented by 4."""
    name = f"{op.function}{variant}{'_async' if is_async else ''}"
    lead = first_sentence(op.description) or f"{op.summary}."
    lines = [lead, "", f"``{op.method} {op.path}``: {op.summary}."]
    rest = clean(op.description)[len(lead) :].strip()
    if rest:
        lines += ["", *_wrap(" ".join(paragraphs(rest, 10_000)))]
    lines += [""]
    if chunk is not None:
        stream_class = "AsyncEventStream" if is_async else "EventStream"
        lines += _wrap(
            f'Streams: with ``stream=True`` (or ``"stream": True`` in a dict request) the result'
            f" holds an event stream, ``{stream_class}[{chunk}]``, whose items are ``Result``"
            " values; use it in"
            f" a ``{'async with' if is_async else 'with'}`` block. Otherwise the whole body"
            " comes back."
        )
    elif variant == "_stream":
        lines += _wrap(
            f"The body arrives unread, as a ``{result_type}`` of bytes; use it in a"
            f" ``{'async with' if is_async else 'with'}`` block (``{op.function}`` reads it whole)."
        )
    else:
        lines += ["Does not stream: the whole body comes back at once."]
    lines += [
        "",
        "Args:",
        "    core: The ``OpenRouterCore`` holding the API key, server and retries.",
    ]
    lines += _request_lines(op)
    if chunk is not None:
        lines += ["    stream: ``True`` for a stream of events, ``False`` for the whole body."]
    lines += [
        "    options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).",
        "",
        "Returns:",
        f"    ``Success({result_type})``, or ``Failure`` holding one of these errors (the",
        "    function never raises):",
        "",
    ]
    for row in op.errors:
        lines.append(f"    - {row.status}: ``{row.error_class}``")
    for error, when in _TRAILING:
        lines.append(f"    - ``{error}``: {when}")
    lines += ["", "Example::", ""]
    lines += ["    " + line for line in _example(op, spec, name, is_async)]
    body = "\n".join(docstring_safe(line) for line in lines)
    return textwrap.indent(body, "    ").lstrip() + "\n    "


def _request_lines(op: OperationInfo) -> list[str]:
    request = f"``{op.request_class}``"
    if op.upload_body is not None:
        request += f" (or ``{op.upload_request_class}`` with a file)"
    keys = [
        (param.name, param.type_ref.annotation, param.required, param.description)
        for param in op.params
    ]
    body = op.body
    if body is not None:
        keys += [
            (field.name, field.annotation, field.required, field.description)
            for field in body.fields
        ]
    if not keys:
        return ["    request: None: this operation takes no input."]
    optional = not any(required for _, _, required, _ in keys)
    lines = _wrap(
        f"request: {request} or a dict with these keys"
        + (" (all optional; ``None`` sends none)" if optional else "")
        + ":",
        indent=4,
        hanging=8,
    )
    lines.append("")
    for key, annotation, required, description in keys:
        shown = " | ".join(p for p in annotation.split(" | ") if p not in ("Unset", "None"))
        flag = ", required" if required else ""
        text = f"- ``{key}`` ({shown}{flag})"
        if description:
            text += f": {description}"
        lines += _wrap(text, indent=8, hanging=10)
    if body is not None and body.model is not None:
        lines += _wrap(
            f"The class takes the body as ``body={body.model.annotation}(...)``;"
            " keys it does not know go in ``extra_fields``.",
            indent=8,
        )
    return lines


def _example(op: OperationInfo, spec: dict[str, Any], name: str, is_async: bool) -> list[str]:
    wire = request_example(spec, op)
    names = {param.wire: param.name for param in op.params}
    required = {param.name for param in op.params if param.required}
    if op.body is not None:
        names.update({field.wire: field.name for field in op.body.fields})
        required |= {field.name for field in op.body.fields if field.required}
    request = {names.get(key, key): value for key, value in wire.items()}
    request = {key: value for key, value in request.items() if key in required}
    if op.body is not None and op.body.kind == "multipart":
        for field in op.body.fields:
            if field.binary and field.name in request:
                request[field.name] = _file_example(request[field.name])
    call = f"{'await ' if is_async else ''}{name}(core"
    if request:
        call += ", " + _literal(request, 0)
    lines = [f"from openrouter_funcs import {name}", "", f"result = {call})"]
    if request and len(lines[-1]) > _WIDTH and "\n" not in lines[-1]:
        lines[-1] = f"result = {call.split(', ', 1)[0]},\n    {_flat(request)},\n)"
    return "\n".join(lines).splitlines()


class _Code(str):
    """Python source an example shows as it is (not as a string literal)."""


#: The start of a file of each kind an example uploads: enough for the example to run.
_FILE_STARTS = {".pdf": b"%PDF-1.4 ...", ".mp3": b"ID3 ...", ".wav": b"RIFF ..."}


def _file_example(example: Any) -> _Code:
    """A file field's example as a ``(filename, bytes, content type)`` tuple that runs as
    written: the spec's example is a file name, which the field does not take."""
    filename = example if isinstance(example, str) and "." in example else "document.pdf"
    suffix = filename[filename.rfind(".") :].lower()
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    start = _FILE_STARTS.get(suffix, b"...")
    return _Code(f"({literal(filename)}, b{literal(start.decode())}, {literal(content_type)})")


def _literal(value: Any, indent: int) -> str:
    """JSON-like data as Python source in ruff's style: one line if short, else one item a line."""
    flat = _flat(value)
    if len(flat) <= 72 or not isinstance(value, (dict, list)) or not value:
        return flat
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, dict):
        items = [f"{inner}{literal(str(k))}: {_literal(v, indent + 4)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    items = [f"{inner}{_literal(v, indent + 4)}," for v in value]
    return "[\n" + "\n".join(items) + f"\n{pad}]"


def _flat(value: Any) -> str:
    if isinstance(value, _Code):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {_flat(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    if isinstance(value, str):
        return literal(value)
    return repr(value)


def _wrap(text: str, indent: int = 0, hanging: int | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * (hanging if hanging is not None else indent),
        break_on_hyphens=False,
        break_long_words=False,
    )


def request_class_docstring(op: OperationInfo, first_line: str) -> list[str]:
    """A request class's docstring lines: ``help()`` does not show attribute docstrings, so
    the fields are listed here too."""
    lines = [first_line, ""]
    if op.body is not None and op.body.model is not None:
        lines += _wrap(
            f"- ``body`` ({op.body.model.annotation}): the JSON body; its fields are listed in"
            f" ``help({op.function})``.",
            hanging=2,
        )
    for param in op.params:
        shown = param.type_ref.annotation + ("" if param.required else ", optional")
        text = f"- ``{param.name}`` ({shown})"
        if param.description:
            text += f": {param.description}"
        lines += _wrap(text, hanging=2)
    return [docstring_safe(line) for line in lines]
