"""JSON Schema for Python types: what a tool's parameters and a structured output send.

``json_schema_for(T)`` gives the schema of one type; tools (:mod:`openrouter_funcs.tools`) and
structured output (:mod:`openrouter_funcs.structured_output`) build theirs with the same
rules:

==============================  ====================================================
``str``, ``int``, ``float``,    ``string``, ``integer``, ``number``, ``boolean``
``bool``
``Literal["a", "b"]``, Enum     ``enum`` of the values (an Enum's values, not names)
``list[X]``                     ``array`` of X
``dict[str, X]``                ``object`` with ``additionalProperties`` X (not strict)
``X | None``                    X or ``null``
attrs class, dataclass,         ``object`` with one property per field, those without
``TypedDict``                   a default (or ``Required``) listed in ``required``
``Annotated[X, "text"]``        X, described by the text
``Any``                         any value (not strict)
==============================  ====================================================

Descriptions come from docstrings: a class's first paragraph describes it, and its
``Attributes:`` section (Google, NumPy or Sphinx ``:ivar:`` style) or a string literal right
after a field describes that field.

``strict=True`` keeps to what strict function calling and strict structured output accept:
every object lists all its properties in ``required`` and says ``additionalProperties: false``;
a field with a default becomes nullable instead of optional (``null`` means "use the
default") and its default is not sent. ``dict[str, X]`` and ``Any`` have no strict form.
Anything else (``tuple``, ``set``, ``int | str``, a recursive class, a name that does not
resolve) is a problem reported as ``SDKValidationError`` naming where it is, never an
exception.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import enum
import functools
import inspect
import itertools
import json
import textwrap
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, Union, get_args, get_origin

import attrs
from returns.result import Failure, Result, Success

from openrouter_core.errors import SDKValidationError
from openrouter_funcs._docstrings import parse_docstring

__all__ = ["json_schema_for"]

_PRIMITIVES: Mapping[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
_MISSING: Any = object()


class UnsupportedAnnotation(Exception):
    """An annotation with no JSON Schema form; ``path`` is where (``"city"``, ``"items[]"``)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path or 'the type'}: {reason}" if path else reason)
        self.path = path
        self.reason = reason


@attrs.frozen
class FieldSpec:
    """One property of an object schema: a function parameter or a class field."""

    name: str
    annotation: Any
    default: Any = _MISSING
    """The default value, or _MISSING (none, or made by a factory: nothing to show)."""
    has_default: bool = False
    description: str | None = None

    @property
    def required(self) -> bool:
        return not self.has_default


def json_schema_for(
    annotation: Any, *, strict: bool = False
) -> Result[dict[str, Any], SDKValidationError]:
    """The JSON Schema of ``annotation``, or ``SDKValidationError`` saying what has none."""
    try:
        return Success(schema_of(annotation, strict=strict))
    except UnsupportedAnnotation as problem:
        return Failure(
            SDKValidationError(
                f"No JSON Schema for {type_name(annotation)}: {problem}", field=problem.path or None
            )
        )


def schema_of(annotation: Any, *, strict: bool, path: str = "") -> dict[str, Any]:
    """The schema of ``annotation``; raises UnsupportedAnnotation (never anything else)."""
    with _only_unsupported(path):
        return _Builder(strict).schema(annotation, path)


def object_schema(
    fields: Sequence[FieldSpec], *, strict: bool, description: str | None = None, path: str = ""
) -> dict[str, Any]:
    """The object schema whose properties are ``fields``; raises UnsupportedAnnotation."""
    with _only_unsupported(path):
        return _Builder(strict).object(fields, description, path)


@contextlib.contextmanager
def _only_unsupported(path: str) -> Iterator[None]:
    """Whatever an odd annotation makes the inspection raise, reported as unsupported."""
    try:
        yield
    except UnsupportedAnnotation:
        raise
    except Exception as exc:  # an unhashable or half-built annotation, say
        raise UnsupportedAnnotation(path, f"{type(exc).__name__}: {exc}") from None


