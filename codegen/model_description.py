"""What the model generator decided, before any text: the intermediate description.

:class:`codegen.models.ModelGenerator` reads the spec into these (one :class:`Decl` per class,
enum, alias or union, each with the module it goes in); :mod:`codegen.model_modules` turns them
into source files. Other generators read them too: :class:`FieldSpec` and :class:`TypeRef` for
request classes and dicts. Nothing here imports the rest of ``codegen``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

#: The package generated models live in.
MODELS_PACKAGE = "openrouter_core.models"
#: Their directory, relative to the repository root.
MODELS_DIR = "openrouter_core/models"


@attrs.frozen
class TypeRef:
    """A Python type as source text plus the ``(module, name)`` imports it needs."""

    annotation: str
    imports: frozenset[tuple[str, str]] = frozenset()


@attrs.frozen
class FieldSpec:
    """One field of a model, ready to render (see :func:`codegen.render.render_field`).

    ``type_ref`` is the whole annotation, ``None``/``Unset`` included; ``default_expr`` is the
    default as source text (``"None"``, ``"UNSET"``, ``'"message"'``), None when required.
    ``description`` is the cleaned first sentence of the spec's description, or None.
    """

    name: str
    wire: str
    type_ref: TypeRef
    required: bool
    nullable: bool
    default_expr: str | None
    description: str | None
    #: The values an enum (or const) field lists, for ``Literal`` types in request dicts.
    known_values: tuple[Any, ...] = ()


ANY = TypeRef("Any", frozenset({("typing", "Any")}))
#: A JSON object of any keys: what an unknown discriminator value stays.
FREE_DICT = TypeRef("dict[str, Any]", ANY.imports)


# --- declarations: what a module contains ---------------------------------------------------


@attrs.define(eq=False)
class Decl:
    name: str
    module: str
    description: str
    source: str

    def refs(self) -> set[str]:
        """Names of the generated declarations this one uses."""
        return set()

    def runtime_refs(self) -> set[str]:
        """The subset that must be defined before this one runs at import time."""
        return set()


def model_names(refs: Iterable[TypeRef]) -> set[str]:
    return {
        name
        for ref in refs
        for module, name in ref.imports
        if module.startswith(MODELS_PACKAGE + ".")
    }


@attrs.define(eq=False)
class ClassDecl(Decl):
    fields: list[FieldSpec] = attrs.Factory(list)

    def refs(self) -> set[str]:
        return model_names(field.type_ref for field in self.fields)


@attrs.define(eq=False)
class EnumDecl(Decl):
    values: tuple[Any, ...] = ()


@attrs.define(eq=False)
class AliasDecl(Decl):
    target: TypeRef = ANY

    def refs(self) -> set[str]:
        return model_names([self.target])

    def runtime_refs(self) -> set[str]:
        return self.refs()


@attrs.define(eq=False)
class ReexportDecl(Decl):
    """A name whose declaration moved to another module (a cycle's shared module)."""


@attrs.frozen
class UnionRule:
    """How a union's choose function picks a member."""

    #: (JSON kind, member annotation) for the non-object kinds, in check order.
    by_kind: tuple[tuple[str, str], ...]
    #: The member for JSON objects when there is only one object member.
    object_member: str | None = None
    #: The discriminating property, when several object members exist.
    prop: str | None = None
    mapping: tuple[tuple[Any, str], ...] = ()
    #: Member for objects without ``prop`` and for unknown values of it.
    missing: str | None = None
    unknown: str | None = None


@attrs.define(eq=False)
class UnionDecl(Decl):
    members: list[TypeRef] = attrs.Factory(list)
    rule: UnionRule | None = None

    def refs(self) -> set[str]:
        return model_names(self.members)

    def runtime_refs(self) -> set[str]:
        return self.refs()
