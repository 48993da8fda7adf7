"""The model modules as text: the generator's description → source files.

One module per group of declarations (see :mod:`codegen.model_description`), plus the package's
lazy ``__init__.py``, its ``.pyi`` and the name → module index.
"""

from __future__ import annotations

from collections.abc import Mapping

from codegen import render
from codegen.model_description import (
    FREE_DICT,
    MODELS_DIR,
    MODELS_PACKAGE,
    AliasDecl,
    ClassDecl,
    Decl,
    EnumDecl,
    ReexportDecl,
    UnionDecl,
    UnionRule,
)
from codegen.naming import constant_name, snake_case


def render_modules(
    decls: Mapping[str, Decl], reexports: list[ReexportDecl], namesakes: Mapping[str, str]
) -> dict[str, str]:
    """Every model module and the package files, unformatted, by path from the repository root.

    ``decls`` maps each name to its declaration, ``namesakes`` each module to the declaration
    it is named after.
    """
    by_module: dict[str, list[Decl]] = {}
    for decl in [*decls.values(), *reexports]:
        by_module.setdefault(decl.module, []).append(decl)
    writer = _ModuleWriter(decls, namesakes)
    files = {
        f"{MODELS_DIR}/{module}.py": writer.module_text(module, module_decls)
        for module, module_decls in sorted(by_module.items())
    }
    files.update(writer.package_files())
    return files