def type_name(annotation: Any) -> str:
    """How ``annotation`` reads in a message: ``Weather``, ``list[int]``."""
    origin, args = get_origin(annotation), get_args(annotation)
    if annotation is None or annotation is type(None):
        return "None"
    if origin is Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is typing.Annotated:
        return type_name(args[0])
    if _is_union(origin):
        return " | ".join(type_name(arg) for arg in args)
    if origin is not None and args:
        owner = getattr(origin, "__name__", None) or repr(origin).replace("typing.", "")
        return f"{owner}[{', '.join(type_name(arg) for arg in args)}]"
    if isinstance(annotation, type):
        return annotation.__qualname__
    return repr(annotation).replace("typing.", "")


def is_record(annotation: Any) -> bool:
    """Whether ``annotation`` is a class with named fields: attrs, dataclass or TypedDict."""
    return isinstance(annotation, type) and (
        attrs.has(annotation)
        or dataclasses.is_dataclass(annotation)
        or typing.is_typeddict(annotation)
    )


def fields_of(cls: Any) -> tuple[FieldSpec, ...]:
    """The fields of an attrs class, dataclass or TypedDict; raises UnsupportedAnnotation."""
    return _fields_of(cls)


@functools.lru_cache(maxsize=512)  # read once per class: decoding every call needs them
def _fields_of(cls: Any) -> tuple[FieldSpec, ...]:
    hints = resolved_hints(cls, cls.__qualname__)
    described = field_descriptions(cls)
    if typing.is_typeddict(cls):
        # __required_keys__ misses a NotRequired[...] written as a string (from __future__
        # import annotations); the resolved hint still says it.
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset(hints))
        return tuple(
            FieldSpec(
                name,
                _strip_required(hint),
                has_default=not _required_key(hint, name in required_keys),
                description=described.get(name),
            )
            for name, hint in hints.items()
        )
    specs = []
    if attrs.has(cls):
        for field in attrs.fields(cls):
            if not field.init:
                continue
            default = field.default
            has_default = default is not attrs.NOTHING
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = _MISSING  # made afresh per instance: nothing to show
            if field.name not in hints:
                raise UnsupportedAnnotation(
                    field.name, f"{cls.__qualname__}.{field.name} has no annotation"
                )
            specs.append(
                FieldSpec(
                    field.name,  # the key cattrs reads, whatever the field's init alias
                    hints[field.name],
                    default if has_default else _MISSING,
                    has_default,
                    described.get(field.name),
                )
            )
        return tuple(specs)
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        has_value = field.default is not dataclasses.MISSING
        has_factory = field.default_factory is not dataclasses.MISSING
        specs.append(
            FieldSpec(
                field.name,
                hints[field.name],
                field.default if has_value else _MISSING,
                has_value or has_factory,
                described.get(field.name),
            )
        )
    return tuple(specs)


def resolved_hints(owner: Any, where: str) -> dict[str, Any]:
    """``owner``'s annotations, strings resolved; raises UnsupportedAnnotation if one does not."""
    try:
        return typing.get_type_hints(owner, include_extras=True)
    except Exception as exc:  # NameError, or anything a forward reference raises
        raise UnsupportedAnnotation(
            "", f"the annotations of {where} do not resolve ({type(exc).__name__}: {exc})"
        ) from None


def class_description(cls: type[Any]) -> str | None:
    """The first paragraph of ``cls``'s own docstring (not one dataclass or Enum wrote)."""
    doc = cls.__dict__.get("__doc__")
    if not doc or doc.startswith(f"{cls.__name__}(") or doc == "An enumeration.":
        return None
    return parse_docstring(doc).summary


def field_descriptions(cls: type[Any]) -> dict[str, str]:
    """Each field's description: its docstring's section entry, or the string after it."""
    found = {**_attribute_docstrings(cls), **parse_docstring(cls.__dict__.get("__doc__")).names}
    return {name: text for name, text in found.items() if text}


