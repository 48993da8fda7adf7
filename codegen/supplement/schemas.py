"""The official package's pydantic classes as OpenAPI 3.1 schemas.

pydantic's own ``model_json_schema()`` is not used: it renders the SDK's ``Nullable[T]`` /
``OptionalNullable[T]`` aliases and its ``Unset`` sentinel as wrapper definitions and makes every
``Optional`` field nullable, which says something else than the API does. The SDK's types say
it precisely, so they are read directly:

* ``Optional[T] = None`` → an optional property of type ``T`` (not nullable);
* ``Nullable[T]`` → ``T`` or null; ``OptionalNullable[T]`` → optional, ``T`` or null;
* ``Union[Literal[...], UnrecognizedStr]`` → an open enum (``x-speakeasy-unknown-values``);
* a model class → a ``$ref`` to a component schema of the same name, with the field
  docstrings of its source as property descriptions.

Anything this reader does not know becomes an open schema (``{}``) with an
``x-supplement-note`` saying what was there, never a guess.
"""

from __future__ import annotations

import ast
import collections.abc
import datetime
import enum
import inspect
import io
import itertools
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pydantic
import typing_extensions

SCHEMAS = "#/components/schemas/"


def _field_docs(cls: type) -> dict[str, str]:
    """Field name → the string literal written under it in the class body."""
    try:
        source = Path(inspect.getfile(cls)).read_text(encoding="utf-8")
    except (OSError, TypeError):
        return {}
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            docs: dict[str, str] = {}
            body = node.body
            for current, following in itertools.pairwise(body):
                if (
                    isinstance(current, ast.AnnAssign)
                    and isinstance(current.target, ast.Name)
                    and isinstance(following, ast.Expr)
                    and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)
                ):
                    docs[current.target.id] = inspect.cleandoc(following.value.value)
            return docs
    return {}


def _alias_name(tp: Any) -> str | None:
    origin = typing.get_origin(tp)
    target = origin if origin is not None else tp
    if isinstance(target, typing_extensions.TypeAliasType):
        return str(target.__name__)
    return None


def _is_model(tp: Any) -> bool:
    return inspect.isclass(tp) and issubclass(tp, pydantic.BaseModel)


