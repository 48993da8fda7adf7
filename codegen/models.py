"""Schemas → model modules: one frozen attrs class (or union, enum, alias) per schema.

:class:`ModelGenerator` declares every component schema up front, so a user can import any of
them, and declares inline schemas as callers ask for them through :meth:`ModelGenerator.type_for`
and :meth:`ModelGenerator.model_fields`. The declarations it makes are the description of
:mod:`codegen.model_description`; :meth:`ModelGenerator.render` hands them to
:mod:`codegen.model_modules`, which writes the files.

How schemas map to Python:

* object (properties, allOf merged) → ``@attrs.frozen(kw_only=True)`` class with an
  ``extra_fields`` dict for keys it does not declare; ``metadata={"wire": ...}`` when the
  Python name differs from the JSON name.
* oneOf/anyOf with two or more non-null members → ``Name: TypeAlias = A | B`` and a
  ``register_union`` rule: by JSON type, then by discriminator (the spec's, or a property
  whose const/enum values tell the object members apart). An unknown discriminator value goes
  to a catch-all member if the union has one, else stays a plain ``dict`` (the alias then ends
  in ``dict[str, Any]``). Unions the rule cannot decide are left to the converter, which tries
  the members in order.
* enum → ``str`` in annotations (unknown values are kept); a named enum schema also gets a
  class of its known values as constants. ``const`` → its JSON type; a required field with one
  fixed value defaults to it.
* arrays → ``list[X]``, maps → ``dict[str, X]``, free objects → ``dict[str, Any]``,
  ``format: date-time``/``date``/``binary`` → ``datetime``/``date``/``bytes``, no type → ``Any``.
* null in any 3.1 form (``type: [X, "null"]``, a null member of anyOf/oneOf, ``nullable: true``,
  ``enum``/``const`` with null) makes the use site nullable: required → ``X | None``, optional →
  ``X | Unset | None = UNSET``; optional non-nullable → ``X | None = None``.
* inline schemas take the name the caller hints (``<Owner><Property>``) and live in the owner's
  module; a name already taken gets a number. Schemas that reference each other in a cycle are
  moved into one module (the others re-export), so imports are never circular.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from codegen import model_modules, render
from codegen.attrs_methods import write_methods_into
from codegen.model_description import (
    ANY,
    FREE_DICT,
    MODELS_DIR,
    MODELS_PACKAGE,
    AliasDecl,
    ClassDecl,
    Decl,
    EnumDecl,
    FieldSpec,
    ReexportDecl,
    TypeRef,
    UnionDecl,
    UnionRule,
    model_names,
)
from codegen.naming import pascal_case, python_field_name, snake_case
from codegen.spec import SCHEMAS_PREFIX, ref_name, resolve

# Other generators import these from here.
__all__ = ["MODELS_DIR", "MODELS_PACKAGE", "FieldSpec", "ModelGenerator", "TypeRef"]

_UNSET_MODULE = "openrouter_core._unset"
_JSON_KINDS = ("boolean", "integer", "number", "string", "array", "object")
_ANY_KIND = frozenset({"any"})
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_NONE = TypeRef("None")
_PRIMITIVES = {
    "string": TypeRef("str"),
    "integer": TypeRef("int"),
    "number": TypeRef("float"),
    "boolean": TypeRef("bool"),
}
_FORMATS = {
    "date-time": TypeRef("datetime", frozenset({("datetime", "datetime")})),
    "date": TypeRef("date", frozenset({("datetime", "date")})),
    "binary": TypeRef("bytes"),
}


class _NoValue:
    def __repr__(self) -> str:
        return "NO_VALUE"


#: Marks "no fixed value" (``None`` is a fixed value: JSON null).
_NO_VALUE: Any = _NoValue()


@attrs.frozen
class _Shape:
    """What a schema became: its non-null type and the facts its users need."""

    ref: TypeRef
    nullable: bool = False
    #: JSON kinds a value of this type can have ("object", "string", …; "any").
    kinds: frozenset[str] = _ANY_KIND
    #: For objects: property → the values it can have (const/enum), to discriminate on.
    tags: Mapping[str, frozenset[Any]] = attrs.field(factory=dict)
    #: Properties the object declares (tag or not).
    declared: frozenset[str] = frozenset()
    #: The one value this schema allows (const, or an enum of one), else _NO_VALUE.
    fixed: Any = _NO_VALUE
    #: Known values of an enum, for docstrings.
    enum_values: tuple[Any, ...] = ()
    #: The named enum class listing the known values, for docstrings.
    enum_class: str | None = None
    deprecated: bool = False


@attrs.define(eq=False)
class _Named:
    """A component schema: its class name, module and (once built) its shape."""

    schema_name: str
    name: str
    kind: str
    nullable: bool
    shape: _Shape | None = None
    building: bool = False


# --- the generator --------------------------------------------------------------------------


class ModelGenerator:
    """Builds the model modules for a spec; see the module docstring for the mapping."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {}) or {}
        self._decls: dict[str, Decl] = {}
        self._modules: dict[str, str] = {}  # module → the declaration it is named after
        self._reexports: list[ReexportDecl] = []
        self._named: dict[str, _Named] = {}
        # id(schema) → (schema, shape) for a schema met twice; holding the schema keeps its
        # id from being reused by another (temporary) dict.
        self._inline: dict[int, tuple[Any, _Shape]] = {}
        self._taken: set[str] = set()
        for schema_name, schema in self._schemas.items():
            name = self._claim(schema_name)
            self._modules[snake_case(name)] = name
            kind = self._kind(schema)
            self._named[schema_name] = _Named(schema_name, name, kind, self._nullable(schema))
        for schema_name in self._schemas:
            self._build_named(schema_name)
        self._merge_cycles()

    # --- public interface ---------------------------------------------------------------

    def type_for(
        self, schema: dict[str, Any], name_hint: str, *, source: str | None = None
    ) -> TypeRef:
        """The Python type for ``schema``, ``| None`` included when it is nullable.

        An inline object or union becomes a class (or alias) named ``name_hint`` (numbered if
        the name is taken) in a module named after it; ``source`` names it in the header.
        """
        shape = self._analyze(schema, name_hint, None, source or name_hint, None)
        return self._current(_nullable(shape.ref) if shape.nullable else shape.ref)

    def model_fields(self, schema: dict[str, Any], name_hint: str) -> list[FieldSpec]:
        """The fields of an object schema (allOf merged), e.g. to flatten into a request.

        Inline property schemas become classes named ``<name_hint><Property>`` in the module
        named after ``name_hint``; for a ``$ref`` the component's own classes are used.
        """
        named = self._ref_target(schema)
        if named is not None:
            self._build_named(named.schema_name)
            decl = self._decls.get(named.name)
            if isinstance(decl, ClassDecl):
                fields = decl.fields
            else:
                owner, module = named.name, self._decls[named.name].module
                target = _unwrap(self.spec, self._schemas[named.schema_name])
                fields, _ = self._fields(target, owner, module, f"components/schemas/{owner}")
        else:
            owner = pascal_case(name_hint)
            module = self._decls[owner].module if owner in self._decls else snake_case(owner)
            target = _unwrap(self.spec, resolve(self.spec, schema))
            fields, _ = self._fields(target, owner, module, name_hint)
        return [attrs.evolve(field, type_ref=self._current(field.type_ref)) for field in fields]

    def render(self) -> dict[str, str]:
        """Every model module declared so far plus ``models/__init__.py``, formatted.

        Keys are paths relative to the repository root.
        """
        self._check_union_rules()
        files = model_modules.render_modules(self._decls, self._reexports, self._modules)
        return render.format_files(write_methods_into(files))

    def module_of(self, name: str) -> str:
        """The dotted module that defines the generated class (alias, enum) ``name``."""
        return f"{MODELS_PACKAGE}.{self._decls[name].module}"

    def declarations(self) -> Mapping[str, Any]:
        """Every declaration by name (classes have ``fields``, unions ``members``, aliases
        ``target``), for the request dicts of :mod:`codegen.typed_dicts`."""
        return self._decls

    def class_names(self) -> dict[str, str]:
        """Component schema name → the name of its class, alias or enum."""
        return {schema_name: named.name for schema_name, named in self._named.items()}

    # --- naming -------------------------------------------------------------------------

    def _free_name(self, hint: str) -> str:
        """The name :meth:`_claim` would give ``hint``, without claiming it."""
        base = pascal_case(hint) or "Model"
        if not base[0].isalpha():
            base = f"Model{base}"
        name, number = base, 1
        while name in self._taken or snake_case(name) in self._modules:
            number += 1
            name = f"{base}{number}"
        return name

    def _claim(self, hint: str) -> str:
        name = self._free_name(hint)
        self._taken.add(name)
        return name

    def _add(self, decl: Decl) -> None:
        self._decls[decl.name] = decl
        self._modules.setdefault(decl.module, decl.name)

    def _current(self, ref: TypeRef) -> TypeRef:
        """``ref`` with model imports pointing at the modules their names live in now."""
        imports = set()
        for module, name in ref.imports:
            if module.startswith(MODELS_PACKAGE + ".") and name in self._decls:
                module = f"{MODELS_PACKAGE}.{self._decls[name].module}"
            imports.add((module, name))
        return TypeRef(ref.annotation, frozenset(imports))

    @staticmethod
    def _model_ref(name: str, module: str) -> TypeRef:
        return TypeRef(name, frozenset({(f"{MODELS_PACKAGE}.{module}", name)}))

    # --- component schemas --------------------------------------------------------------

    def _kind(self, schema: Any) -> str:
        """What a component becomes: a "class", "union", "enum" or "alias" (``X: TypeAlias``)."""
        schema = _unwrap(self.spec, schema)
        if not isinstance(schema, dict) or "$ref" in schema:
            return "alias"
        if "allOf" in schema:
            return "class"
        if "oneOf" in schema or "anyOf" in schema:
            members = [m for m in schema.get("oneOf") or schema["anyOf"] if not _is_null(m)]
            return "union" if len(members) >= 2 else "alias"
        if "enum" in schema:
            values = [value for value in schema["enum"] if value is not None]
            return "enum" if values and all(isinstance(v, str) for v in values) else "alias"
        types = _types(schema)
        if len(types) > 1:
            return "union"
        if types == ["object"] and schema.get("properties"):
            return "class"
        return "alias"

    def _nullable(self, schema: Any, depth: int = 0) -> bool:
        """Whether ``schema`` admits JSON null, in any of the forms 3.0 and 3.1 allow."""
        if not isinstance(schema, dict) or depth > 32:
            return False
        if schema.get("nullable") is True or "null" in _raw_types(schema):
            return True
        if ("const" in schema and schema["const"] is None) or None in schema.get("enum", ()):
            return True
        for key in ("oneOf", "anyOf"):
            for member in schema.get(key, ()):
                if _is_null(member) or self._nullable(member, depth + 1):
                    return True
        if "$ref" in schema:
            name = _component(schema)
            if name is not None and name in self._named:
                return self._named[name].nullable
            return self._nullable(resolve(self.spec, schema), depth + 1)
        if any(part.get("nullable") is True for part in _annotation_parts(schema)):
            return True
        inner = _unwrap(self.spec, schema)
        return inner is not schema and self._nullable(inner, depth + 1)

    def _ref_target(self, schema: Any) -> _Named | None:
        name = _component(schema)
        if name is None:
            return None
        if name not in self._named:
            raise KeyError(f"$ref to an unknown schema: {schema['$ref']!r}")
        return self._named[name]

    def _build_named(self, schema_name: str) -> _Shape:
        named = self._named[schema_name]
        if named.shape is not None:
            return named.shape
        name, source = named.name, f"components/schemas/{schema_name}"
        module = snake_case(name)
        if named.building:
            # A cycle back to a schema being built: classes and unions can be referred to by
            # name already; an alias that contains itself cannot be written down (Any).
            if named.kind in ("class", "union"):
                kinds = _OBJECT if named.kind == "class" else _ANY_KIND
                return _Shape(self._model_ref(name, module), named.nullable, kinds=kinds)
            return _Shape(ANY)
        named.building = True
        original = self._schemas[schema_name]
        schema = _unwrap(self.spec, original)
        description = _description(original) or (
            _description(schema) if isinstance(schema, dict) else None
        )
        if named.kind == "class":
            shape = self._object(schema, name, module, source, description)
        elif named.kind == "union":
            shape = self._union(schema, name, module, source, description, claimed=True)
        elif named.kind == "enum":
            values = tuple(value for value in schema["enum"] if value is not None)
            doc = description or f"Known values of ``{schema_name}``."
            self._add(EnumDecl(name, module, doc, source, values=values))
            shape = _Shape(
                _PRIMITIVES["string"],
                kinds=frozenset({"string"}),
                fixed=values[0] if len(values) == 1 else _NO_VALUE,
                enum_values=values,
                enum_class=name,
            )
        else:
            hint = f"{name}Item" if _types(schema) == ["array"] else name
            inner = self._analyze(schema, hint, module, source, None, own=True)
            doc = description or f"The ``{schema_name}`` schema."
            self._add(AliasDecl(name, module, doc, source, target=inner.ref))
            shape = inner
        named.shape = attrs.evolve(shape, nullable=named.nullable)
        named.building = False
        return named.shape

    # --- schemas → shapes ---------------------------------------------------------------

    def _analyze(
        self,
        schema: Any,
        hint: str,
        module: str | None,
        source: str,
        fallback_doc: str | None,
        *,
        own: bool = False,
    ) -> _Shape:
        """Map ``schema`` to a shape, declaring inline classes and unions as ``hint`` in
        ``module`` (in a module of their own when None).

        ``own`` marks a named alias's own schema, which must not be memoised as inline.
        """
        if not isinstance(schema, dict) or not schema:
            return _Shape(ANY)
        nullable = self._nullable(schema)
        deprecated = schema.get("deprecated") is True
        named = self._ref_target(schema)
        if named is not None:
            shape = self._build_named(named.schema_name)
            return attrs.evolve(shape, nullable=nullable or shape.nullable, deprecated=deprecated)
        if "$ref" in schema:
            shape = self._analyze(resolve(self.spec, schema), hint, module, source, fallback_doc)
            return attrs.evolve(shape, nullable=nullable or shape.nullable)
        if not own and id(schema) in self._inline:
            return self._inline[id(schema)][1]
        shape = self._analyze_inline(schema, hint, module, source, fallback_doc)
        shape = attrs.evolve(shape, nullable=nullable or shape.nullable, deprecated=deprecated)
        if not own:
            self._inline[id(schema)] = (schema, shape)
        return shape

    def _analyze_inline(
        self,
        schema: dict[str, Any],
        hint: str,
        module: str | None,
        source: str,
        fallback_doc: str | None,
    ) -> _Shape:
        description = _description(schema) or fallback_doc
        inner = _unwrap(self.spec, schema)
        if inner is not schema:
            return self._analyze(inner, hint, module, source, description)
        if "allOf" in schema:
            name = self._claim(hint)
            return self._object(schema, name, module or snake_case(name), source, description)
        if "oneOf" in schema or "anyOf" in schema:
            members = [m for m in schema.get("oneOf") or schema["anyOf"] if not _is_null(m)]
            if not members:
                return _Shape(_NONE, kinds=frozenset({"null"}))
            return self._union(schema, hint, module, source, description, claimed=False)
        if "const" in schema or "enum" in schema:
            return _enum_shape(schema)
        types = _types(schema)
        if len(types) > 1:
            return self._union(schema, hint, module, source, description, claimed=False)
        kind = types[0] if types else None
        if kind == "object":
            if schema.get("properties"):
                name = self._claim(hint)
                return self._object(schema, name, module or snake_case(name), source, description)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self._analyze(extra, f"{hint}Value", module, source, None)
                value_ref = _nullable(value.ref) if value.nullable else value.ref
                ref = TypeRef(f"dict[str, {value_ref.annotation}]", value_ref.imports)
                return _Shape(ref, kinds=_OBJECT)
            return _Shape(FREE_DICT, kinds=_OBJECT)
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, dict) or not items:
                return _Shape(TypeRef("list[Any]", ANY.imports), kinds=frozenset({"array"}))
            item = self._analyze(items, hint, module, source, description)
            item_ref = _nullable(item.ref) if item.nullable else item.ref
            ref = TypeRef(f"list[{item_ref.annotation}]", item_ref.imports)
            return _Shape(ref, kinds=frozenset({"array"}))
        if kind == "string" and schema.get("format") in _FORMATS:
            return _Shape(_FORMATS[schema["format"]], kinds=frozenset({"string"}))
        if kind in _PRIMITIVES:
            return _Shape(_PRIMITIVES[kind], kinds=frozenset({kind}))
        if kind == "null":
            return _Shape(_NONE, kinds=frozenset({"null"}))
        return _Shape(ANY)

    def _object(
        self,
        schema: dict[str, Any],
        name: str,
        module: str,
        source: str,
        description: str | None,
    ) -> _Shape:
        decl = ClassDecl(name, module, description or f"The ``{name}`` object.", source)
        self._add(decl)
        decl.fields, tags = self._fields(schema, name, module, source)
        return _Shape(
            self._model_ref(name, module),
            kinds=_OBJECT,
            tags=tags,
            declared=frozenset(field.wire for field in decl.fields),
        )

    def _fields(
        self, schema: dict[str, Any], owner: str, module: str, source: str
    ) -> tuple[list[FieldSpec], dict[str, frozenset[Any]]]:
        properties, required = self._merged(schema, frozenset())
        shapes = {
            wire: self._analyze(
                prop,
                f"{owner}{pascal_case(wire)}",
                module,
                source,
                f"The ``{wire}`` of a :class:`{owner}`.",
            )
            for wire, prop in properties.items()
        }
        # No field may shadow a name the class's annotations use (``date``, say).
        taken = {
            word for shape in shapes.values() for word in _IDENTIFIER.findall(shape.ref.annotation)
        } | {"None", "UNSET", "Unset"}
        fields: list[FieldSpec] = []
        tags: dict[str, frozenset[Any]] = {}
        for wire, prop in properties.items():
            shape = shapes[wire]
            name = python_field_name(wire, taken)
            taken.add(name)
            fields.append(_field(name, wire, prop, shape, wire in required, self._about(prop)))
            if shape.fixed is not _NO_VALUE:
                tags[wire] = frozenset({shape.fixed})
            elif shape.enum_values and shape.enum_class is None:
                tags[wire] = frozenset(shape.enum_values)
        return fields, tags

    def _about(self, prop: Any) -> str | None:
        """What a property that only names a component is, when no class docstring says it
        (the component is an alias or an enum, so its name is not in the annotation)."""
        if not isinstance(prop, dict):
            return None
        named = self._ref_target(_unwrap(self.spec, prop))
        if named is None or named.kind in ("class", "union"):
            return None
        return _description(self._schemas[named.schema_name])

    def _merged(
        self, schema: dict[str, Any], seen: frozenset[int]
    ) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema, allOf parts merged in order
        (a later part's property replaces an earlier one's)."""
        if id(schema) in seen:
            return {}, set()
        seen = seen | {id(schema)}
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema.get("allOf", ()):
            part_properties, part_required = self._merged(resolve(self.spec, part), seen)
            properties.update(part_properties)
            required |= part_required
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        return properties, required

    def _union(
        self,
        schema: dict[str, Any],
        hint: str,
        module: str | None,
        source: str,
        description: str | None,
        *,
        claimed: bool,
    ) -> _Shape:
        name = hint if claimed else self._free_name(hint)
        raw = schema.get("oneOf") or schema.get("anyOf")
        if raw is None:  # a list of types, such as [a, b]
            raw = [{**schema, "type": kind} for kind in _types(schema)]
        shapes: list[_Shape] = []
        for index, member in enumerate((m for m in raw if not _is_null(m)), 1):
            shape = self._analyze(
                member,
                f"{name}{_member_suffix(self.spec, member, index)}",
                module,
                source,
                f"One of the shapes of :class:`{name}`.",
            )
            if all(shape.ref.annotation != seen.ref.annotation for seen in shapes):
                shapes.append(shape)
        nullable = any(shape.nullable for shape in shapes)
        if len(shapes) == 1:  # the members were one type after all
            if claimed:
                doc = description or f"The ``{name}`` schema."
                self._add(AliasDecl(name, module or snake_case(name), doc, source, shapes[0].ref))
            return attrs.evolve(shapes[0], nullable=nullable)
        if not claimed:
            name = self._claim(hint)
        module = module or snake_case(name)
        # A union that contains itself (``Json = str | list[Json]``) cannot be evaluated when
        # its module loads; the inner occurrences become Any.
        members = [_without_self(shape.ref, name) for shape in shapes]
        rule, needs_fallback = _rule(schema, shapes, self.class_names())
        if needs_fallback and all(ref.annotation != FREE_DICT.annotation for ref in members):
            members.append(FREE_DICT)
        doc = description or "One of {}.".format(", ".join(map(_mention, members)))
        self._add(UnionDecl(name, module, doc, source, members=members, rule=rule))
        return _Shape(
            self._model_ref(name, module),
            nullable,
            kinds=frozenset().union(*(shape.kinds for shape in shapes)),
            tags=_common_tags(shapes),
        )

    # --- cycles and checks --------------------------------------------------------------

    def _merge_cycles(self) -> None:
        """Move modules that import each other into one (the first by name); the others
        re-export their names from it, so every schema keeps its own module."""
        graph: dict[str, set[str]] = {}
        for decl in self._decls.values():
            edges = graph.setdefault(decl.module, set())
            edges.update(self._decls[ref].module for ref in decl.refs() if ref in self._decls)
        for group in _strongly_connected(graph):
            if len(group) < 2:
                continue
            home = min(group)
            for decl in list(self._decls.values()):
                if decl.module in group and decl.module != home:
                    self._reexports.append(
                        ReexportDecl(decl.name, decl.module, decl.description, decl.source)
                    )
                    decl.module = home

    def _check_union_rules(self) -> None:
        """Two unions of the same members share one converter rule: they must agree."""
        rules: dict[frozenset[str], tuple[str, UnionRule | None]] = {}
        for decl in self._decls.values():
            if not isinstance(decl, UnionDecl):
                continue
            key = frozenset(self._flatten(decl))
            if key in rules and not self._same_rule(rules[key][1], decl.rule):
                raise ValueError(
                    f"unions {rules[key][0]} and {decl.name} have the same members but "
                    "different rules; the converter can only keep one"
                )
            rules.setdefault(key, (decl.name, decl.rule))

    def _flatten(self, decl: UnionDecl) -> list[str]:
        out: list[str] = []
        for ref in decl.members:
            inner = self._decls.get(ref.annotation)
            if isinstance(inner, UnionDecl):
                out.extend(self._flatten(inner))
            else:
                out.append(ref.annotation)
        return out

    def _same_rule(self, first: UnionRule | None, second: UnionRule | None) -> bool:
        def resolved(rule: UnionRule | None) -> Any:
            if rule is None:
                return None
            return attrs.evolve(rule, mapping=tuple(sorted((repr(v), m) for v, m in rule.mapping)))

        return bool(resolved(first) == resolved(second))

    # --- rendering ----------------------------------------------------------------------


# --- helpers --------------------------------------------------------------------------------

_OBJECT = frozenset({"object"})


def _field(
    name: str, wire: str, prop: Any, shape: _Shape, required: bool, about: str | None
) -> FieldSpec:
    base = shape.ref
    default: str | None
    if base.annotation in ("None", "Any"):
        ref, default = base, None if required else "None"
    elif required and shape.nullable:
        ref, default = _nullable(base), None
    elif required:
        ref = base
        default = None if shape.fixed is _NO_VALUE else render.literal(shape.fixed)
    elif shape.nullable:
        ref = TypeRef(
            f"{base.annotation} | Unset | None",
            base.imports | {(_UNSET_MODULE, "Unset"), (_UNSET_MODULE, "UNSET")},
        )
        default = "UNSET"
    else:
        ref, default = _nullable(base), "None"
    description = (_description(prop) if isinstance(prop, dict) else None) or about
    description = _describe_values(description, shape)
    if shape.deprecated:
        description = f"Deprecated. {description or ''}".rstrip()
    return FieldSpec(
        name=name,
        wire=wire,
        type_ref=ref,
        required=required,
        nullable=shape.nullable,
        default_expr=default,
        description=description,
        known_values=shape.enum_values,
    )


def _describe_values(description: str | None, shape: _Shape) -> str | None:
    if shape.fixed is not _NO_VALUE:
        return description
    note = None
    if shape.enum_class is not None:
        note = f"Known values: :class:`{shape.enum_class}`."
    elif 2 <= len(shape.enum_values) <= 12:
        note = "Known values: {}.".format(
            ", ".join(f"``{render.literal(v)}``" for v in shape.enum_values)
        )
    if note is None:
        return description
    return f"{description} {note}" if description else note


def _enum_shape(schema: dict[str, Any]) -> _Shape:
    values = (schema["const"],) if "const" in schema else tuple(schema["enum"])
    values = tuple(value for value in values if value is not None)
    if not values:
        return _Shape(_NONE, kinds=frozenset({"null"}))
    kinds = {_value_kind(value) for value in values}
    if len(kinds) > 1 or not kinds <= set(_PRIMITIVES):
        return _Shape(ANY, enum_values=values)
    (kind,) = kinds
    return _Shape(
        _PRIMITIVES[kind],
        kinds=frozenset({kind}),
        fixed=values[0] if len(values) == 1 else _NO_VALUE,
        enum_values=values,
    )


def _member_suffix(spec: dict[str, Any], member: Any, index: int) -> str:
    """The end of an inline union member's class name: its ``type`` value when it has one."""
    if isinstance(member, dict) and "$ref" not in member:
        for prop in ("type", *sorted(member.get("properties") or {})):
            schema = (member.get("properties") or {}).get(prop)
            if isinstance(schema, dict):
                values = [schema["const"]] if "const" in schema else schema.get("enum", [])
                if len(values) == 1 and isinstance(values[0], str) and pascal_case(values[0]):
                    return pascal_case(values[0])
        if _types(member) == ["array"]:
            return "Item"
    return f"Variant{index}"