class _ModuleWriter:
    """Renders modules of one generator's declarations."""

    def __init__(self, decls: Mapping[str, Decl], namesakes: Mapping[str, str]) -> None:
        self._decls = decls
        self._modules = namesakes

    def module_text(self, module: str, decls: list[Decl]) -> str:
        reexports = [decl for decl in decls if isinstance(decl, ReexportDecl)]
        decls = [decl for decl in decls if not isinstance(decl, ReexportDecl)]
        named_after = self._modules.get(module)
        primary = next((d for d in [*decls, *reexports] if d.name == named_after), None)
        primary = primary or (decls or reexports)[0]
        imports: set[tuple[str, str]] = set()
        plain: set[str] = set()
        blocks: list[str] = []
        for decl in _ordered(decls, primary) if decls else ():
            text, needs, modules = self.declaration(decl)
            blocks.append(text)
            imports |= needs
            plain |= modules
        for decl in reexports:
            home = self._decls[decl.name].module
            imports.add((f"{MODELS_PACKAGE}.{home}", decl.name))
        needed_at_runtime = {name for decl in decls for name in decl.runtime_refs()}
        needed_at_runtime |= {decl.name for decl in reexports}
        resolved, checking = self._split_imports(module, imports, needed_at_runtime)
        if checking:
            resolved.add(("typing", "TYPE_CHECKING"))
        parts = [
            render.header(primary.source),
            render.docstring(
                _module_doc(primary)
                if snake_case(primary.name) == module
                else f"Models nested in ``{primary.source}``."
            ),
            "",
            "from __future__ import annotations" if decls else "",
            "",
            render.import_block(resolved, plain),
        ]
        if checking:
            block = render.import_block(checking)
            parts += [
                "",
                "if TYPE_CHECKING:",
                *("    " + line if line else "" for line in block.splitlines()),
            ]
        if reexports:
            names = ", ".join(f'"{decl.name}"' for decl in sorted(reexports, key=_by_name))
            blocks.append(f"__all__ = [{names}]")
        # isort wants two blank lines after the imports before a class or function, one
        # before anything else.
        gap = "\n\n\n" if blocks[0].startswith(("@", "class ", "def ")) else "\n\n"
        text = "\n".join(parts).rstrip("\n") + gap + "\n\n\n".join(blocks) + "\n"
        return text

    def _split_imports(
        self, module: str, imports: set[tuple[str, str]], needed_at_runtime: set[str]
    ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """The module's imports: those made when it runs, and those for type checkers alone.

        Models named only in field annotations are imported for type checkers alone: the
        readers load them on first use (``openrouter_core._codec.model_readers``), so importing
        one model does not import every model it can contain. Union members and alias targets
        are evaluated when the module runs, so those stay real imports.
        """
        resolved: set[tuple[str, str]] = set()
        checking: set[tuple[str, str]] = set()
        for source_module, name in imports:
            if source_module.startswith(MODELS_PACKAGE + ".") and name in self._decls:
                source_module = f"{MODELS_PACKAGE}.{self._decls[name].module}"
                if source_module == f"{MODELS_PACKAGE}.{module}":
                    continue
                if name not in needed_at_runtime:
                    checking.add((source_module, name))
                    continue
            resolved.add((source_module, name))
        return resolved, checking

    def declaration(self, decl: Decl) -> tuple[str, set[tuple[str, str]], set[str]]:
        """Source of one declaration, the ``from`` imports and the plain imports it needs."""
        if isinstance(decl, ClassDecl):
            return _render_class(decl)
        if isinstance(decl, EnumDecl):
            return _render_enum(decl)
        if isinstance(decl, AliasDecl):
            text = f"{decl.name}: TypeAlias = {decl.target.annotation}\n"
            text += render.docstring(decl.description)
            return text, set(decl.target.imports) | {("typing", "TypeAlias")}, set()
        if isinstance(decl, UnionDecl):
            return _render_union(decl)
        raise TypeError(f"cannot render {decl!r}")

    def package_files(self) -> dict[str, str]:
        """The package: a tiny lazy ``__init__.py``, its ``.pyi`` for type checkers, the index.

        The index of every class name lives in ``_index.py`` and the re-exports in
        ``__init__.pyi``, so importing one model never loads either.
        """
        entries = sorted((decl.name, decl.module) for decl in self._decls.values())
        doc = render.docstring(
            "Models generated from the OpenRouter OpenAPI spec, one module per schema.\n\n"
            "Import a model from its module (``from openrouter_core.models.chat_request "
            "import ChatRequest``) or from this package, which imports the module on "
            "first use, so importing the package itself stays cheap."
        )
        init = [render.header("components/schemas"), doc, _INDEX_FUNCTIONS]
        stub = [render.header("components/schemas"), doc, ""]
        stub.extend(
            f"from {MODELS_PACKAGE}.{module} import {name} as {name}"
            for name, module in sorted(entries, key=lambda entry: (entry[1], entry[0]))
        )
        index = [
            render.header("components/schemas"),
            '"""Class (alias, enum) name → the module of ``openrouter_core.models`` defining it."""',
            "",
            "MODULES: dict[str, str] = {",
            *(f'    "{name}": "{module}",' for name, module in entries),
            "}",
        ]
        return {
            f"{MODELS_DIR}/__init__.py": "\n".join(init),
            f"{MODELS_DIR}/__init__.pyi": "\n".join(stub) + "\n",
            f"{MODELS_DIR}/_index.py": "\n".join(index) + "\n",
        }


_INDEX_FUNCTIONS = """
from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from openrouter_core.models._index import MODULES

    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from openrouter_core.models._index import MODULES

    return sorted({*globals(), *MODULES})
"""


# --- rendering helpers ----------------------------------------------------------------------


def _by_name(decl: Decl) -> str:
    return decl.name


def _module_doc(decl: Decl) -> str:
    return decl.description.split("\n\n", 1)[0]


def _ordered(decls: list[Decl], primary: Decl) -> list[Decl]:
    """Dependencies before their users (the primary declaration last), and every alias after
    the names it evaluates at import time."""
    here = {decl.name: decl for decl in decls}
    primary = primary if primary.name in here else decls[0]
    order: list[Decl] = []
    visited: set[str] = set()

    def visit(decl: Decl) -> None:
        if decl.name in visited:
            return
        visited.add(decl.name)
        for name in sorted(decl.refs()):
            if name in here:
                visit(here[name])
        order.append(decl)

    visit(primary)
    for decl in decls:
        visit(decl)
    if primary in order:  # keep the module's namesake last when nothing depends on it
        users = [d for d in order if primary.name in d.refs() and d is not primary]
        if not users:
            order.remove(primary)
            order.append(primary)
    placed: set[str] = set()
    out: list[Decl] = []
    waiting: list[Decl] = []

    def ready(decl: Decl) -> bool:
        return all(name in placed or name not in here for name in decl.runtime_refs())

    for decl in order:
        waiting.append(decl)
        progress = True
        while progress:
            progress = False
            for candidate in list(waiting):
                if ready(candidate):
                    waiting.remove(candidate)
                    out.append(candidate)
                    placed.add(candidate.name)
                    progress = True
    if waiting:
        names = ", ".join(decl.name for decl in waiting)
        raise ValueError(f"type aliases that contain themselves cannot be generated: {names}")
    return out


def _render_class(decl: ClassDecl) -> tuple[str, set[tuple[str, str]], set[str]]:
    imports: set[tuple[str, str]] = {("typing", "Any")}
    lines = [
        "@attrs.frozen(kw_only=True)",
        f"class {decl.name}:",
        render.docstring(decl.description, 4),
        "",
    ]
    for field in decl.fields:
        imports |= field.type_ref.imports
        lines.append(render.render_field(field))
    lines.append("    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)")
    return "\n".join(lines), imports, {"attrs"}


def _render_enum(decl: EnumDecl) -> tuple[str, set[tuple[str, str]], set[str]]:
    doc = (
        f"{decl.description}\n\nThe values the API is known to send; fields that take them are "
        "plain ``str``, so a value added later is kept as it is."
    )
    lines = [f"class {decl.name}:", render.docstring(doc, 4), ""]
    used: set[str] = set()
    for value in decl.values:
        constant = constant_name(value)
        while constant in used:
            constant += "_"
        used.add(constant)
        lines.append(f"    {constant}: Final = {render.literal(value)}")
    return "\n".join(lines), {("typing", "Final")}, set()


_KIND_CHECKS = {
    "boolean": "isinstance(data, bool)",
    "integer": "isinstance(data, int)",
    "number": "isinstance(data, float)",
    "numeric": "isinstance(data, (int, float))",
    "string": "isinstance(data, str)",
    "array": "isinstance(data, list)",
    "object": "isinstance(data, dict)",
}
_KIND_WORDS = {
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
    "numeric": "a number",
    "string": "a string",
    "array": "an array",
    "object": "an object",
}


def _render_union(decl: UnionDecl) -> tuple[str, set[tuple[str, str]], set[str]]:
    imports: set[tuple[str, str]] = {("typing", "TypeAlias")}
    for ref in decl.members:
        imports |= ref.imports
    annotation = " | ".join(ref.annotation for ref in decl.members)
    blocks = [f"{decl.name}: TypeAlias = {annotation}\n{render.docstring(decl.description)}"]
    rule = decl.rule
    if rule is None:
        return blocks[0], imports, set()
    imports |= {("typing", "Any"), ("openrouter_core._codec.readers", "register_union")}
    snake = snake_case(decl.name)
    function = f"_choose_{snake}"
    body: list[str] = []
    words: list[str] = []
    for kind, member in rule.by_kind:
        body += [f"    if {_KIND_CHECKS[kind]}:", f"        return {_runtime(member)}"]
        words.append(_KIND_WORDS[kind])
    explain = ""
    if rule.object_member is not None:
        body += ["    if isinstance(data, dict):", f"        return {_runtime(rule.object_member)}"]
        words.append(_KIND_WORDS["object"])
    elif rule.prop is not None:
        table, lookup, explain = _by_property(rule, snake)
        blocks.append(table)
        body += lookup
        words.append(_KIND_WORDS["object"])
    expected = " or ".join(words) if len(words) < 3 else ", ".join(words[:-1]) + " or " + words[-1]
    by = f"by its ``{rule.prop}``" if rule.prop else "by its JSON type"
    summary = f"The member of :data:`{decl.name}` that ``data`` is, {by}.{explain}"
    doc = render.docstring(summary, 4)
    plain_imports: set[str] = set()
    if rule.object_member is not None or rule.prop is not None:
        body += [
            "    if attrs.has(type(data)):  # a model the caller built",
            "        return type(data)",
        ]
        plain_imports.add("attrs")
    body.append(
        f'    raise TypeError(f"{decl.name}: expected {expected}, got {{type(data).__name__}}")'
    )
    blocks.append(f"def {function}(data: Any) -> Any:\n{doc}\n" + "\n".join(body))
    blocks.append(f"register_union({decl.name}, {function})")
    return "\n\n\n".join(blocks), imports, plain_imports


def _by_property(rule: UnionRule, snake: str) -> tuple[str, list[str], str]:
    """A rule by a discriminating property: its table, the lines that look a member up in it,
    and what the chooser's docstring adds."""
    assert rule.prop is not None
    prop_name = rule.prop
    table = f"_{snake.upper()}_BY_{snake_case(prop_name).upper()}"
    entries = "".join(f"    {render.literal(value)}: {member},\n" for value, member in rule.mapping)
    unknown = _runtime(rule.unknown) if rule.unknown else "dict"
    prop = render.literal(prop_name)
    body = ["    if isinstance(data, dict):"]
    if rule.missing is not None and rule.missing != rule.unknown:
        body += [f"        if {prop} not in data:", f"            return {_runtime(rule.missing)}"]
        body.append(f"        return {table}.get(data[{prop}], {unknown})")
    else:
        body.append(f"        return {table}.get(data.get({prop}), {unknown})")
    explain = ""
    if any(" | " in member for _, member in rule.mapping):
        explain += f" Members that share a ``{prop_name}`` are tried in order."
    if rule.unknown is None:
        explain += f"\n\nAn unknown ``{prop_name}`` keeps the object as a plain dict."
    else:
        explain += f"\n\nAn unknown ``{prop_name}`` goes to :class:`{rule.unknown}`."
    return f"{table}: dict[Any, Any] = {{\n{entries}}}", body, explain


def _runtime(annotation: str) -> str:
    """A member annotation as an expression to hand the converter."""
    return "dict" if annotation == FREE_DICT.annotation else annotation