def _attribute_docstrings(cls: type[Any]) -> dict[str, str]:
    """``x: int`` followed by ``\"\"\"text\"\"\"`` in the class body gives ``{"x": "text"}``."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):  # no source (a REPL, a frozen app)
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    found = {}
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[statement.target.id] = " ".join(inspect.cleandoc(following.value.value).split())
    return found


def _qualifier(hint: Any) -> str | None:
    """``"Required"``, ``"NotRequired"`` or ``"ReadOnly"`` when ``hint`` is wrapped in one."""
    origin = get_origin(hint)
    name = getattr(origin, "_name", None) or getattr(origin, "__name__", None)
    return name if name in ("Required", "NotRequired", "ReadOnly") else None


def _strip_required(hint: Any) -> Any:
    while _qualifier(hint) is not None:
        hint = get_args(hint)[0]
    return hint


def _required_key(hint: Any, by_class: bool) -> bool:
    """Whether a TypedDict key is required: its ``Required``/``NotRequired``, else its class's."""
    while (qualifier := _qualifier(hint)) is not None:
        if qualifier != "ReadOnly":
            return qualifier == "Required"
        hint = get_args(hint)[0]
    return by_class


def _is_union(origin: Any) -> bool:
    return origin is Union or origin is types.UnionType


def _json_default(value: Any) -> bool:
    """Whether ``value`` reads the same as JSON (so the schema may show it as the default)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return True
    if isinstance(value, enum.Enum):
        return _json_default(value.value)
    return isinstance(value, (list, tuple)) and all(_json_default(item) for item in value)


def _default_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_default_value(item) for item in value]
    return value


class _Builder:
    """One schema's construction: the mode, and the classes being expanded (to stop recursion)."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.expanding: list[type[Any]] = []

    def schema(self, annotation: Any, path: str) -> dict[str, Any]:
        origin, args = get_origin(annotation), get_args(annotation)
        if origin is typing.Annotated:
            schema = self.schema(args[0], path)
            notes = [note for note in args[1:] if isinstance(note, str)]
            return {**schema, "description": " ".join(notes)} if notes else schema
        if annotation in _PRIMITIVES:
            return {"type": _PRIMITIVES[annotation]}
        if annotation is type(None):
            return {"type": "null"}
        if origin is Literal:
            return _enum_schema(list(args), path)
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            schema = _enum_schema([member.value for member in annotation], path)
            description = class_description(annotation)
            return {**schema, "description": description} if description else schema
        if _is_union(origin):
            members = [arg for arg in args if arg is not type(None)]
            if len(members) == 1 and len(args) == 2:
                return nullable(self.schema(members[0], path))
            raise UnsupportedAnnotation(
                path, f"{type_name(annotation)}: of unions only X | None has a form here"
            )
        if origin in (list, Sequence, dict, Mapping) or annotation in (
            list,
            Sequence,
            dict,
            Mapping,
        ):
            return self.container(annotation, origin, args, path)
        if annotation is Any:
            if self.strict:
                raise UnsupportedAnnotation(path, "Any has no strict form; name a type")
            return {}
        if is_record(annotation):
            return self.record(annotation, path)
        raise UnsupportedAnnotation(path, f"{type_name(annotation)} has no JSON Schema form here")

    def container(
        self, annotation: Any, origin: Any, args: tuple[Any, ...], path: str
    ) -> dict[str, Any]:
        """A list's or a dict's schema (``list[X]``, ``Sequence[X]``, ``dict[str, X]``)."""
        if origin in (list, Sequence) or annotation in (list, Sequence):
            if not args:
                raise UnsupportedAnnotation(path, "a list needs its item type: list[X]")
            return {"type": "array", "items": self.schema(args[0], f"{path}[]")}
        if len(args) != 2 or args[0] is not str:
            raise UnsupportedAnnotation(
                path, "a dict needs str keys and a value type: dict[str, X]"
            )
        if self.strict:
            raise UnsupportedAnnotation(
                path,
                "dict[str, X] has no strict form (strict objects list every key); use a "
                "class with named fields, or strict=False",
            )
        return {"type": "object", "additionalProperties": self.schema(args[1], f"{path}{{}}")}

    def record(self, annotation: Any, path: str) -> dict[str, Any]:
        """The object schema of a class with named fields (not one that contains itself)."""
        if annotation in self.expanding:
            raise UnsupportedAnnotation(
                path,
                f"{annotation.__qualname__} contains itself; recursive types have no form here",
            )
        self.expanding.append(annotation)
        try:
            try:
                fields = fields_of(annotation)
            except UnsupportedAnnotation as problem:  # its path is within the class
                inner = f"{path}.{problem.path}" if path and problem.path else path or problem.path
                raise UnsupportedAnnotation(inner, problem.reason) from None
            return self.object(fields, class_description(annotation), path)
        finally:
            self.expanding.pop()

    def object(
        self, fields: Sequence[FieldSpec], description: str | None, path: str
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required = []
        for field in fields:
            where = f"{path}.{field.name}" if path else field.name
            with _only_unsupported(where):
                schema = self.schema(field.annotation, where)
            if field.description:
                schema = {**schema, "description": field.description}
            if field.required or self.strict:
                required.append(field.name)
            if field.has_default and self.strict:
                schema = nullable(schema)
                if (
                    field.default is not _MISSING
                    and field.default is not None
                    and _json_default(field.default)
                ):
                    shown = json.dumps(_default_value(field.default))
                    note = f"null for the default, {shown}"
                    schema["description"] = (
                        f"{schema['description']} ({note})"
                        if "description" in schema
                        else note.capitalize()
                    )
            elif (
                field.has_default and field.default is not _MISSING and _json_default(field.default)
            ):
                schema = {**schema, "default": _default_value(field.default)}
            properties[field.name] = schema
        schema = {"type": "object", "properties": properties, "required": required}
        schema["additionalProperties"] = False
        if description:
            schema = {"description": description, **schema}
        return schema


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` that also accepts ``null``."""
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return schema
    if {"type": "null"} in schema.get("anyOf", ()):
        return schema
    if isinstance(kind, str) and kind != "object" and kind != "array":
        widened = {**schema, "type": [kind, "null"]}
        if "enum" in widened:
            widened["enum"] = [*widened["enum"], None]
        return widened
    if not schema:  # Any already accepts null
        return schema
    outer = {"anyOf": [schema, {"type": "null"}]}
    if "description" in schema:  # said once, where a reader of the property looks
        inner = {key: value for key, value in schema.items() if key != "description"}
        outer = {"description": schema["description"], "anyOf": [inner, {"type": "null"}]}
    return outer


def _enum_schema(values: list[Any], path: str) -> dict[str, Any]:
    kinds = []
    for value in values:
        if isinstance(value, bool):
            kind = "boolean"
        elif isinstance(value, int):
            kind = "integer"
        elif isinstance(value, float):
            kind = "number"
        elif isinstance(value, str):
            kind = "string"
        elif value is None:
            kind = "null"
        else:
            raise UnsupportedAnnotation(path, f"the value {value!r} is not a JSON value")
        if kind not in kinds:
            kinds.append(kind)
    return {"type": kinds[0] if len(kinds) == 1 else kinds, "enum": values}


def parameter_specs(
    fn: Callable[..., Any], *, skip: Callable[[Any], bool]
) -> tuple[list[FieldSpec], list[str]]:
    """The schema fields of ``fn``'s parameters and the names of those ``skip`` left out.

    Raises UnsupportedAnnotation for a parameter without an annotation, or ``*args``.
    """
    hints = resolved_hints(fn, f"{getattr(fn, '__qualname__', fn)!r}")
    described = parse_docstring(inspect.getdoc(fn)).names
    specs, skipped = [], []
    for parameter in inspect.signature(fn).parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise UnsupportedAnnotation(
                parameter.name, "*args and **kwargs have no schema; name each parameter"
            )
        if parameter.kind is parameter.POSITIONAL_ONLY:
            raise UnsupportedAnnotation(
                parameter.name, "a positional-only parameter cannot be passed by name"
            )
        if parameter.name not in hints:
            raise UnsupportedAnnotation(parameter.name, "the parameter has no annotation")
        hint = hints[parameter.name]
        if skip(hint):
            skipped.append(parameter.name)
            continue
        has_default = parameter.default is not parameter.empty
        specs.append(
            FieldSpec(
                parameter.name,
                hint,
                parameter.default if has_default else _MISSING,
                has_default,
                described.get(parameter.name),
            )
        )
    return specs, skipped