def _rule(
    schema: dict[str, Any], shapes: list[_Shape], names: Mapping[str, str]
) -> tuple[UnionRule | None, bool]:
    """How to choose among ``shapes``, and whether unknown objects need the dict fallback.

    None when the JSON type and a discriminator cannot decide: the converter then tries the
    members in order.
    """
    if any("any" in shape.kinds for shape in shapes):
        return None, False
    by_kind: dict[str, list[_Shape]] = {}
    for shape in shapes:
        for kind in shape.kinds - {"null"}:
            by_kind.setdefault(kind, []).append(shape)
    if any(len(members) > 1 for kind, members in by_kind.items() if kind != "object"):
        return None, False
    checks: list[tuple[str, str]] = []
    for kind in _JSON_KINDS:
        if kind == "object" or kind not in by_kind:
            continue
        check = kind
        if kind in ("integer", "number") and not {"integer", "number"} <= set(by_kind):
            check = "numeric"
        checks.append((check, by_kind[kind][0].ref.annotation))
    objects = by_kind.get("object", [])
    if len(objects) <= 1:
        member = objects[0].ref.annotation if objects else None
        return UnionRule(by_kind=tuple(checks), object_member=member), False
    discriminator = schema.get("discriminator") or {}
    explicit = discriminator.get("propertyName")
    mapping = {
        value: names.get(ref_name(target), "")
        for value, target in (discriminator.get("mapping") or {}).items()
        if isinstance(target, str) and target.startswith("#/")
    }
    candidates = _tag_candidates(objects)
    if explicit:
        candidates = [explicit, *(prop for prop in candidates if prop != explicit)]
    # Best: a property whose values name exactly one member each. Else the first one that at
    # least narrows the choice; the converter tries the members sharing a value in order.
    for overlap in (False, True):
        for prop in candidates:
            found = _discriminate(prop, objects, mapping if prop == explicit else {}, overlap)
            if found is not None:
                table, missing, unknown = found
                rule = UnionRule(
                    by_kind=tuple(checks),
                    prop=prop,
                    mapping=tuple(table.items()),
                    missing=missing,
                    unknown=unknown,
                )
                return rule, unknown is None
    return None, False