class SchemaReader:
    """Collects component schemas while converting annotations; one per supplement."""

    def __init__(self, base_schemas: dict[str, Any]) -> None:
        #: The base spec's component schemas: a class of the same name and the same fields is
        #: that schema; one of the same name with other fields is renamed, never merged.
        self.base_schemas = base_schemas
        self.taken = set(base_schemas)
        self.components: dict[str, dict[str, Any]] = {}
        self._names: dict[type, str] = {}
        self.notes: list[str] = []

    # --- annotations ----------------------------------------------------------------------

    def schema(self, tp: Any) -> dict[str, Any]:
        """The schema for a type annotation; nullability shows as a null member."""
        inner, nullable = self._strip(tp)
        schema = self._schema(inner)
        if nullable and schema:  # an open schema admits null already
            if set(schema) == {"type"} and isinstance(schema["type"], str):
                return {"type": [schema["type"], "null"]}
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _strip(self, tp: Any) -> tuple[Any, bool]:
        """``tp`` without ``None``/``Unset``/``Annotated`` layers, and whether null was allowed."""
        nullable = False
        while True:
            name = _alias_name(tp)
            if name in ("Nullable", "OptionalNullable"):
                nullable = True
                tp = typing.get_args(tp)[0]
                continue
            if name is not None and typing.get_origin(tp) is None:
                if name in self.base_schemas:
                    return _BaseRef(name), nullable
                tp = tp.__value__
                continue
            if typing.get_origin(tp) is typing.Annotated:
                tp = typing.get_args(tp)[0]
                continue
            if self._is_union(tp):
                members = [m for m in typing.get_args(tp) if not self._is_nothing(m)]
                if len(members) < len(typing.get_args(tp)):
                    # A plain ``Optional`` only makes the field optional (see the module doc).
                    if len(members) == 1:
                        tp = members[0]
                        continue
                    tp = typing.Union[tuple(members)]  # noqa: UP007 - rebuilt at runtime
            return tp, nullable

    @staticmethod
    def _is_union(tp: Any) -> bool:
        origin = typing.get_origin(tp)
        return origin is typing.Union or (sys.version_info >= (3, 10) and origin is types.UnionType)

    @staticmethod
    def _is_nothing(tp: Any) -> bool:
        return tp is type(None) or getattr(tp, "__name__", "") == "Unset"

    def _schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is Any or tp is object:
            return {}
        if isinstance(tp, _BaseRef):
            return {"$ref": SCHEMAS + tp.name}
        if _is_model(tp):
            return {"$ref": SCHEMAS + self.component(tp)}
        if inspect.isclass(tp) and issubclass(tp, enum.Enum):
            values = [member.value for member in tp]
            kind = "integer" if all(isinstance(v, int) for v in values) else "string"
            return {"type": kind, "enum": values}
        simple = self._simple(tp)
        if simple is not None:
            return simple
        if origin is typing.Literal:
            return self._literal(list(args))
        if self._is_union(tp):
            return self._union([m for m in args if not self._is_nothing(m)])
        if origin in (dict, collections.abc.Mapping):
            return self._mapping(args)
        if origin in (
            list,
            tuple,
            set,
            frozenset,
            collections.abc.Sequence,
            collections.abc.Iterable,
        ):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        self.notes.append(f"unrecognised type {tp!r}: open schema")
        return {"x-supplement-note": f"the SDK types this as {tp!r}; left open"}

    def _mapping(self, args: tuple[Any, ...]) -> dict[str, Any]:
        value = self.schema(args[1]) if len(args) == 2 else {}
        return {"type": "object", "additionalProperties": value or True}

    @staticmethod
    def _simple(tp: Any) -> dict[str, Any] | None:
        if tp is bool:
            return {"type": "boolean"}
        if tp is int or getattr(tp, "__name__", "") == "UnrecognizedInt":
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str or getattr(tp, "__name__", "") == "UnrecognizedStr":
            return {"type": "string"}
        if tp is datetime.datetime:
            return {"type": "string", "format": "date-time"}
        if tp is datetime.date:
            return {"type": "string", "format": "date"}
        if tp is bytes or tp is io.IOBase or typing.get_origin(tp) is typing.IO:
            return {"type": "string", "format": "binary"}
        return None

    @staticmethod
    def _literal(values: list[Any]) -> dict[str, Any]:
        present = [v for v in values if v is not None]
        kinds = {type(v) for v in present}
        kind = {str: "string", int: "integer", bool: "boolean", float: "number"}.get(
            kinds.pop() if len(kinds) == 1 else object
        )
        schema: dict[str, Any] = {"enum": present}
        if kind:
            schema["type"] = kind
        return schema

    def _union(self, members: list[Any]) -> dict[str, Any]:
        literals: list[Any] = []
        open_enum = False
        rest: list[Any] = []
        for member in members:
            stripped, _ = self._strip(member)
            if typing.get_origin(stripped) is typing.Literal:
                literals.extend(typing.get_args(stripped))
            elif getattr(stripped, "__name__", "") in ("UnrecognizedStr", "UnrecognizedInt"):
                open_enum = True
            else:
                rest.append(member)
        schemas: list[dict[str, Any]] = []
        if literals:
            enum_schema = self._literal(literals)
            if open_enum:
                enum_schema["x-speakeasy-unknown-values"] = "allow"
            schemas.append(enum_schema)
        elif open_enum:
            schemas.append({"type": "string"})
        for member in rest:
            schema = self.schema(member)
            if schema not in schemas:
                schemas.append(schema)
        # ``Union[str, date]`` and the like are one string on the wire.
        if len(schemas) > 1 and all(s.get("type") == "string" and "enum" not in s for s in schemas):
            return {"type": "string"}
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}

    # --- models ---------------------------------------------------------------------------

    def named(self, tp: Any, name: str) -> str:
        """Register any type as a component schema called ``name`` (a model keeps its own)."""
        inner, _ = self._strip(tp)
        if _is_model(inner):
            return self.component(inner, name)
        if name not in self.components:
            self.components[name] = self.schema(tp)
        return name

    def component(self, cls: type[pydantic.BaseModel], name: str | None = None) -> str:
        """Register ``cls`` as a component schema (once) and return its name."""
        if cls in self._names:
            return self._names[cls]
        wanted = name or cls.__name__
        if cls.__module__.startswith("openrouter.errors"):
            # ``errors.BadGatewayResponseErrorData`` is a whole error body, the base spec's
            # ``BadGatewayResponse`` (its ``BadGatewayResponseErrorData`` is the inner object);
            # ``errors.BatchErrorResponseData`` is ``BatchErrorResponse``.
            suffix = "ErrorData" if wanted.endswith("ErrorData") else "Data"
            wanted = wanted.removesuffix(suffix)
        if wanted in self.base_schemas:
            # The same name in the same API is the same thing, at the base spec's version: the
            # base's model is used (a second model of one name would shadow generated ones).
            drift = self._drift(cls, wanted)
            if drift:
                self.notes.append(f"{wanted}: the base spec's schema is used; the SDK's {drift}")
            self._names[cls] = wanted
            return wanted
        chosen = wanted
        used = set(self._names.values())
        while chosen in self.taken or chosen in used:
            chosen += "Sdk"
        if chosen != wanted:
            self.notes.append(f"{wanted}: another SDK class has this name; this one is {chosen}")
        self._names[cls] = chosen
        self.components[chosen] = {}  # a placeholder first, so self-references terminate
        self.components[chosen] = self.model_schema(cls)
        return chosen

    def _drift(self, cls: type[pydantic.BaseModel], name: str) -> str:
        """How the SDK's class differs from the base schema of its name ("" when it does not)."""
        base = self.base_schemas.get(name)
        if not isinstance(base, dict) or "properties" not in base:
            return ""
        wires = {field.alias or key: field for key, field in cls.model_fields.items()}
        added = sorted(set(wires) - set(base["properties"]))
        removed = sorted(set(base["properties"]) - set(wires))
        parts = []
        if added:
            parts.append("adds " + ", ".join(added))
        if removed:
            parts.append("lacks " + ", ".join(removed))
        return "; ".join(parts)

    def model_schema(
        self, cls: type[pydantic.BaseModel], *, multipart: bool = False
    ) -> dict[str, Any]:
        """An object schema with one property per field (wire names), required as declared."""
        docs = _field_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field_name, field in cls.model_fields.items():
            wire = field.alias or field_name
            if multipart and _is_file_part(field):
                schema: dict[str, Any] = {"type": "string", "format": "binary"}
            else:
                schema = self.schema(field.annotation if not field.metadata else _annotated(field))
            doc = docs.get(field_name)
            if doc:
                schema = {**schema, "description": doc}  # 3.1 allows siblings of $ref
            properties[wire] = schema
            if field.is_required():
                required.append(wire)
        out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        if cls.__doc__ and cls.__doc__ is not pydantic.BaseModel.__doc__:
            out["description"] = inspect.cleandoc(cls.__doc__)
        return out


class _BaseRef:
    """A named type the base spec defines: referenced, not redefined."""

    def __init__(self, name: str) -> None:
        self.name = name


def _annotated(field: Any) -> Any:
    # pydantic keeps Annotated metadata apart; the bare annotation is all the schema needs.
    return field.annotation


def _is_file_part(field: Any) -> bool:
    for meta in field.metadata:
        multipart = getattr(meta, "multipart", None)
        if multipart is not None and getattr(multipart, "file", False):
            return True
    return False
