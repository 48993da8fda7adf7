"""``openrouter_funcs/FUNCTIONS.md``: every function, grouped by API area, with its notes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from codegen.operations import OperationInfo, TableRow

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