def _tag_candidates(objects: list[_Shape]) -> list[str]:
    counts: dict[str, int] = {}
    for shape in objects:
        for prop in shape.tags:
            counts[prop] = counts.get(prop, 0) + 1
    return sorted(counts, key=lambda prop: (prop != "type", -counts[prop], prop))


def _discriminate(
    prop: str, objects: list[_Shape], mapping: dict[Any, str], overlap: bool
) -> tuple[dict[Any, str], str | None, str | None] | None:
    """Value of ``prop`` → member (``"A | B"`` when members share it and ``overlap`` allows),
    plus the members for objects without ``prop`` and for values no member claims.

    None when ``prop`` does not tell the members apart.
    """
    claims: dict[Any, list[str]] = {}
    untagged: list[_Shape] = []
    for shape in objects:
        member = shape.ref.annotation
        values = set(shape.tags.get(prop, ()))
        values |= {value for value, target in mapping.items() if target == member}
        if not values:
            untagged.append(shape)
        for value in values:
            claims.setdefault(value, []).append(member)
    if not claims or (not overlap and any(len(members) > 1 for members in claims.values())):
        return None
    if any(len(members) == len(objects) for members in claims.values()):
        return None  # a value every member has narrows nothing
    free = [shape for shape in untagged if prop in shape.declared]
    missing = [shape for shape in untagged if prop not in shape.declared]
    if len(free) > 1 or len(missing) > 1:
        return None
    plain = [shape for shape in missing if shape.ref.annotation == FREE_DICT.annotation]
    unknown = free[0].ref.annotation if free else (plain[0].ref.annotation if plain else None)
    absent = missing[0].ref.annotation if missing else unknown
    table = {value: " | ".join(claims[value]) for value in sorted(claims, key=repr)}
    return table, absent, unknown


