"""Request dicts a type checker can read: a ``TypedDict`` beside every model a request uses.

Users mostly write a request as a dict literal, so each function takes ``<Function>RequestDict``
(flat: the parameters and the body's fields by their Python names) and every model reachable
from a request body gets ``<Model>Dict`` in ``openrouter_core/dicts/<module>.py``, keyed by
wire names as the body is sent. mypy then flags a misspelt key or a wrong value type, and an
IDE completes keys. How types carry over from the attrs models:

* a model → its ``<Model>Dict``; a union or alias → ``<Name>Dict``, the same union of dicts;
* an enum field → ``Literal[known values] | str`` (the API may add values; the literal is
  there for completion), a field with one fixed value → ``Literal[value]``;
* a required field without a default → ``Required[...]``; the rest may be left out
  (``total=False``); ``Unset`` disappears: leaving a key out is how a dict says "unset".

The dict modules import each other only under ``TYPE_CHECKING`` and spell unions as strings,
so importing one at run time costs a few classes, and function modules import them only
under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from typing import Any

from codegen import render
from codegen.models import MODELS_PACKAGE, FieldSpec, ModelGenerator

#: The package the dict modules live in, and its directory.
DICTS_PACKAGE = "openrouter_core.dicts"
DICTS_DIR = "openrouter_core/dicts"

_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_GENERATED_LINE = (
    "# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit."
)


def dict_name(model: str) -> str:
    """``ChatRequest`` → ``ChatRequestDict``."""
    return f"{model}Dict"


class DictWriter:
    """Collects the models requests reach and renders their dicts."""

    def __init__(self, gen: ModelGenerator) -> None:
        self._gen = gen
        self._decls = gen.declarations()
        self._needed: set[str] = set()

    # --- annotations ----------------------------------------------------------------------

    def annotation(self, text: str, known: Iterable[Any] = ()) -> tuple[str, set[str]]:
        """A model annotation as its dict form, and the dict names it uses.

        ``Unset`` is dropped; a bare ``str`` with ``known`` values becomes a literal of them
        plus ``str``.
        """
        parts = [part for part in _split_union(text) if part != "Unset"]
        used: set[str] = set()
        out = []
        for part in parts:
            values = [value for value in known if isinstance(value, (str, int, bool))]
            if part == "str" and values:
                out.append(f"Literal[{', '.join(render.literal(v) for v in values)}] | str")
                continue
            out.append(_TOKEN.sub(lambda m: self._token(m.group(0), used), part))
        return " | ".join(out), used

    def _token(self, token: str, used: set[str]) -> str:
        if token in ("datetime", "date"):
            return "str"  # ISO 8601 text, as on the wire
        decl = self._decls.get(token)
        if decl is None:
            return token
        if type(decl).__name__ == "_EnumDecl":
            return "str"
        self.require(token)
        used.add(dict_name(token))
        return dict_name(token)

    def require(self, name: str) -> None:
        """Render ``<name>Dict`` and every dict it uses."""
        if name in self._needed:
            return
        self._needed.add(name)
        decl = self._decls[name]
        for field in getattr(decl, "fields", []):
            self.annotation(field.type_ref.annotation)
        for member in getattr(decl, "members", []):
            self.annotation(member.annotation)
        target = getattr(decl, "target", None)
        if target is not None:
            self.annotation(target.annotation)

    def body_fields(self, op: Any) -> list[FieldSpec]:
        """The fields of ``op``'s nested JSON body model (none for other operations)."""
        if op.body is None or op.body.model is None:
            return []
        return list(self._decls[op.body.model.annotation].fields)

    def field_entry(self, key: str, field: FieldSpec) -> tuple[str, set[str]]:
        """``key: Required[...]`` or ``key: ...`` for one field (a model field or a body field)."""
        known = field.known_values
        annotation, used = self.annotation(field.type_ref.annotation, known)
        tag = len(known) == 1 and field.default_expr is not None and not field.nullable
        if tag:
            annotation = f"Literal[{render.literal(known[0])}]"
        # A one-value field the spec requires is the tag of a union member (a message's
        # ``role``): required in the dict, so a message without one is a type error rather
        # than silently the member whose other keys happen to fit.
        if field.required and (field.default_expr is None or tag):
            annotation = f"Required[{annotation}]"
        return f"{key}: {annotation}", used

    # --- modules --------------------------------------------------------------------------

    def module_of(self, name: str) -> str:
        """The dotted dict module of model ``name``'s dict."""
        return f"{DICTS_PACKAGE}.{self._gen.module_of(name).removeprefix(MODELS_PACKAGE + '.')}"

    def render(self) -> dict[str, str]:
        """``openrouter_core/dicts/<module>.py`` for every model a request needs."""
        by_module: dict[str, list[str]] = {}
        # Rendering a decl can require more; repeat until nothing new is needed.
        for name in sorted(self._needed):
            by_module.setdefault(self.module_of(name), []).append(name)
        files = {}
        for module, names in sorted(by_module.items()):
            files[f"{module.replace('.', '/')}.py"] = self._render_module(module, sorted(names))
        files[f"{DICTS_DIR}/__init__.py"] = (
            '"""``TypedDict`` forms of the request models, for type checkers (see'
            ' codegen/typed_dicts.py)."""\n'
        )
        return files

    def _render_module(self, module: str, names: list[str]) -> str:
        body: list[str] = []
        used: set[str] = set()
        typing_names: set[str] = set()
        for name in names:
            decl = self._decls[name]
            fields = getattr(decl, "fields", None)
            if fields is not None:
                typing_names.add("TypedDict")
                body += ["", "", *self._typed_dict(name, decl.description, fields, used)]
                continue
            members = getattr(decl, "members", None)
            if members is not None and len(members) > 1:
                # The models keep an unknown variant as a plain dict; a request dict that
                # fits no variant is far more often a typo, so the checker should say so.
                members = [m for m in members if m.annotation != "dict[str, Any]"]
            target = getattr(decl, "target", None)
            text = (
                " | ".join(self.annotation(m.annotation)[0] for m in members)
                if members is not None
                else self.annotation(target.annotation)[0]
                if target is not None
                else "Any"
            )
            for member in [*(members or []), *([target] if target is not None else [])]:
                used |= self.annotation(member.annotation)[1]
            typing_names.add("TypeAlias")
            body += ["", "", f'{dict_name(name)}: TypeAlias = "{text}"']
        text = "\n".join(body)
        if "Literal[" in text:
            typing_names.add("Literal")
        if "Any" in _TOKEN.findall(text):
            typing_names.add("Any")
        own = {dict_name(name) for name in names}
        lines = [
            _GENERATED_LINE,
            f'"""``TypedDict`` forms of :mod:`{module.replace(DICTS_PACKAGE, MODELS_PACKAGE)}`'
            ' (keys as sent on the wire)."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        checking = {(self.module_of(other.removesuffix("Dict")), other) for other in used - own}
        if "Required[" in text:
            checking.add(("typing_extensions", "Required"))
        if checking:
            typing_names.add("TYPE_CHECKING")
        lines += [render.import_block([("typing", name) for name in typing_names])]
        if checking:
            block = render.import_block(sorted(checking))
            lines += ["", "if TYPE_CHECKING:"]
            lines += ["    " + line if line else "" for line in block.splitlines()]
        lines += ["", "__all__ = [", *(f'    "{name}",' for name in sorted(own)), "]"]
        return "\n".join(lines) + text + "\n"

    def _typed_dict(
        self, name: str, description: str, fields: list[FieldSpec], used: set[str]
    ) -> list[str]:
        entries = []
        functional = False
        for field in fields:
            entry, field_used = self.field_entry(field.wire, field)
            used |= field_used
            entries.append((field.wire, entry.split(": ", 1)[1]))
            if not field.wire.isidentifier() or keyword.iskeyword(field.wire):
                functional = True
        doc = f"The dict form of :class:`{name}`."
        if functional or not entries:
            items = ", ".join(f"{render.literal(key)}: {value!r}" for key, value in entries)
            # The functional form's values are evaluated at run time: keep them as strings.
            return [f"{dict_name(name)} = TypedDict({dict_name(name)!r}, {{{items}}}, total=False)"]
        lines = [f"class {dict_name(name)}(TypedDict, total=False):", f'    """{doc}"""', ""]
        lines += [f"    {key}: {value}" for key, value in entries]
        return lines


def _split_union(text: str) -> list[str]:
    """Top-level ``|`` parts of an annotation (brackets respected)."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [part for part in parts if part]


# --- the flat request dict of a function ------------------------------------------------------


def request_dict_classes(op: Any, writer: DictWriter) -> tuple[list[str], set[str], set[str]]:
    """The ``<Function>RequestDict`` (and, for a streaming operation, the streaming one).

    Returns the class lines, the dict names to import under ``TYPE_CHECKING`` and the other
    names the annotations use (``Literal``, ``Required``, ``Any``).
    """
    entries: list[str] = []
    used: set[str] = set()
    for param in op.params:
        annotation, param_used = writer.annotation(param.type_ref.annotation)
        used |= param_used
        entries.append(
            f"{param.name}: Required[{annotation}]"
            if param.required
            else f"{param.name}: {annotation}"
        )
    body_fields = writer.body_fields(op)
    if op.body is not None and op.body.model is not None:
        writer.require(op.body.model.annotation)  # its own dict, for users who build bodies
    for field in body_fields:
        if op.streams and field.wire == "stream":
            continue
        entry, field_used = writer.field_entry(field.name, field)
        used |= field_used
        entries.append(entry)
    if op.body is not None and op.body.model is None and op.body.kind == "multipart":
        for form_field in op.body.fields:  # the form's own fields; files are ``FileInput``
            annotation, field_used = writer.annotation(form_field.annotation)
            used |= field_used
            if form_field.required:
                annotation = f"Required[{annotation}]"
            entries.append(f"{form_field.name}: {annotation}")
    if op.body is not None and op.body.model is not None:
        entries.append("extra_fields: dict[str, Any]")
    forms: list[tuple[str, str | None, str]] = [("RequestDict", None, "the call returns the body")]
    if op.streams:
        forms = [
            (
                "StreamingRequestDict",
                "Required[Literal[True]]",
                " with ``stream: True``: the call returns a stream",
            ),
            (
                "RequestDict",
                "Literal[False]",
                " without ``stream: True``: the call returns the body",
            ),
        ]
    lines: list[str] = []
    for suffix, stream, doc in forms:
        if stream is None:
            doc = ": the parameters and the body's fields side by side"
        lines += [
            "",
            "",
            f"class {op.pascal}{suffix}(TypedDict, total=False):",
            f'    """The request as a dict literal{doc}."""',
            "",
            *(f"    {entry}" for entry in entries),
        ]
        if stream is not None:
            lines.append(f"    stream: {stream}")
        if not entries and stream is None:
            lines.append("    pass")
    text = "\n".join(lines)
    names = {
        name
        for name in ("Literal", "Any")
        if name + "[" in text or f"{name}]" in text or f" {name}" in text
    }
    return lines[2:], used, names


def has_request_dict(op: Any) -> bool:
    """Whether ``op`` takes a typed dict: all but a JSON-or-multipart operation, whose two
    forms keep ``Mapping``. A multipart form's file fields are typed ``FileInput``."""
    return op.upload_body is None and (
        op.body is None or op.body.model is not None or op.body.kind == "multipart"
    )


def imports_for(dict_names: Iterable[str], writer: DictWriter) -> set[tuple[str, str]]:
    """``(module, name)`` imports of model dicts."""
    return {(writer.module_of(name.removesuffix("Dict")), name) for name in dict_names}