def _common_tags(shapes: list[_Shape]) -> dict[str, frozenset[Any]]:
    """Tags every object member of a union shares, so an outer union can discriminate."""
    objects = [shape for shape in shapes if "object" in shape.kinds]
    if not objects:
        return {}
    common = set(objects[0].tags)
    for shape in objects[1:]:
        common &= set(shape.tags)
    return {prop: frozenset().union(*(shape.tags[prop] for shape in objects)) for prop in common}


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively (schemas can nest deeper than Python's stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    groups.append(group)
    return groups


def _unwrap(spec: dict[str, Any], schema: Any) -> Any:
    """The schema a wrapper stands for, or ``schema`` itself.

    Wrappers: an allOf whose parts (besides description-only ones) are one schema, or are not
    objects (the first is kept); a oneOf/anyOf with one member besides null. Neither may have
    properties of its own. A ``$ref`` is kept as is.
    """
    while isinstance(schema, dict) and not schema.get("properties"):
        if "allOf" in schema:
            parts = [part for part in schema["allOf"] if not _is_annotation(part)]
            if not parts:
                return {key: value for key, value in schema.items() if key != "allOf"}
            if len(parts) > 1 and any(_is_object(spec, part) for part in parts):
                break
            inner = parts[0]
        else:
            members = schema.get("oneOf") or schema.get("anyOf")
            if not members:
                break
            rest = [member for member in members if not _is_null(member)]
            if len(rest) != 1:
                break
            inner = rest[0]
        if not isinstance(inner, dict):
            break
        schema = inner
    return schema


#: Keywords that describe a schema without constraining its shape.
_ANNOTATION_KEYS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "nullable", "default"}
    | {"readOnly", "writeOnly", "externalDocs", "$comment"}
)


def _is_annotation(part: Any) -> bool:
    """An allOf part that only annotates (``{"description": ...}``)."""
    return isinstance(part, dict) and all(
        key in _ANNOTATION_KEYS or key.startswith("x-") for key in part
    )


def _annotation_parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [part for part in schema.get("allOf", ()) if _is_annotation(part)]


def _description(schema: dict[str, Any]) -> str | None:
    """The first sentence of a schema's description, or of its description-only allOf part."""
    for candidate in [schema, *_annotation_parts(schema)]:
        text = render.first_sentence(candidate.get("description"))
        if text:
            return text
    return None


def _is_object(spec: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    schema = resolve(spec, schema) if isinstance(schema, dict) else schema
    if not isinstance(schema, dict) or depth > 32:
        return False
    if schema.get("properties") or "object" in _raw_types(schema):
        return True
    return any(_is_object(spec, part, depth + 1) for part in schema.get("allOf", ()))


def _mention(ref: TypeRef) -> str:
    """A type as docstring text: a cross-reference for a name, literal code otherwise."""
    annotation = ref.annotation
    return f":class:`{annotation}`" if annotation.isidentifier() else f"``{annotation}``"


def _without_self(ref: TypeRef, name: str) -> TypeRef:
    if name not in model_names([ref]):
        return ref
    annotation = re.sub(rf"\b{name}\b", "Any", ref.annotation)
    imports = {item for item in ref.imports if item[1] != name} | ANY.imports
    return TypeRef(annotation, frozenset(imports))


def _nullable(ref: TypeRef) -> TypeRef:
    if ref.annotation in ("None", "Any") or ref.annotation.endswith("| None"):
        return ref
    return TypeRef(f"{ref.annotation} | None", ref.imports)


def _component(schema: Any) -> str | None:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMAS_PREFIX):
            return ref_name(ref)
    return None


def _raw_types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind is not None else []


def _types(schema: dict[str, Any]) -> list[str]:
    """The non-null JSON types of a schema, inferred from its keywords when not given."""
    types = [kind for kind in _raw_types(schema) if kind != "null"]
    if types:
        return types
    if schema.get("properties") or "additionalProperties" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def _is_null(schema: Any) -> bool:
    """Whether ``schema`` admits only JSON null (a null member of a oneOf/anyOf)."""
    if not isinstance(schema, dict):
        return False
    if _raw_types(schema) == ["null"]:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    return bool(schema.get("enum")) and all(value is None for value in schema["enum"])


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
