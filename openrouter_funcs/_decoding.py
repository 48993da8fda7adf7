"""Decoded JSON into annotated Python types with cattrs, strictly, and values back into JSON text.

Tools and structured output read what a model wrote. A model that sends ``"5"`` for an
``int`` or ``"abc"`` for a ``list[str]`` should hear about it (it usually corrects itself),
so the converter here is stricter than cattrs' default: JSON kinds must match (``int`` takes
no ``bool`` and no string; ``float`` takes an integer), lists must be lists and objects
objects. A misfit is reported as (path, problem) with a JSONPath-like path: ``$.items[2].price``.
"""

from __future__ import annotations

import enum
import json
import threading
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import attrs
from returns.result import Failure, Result, Success

from openrouter_funcs.json_schema import FieldSpec, fields_of, is_record

if TYPE_CHECKING:
    import cattrs

__all__ = ["Misfit", "decode_fields", "decode_value", "fill_defaults", "to_json_text"]

_SCALARS = (str, int, float, bool)

_lock = threading.Lock()
_converters: dict[bool, cattrs.Converter] = {}


@attrs.frozen
class Misfit:
    """Where a value does not fit its type, and what is wrong there."""

    path: str
    problem: str


def decode_value(
    data: Any, annotation: Any, *, forbid_extra_keys: bool, path: str = "$"
) -> Result[Any, Misfit]:
    """``data`` (decoded JSON) structured into ``annotation``, or the first place it misfits."""
    converter = _converter(forbid_extra_keys)
    try:
        return Success(converter.structure(data, annotation))
    except Exception as exc:  # a misfit, or a type cattrs cannot build: either is reported
        return Failure(_first_misfit(exc, path))


def fill_defaults(data: Any, annotation: Any) -> Any:
    """``data`` with each ``null`` for a defaulted field whose type takes no None left out.

    A strict schema makes a field with a default nullable (``null`` means "use the
    default"); leaving the key out lets cattrs put the default in.
    """
    if data is None or type(data) in _SCALARS:  # nothing inside to fill (the usual case)
        return data
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if is_record(annotation) and isinstance(data, dict):
        try:
            fields = {field.name: field for field in fields_of(annotation)}
        except Exception:  # the schema step reports unresolvable classes
            return data
        return fill_fields(data, fields)
    if origin in (list, Sequence) and isinstance(data, list) and get_args(annotation):
        return [fill_defaults(item, get_args(annotation)[0]) for item in data]
    if origin in (dict, Mapping) and isinstance(data, dict) and len(get_args(annotation)) == 2:
        return {key: fill_defaults(value, get_args(annotation)[1]) for key, value in data.items()}
    if _accepts_none(annotation) and data is not None:
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        return fill_defaults(data, members[0]) if len(members) == 1 else data
    return data


def fill_fields(data: dict[str, Any], fields: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """``fill_defaults`` for an object whose fields are ``fields``."""
    out = {}
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            out[key] = value
        elif value is None and field.has_default and not _accepts_none(field.annotation):
            continue
        else:
            out[key] = fill_defaults(value, field.annotation)
    return out


def decode_fields(
    data: dict[str, Any], fields: Sequence[FieldSpec]
) -> Result[dict[str, Any], Misfit]:
    """A function's keyword arguments from ``data``, each structured into its annotation.

    A key no field has, a required field missing, or a value that does not fit is a Misfit;
    a field left out (or ``null`` where its type takes no None) keeps the function's default.
    """
    known = {field.name for field in fields}
    unknown = sorted(key for key in data if key not in known)
    if unknown:
        return Failure(Misfit("$", f"unexpected argument(s) {', '.join(unknown)}"))
    structure = _converter(True).structure
    out: dict[str, Any] = {}
    for field in fields:
        name = field.name
        if name not in data:
            if field.required:
                return Failure(Misfit(f"$.{name}", "required but missing"))
            continue
        value = data[name]
        if value is None and field.has_default and not _accepts_none(field.annotation):
            continue
        try:
            out[name] = structure(fill_defaults(value, field.annotation), field.annotation)
        except Exception as exc:  # a misfit, or a type cattrs cannot build: either is reported
            return Failure(_first_misfit(exc, f"$.{name}"))
    return Success(out)


def to_json_text(value: Any) -> str:
    """A tool's return value as message text: a ``str`` as it is, anything else as JSON.

    Raises TypeError or ValueError for a value with no JSON form.
    """
    if isinstance(value, str):
        return value
    plain = _converter(False).unstructure(value)
    return json.dumps(plain, ensure_ascii=False, allow_nan=False)


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _accepts_none(annotation: Any) -> bool:
    annotation = _unwrap(annotation)
    if annotation is Any or annotation is type(None):
        return True
    if get_origin(annotation) is Literal:
        return None in get_args(annotation)
    return type(None) in get_args(annotation) and get_origin(annotation) not in (list, dict)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: Any) -> str:
    text = json.dumps(value) if isinstance(value, (str, int, float, bool)) or value is None else ""
    return f" {text}" if text and len(text) <= 60 else ""


class _Mismatch(TypeError):
    """A JSON value of the wrong kind; its message is what the model is told."""


def _exact(kind: type[Any], wanted: str) -> Callable[[Any, Any], Any]:
    def structure_exactly(value: Any, target: Any) -> Any:
        if isinstance(target, type) and issubclass(target, enum.Enum):
            return _structure_enum(value, target)  # a str or int Enum finds this hook first
        if isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool):
            return value
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        raise _Mismatch(f"expected {wanted}, got {_json_kind(value)}{_show(value)}")

    return structure_exactly


def _structure_literal(value: Any, annotation: Any) -> Any:
    allowed = get_args(annotation)
    for option in allowed:
        # 1 == True in Python; a Literal[1] takes no true, and Literal[True] no 1.
        if value == option and type(value) is type(option):
            return option
    raise _Mismatch(
        f"expected one of {', '.join(json.dumps(option) for option in allowed)}, got"
        f" {_json_kind(value)}{_show(value)}"
    )


def _structure_enum(value: Any, cls: type[enum.Enum]) -> Any:
    for member in cls:
        # 1 == True in Python; an Enum of 1 takes no true, and the other way round.
        if member.value == value and type(member.value) is type(value):
            return member
    raise _Mismatch(
        f"expected one of {', '.join(json.dumps(member.value) for member in cls)}, got"
        f" {_json_kind(value)}{_show(value)}"
    )


def _kind_gate(
    kind: type[Any], wanted: str, inner: Callable[[Any, Any], Any]
) -> Callable[[Any, Any], Any]:
    def structure_checked(value: Any, annotation: Any) -> Any:
        if not isinstance(value, kind):
            raise _Mismatch(f"expected {wanted}, got {_json_kind(value)}{_show(value)}")
        return inner(value, annotation)

    return structure_checked


def _is_literal(annotation: Any) -> bool:
    origin: Any = get_origin(annotation)
    return origin is Literal


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) in (list, Sequence)


def _is_mapping(annotation: Any) -> bool:
    return get_origin(annotation) in (dict, Mapping)


def _converter(forbid_extra_keys: bool) -> cattrs.Converter:
    converter = _converters.get(forbid_extra_keys)
    if converter is None:
        with _lock:
            converter = _converters.get(forbid_extra_keys)
            if converter is None:
                converter = _converters[forbid_extra_keys] = _build(forbid_extra_keys)
    return converter


def _build(forbid_extra_keys: bool) -> cattrs.Converter:
    import cattrs
    from cattrs.cols import list_structure_factory
    from cattrs.gen import mapping_structure_factory

    converter = cattrs.Converter(forbid_extra_keys=forbid_extra_keys, detailed_validation=True)
    for kind, wanted in (
        (str, "a string"),
        (int, "an integer"),
        (float, "a number"),
        (bool, "a boolean"),
    ):
        converter.register_structure_hook(kind, _exact(kind, wanted))
    converter.register_structure_hook_func(_is_literal, _structure_literal)
    # By class, not by predicate: cattrs 24.1 finds its own Enum hook before a predicate one.
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook_factory(
        _is_list,
        lambda t: _kind_gate(list, "an array", list_structure_factory(t, converter)),
    )
    converter.register_structure_hook_factory(
        _is_mapping,
        lambda t: _kind_gate(dict, "an object", mapping_structure_factory(t, converter)),
    )

    def record_factory(cls: Any) -> Callable[[Any, Any], Any]:
        if typing.is_typeddict(cls):
            return _typeddict_hook(cls, converter, forbid_extra_keys)
        return _kind_gate(dict, "an object", converter.gen_structure_attrs_fromdict(cls))

    converter.register_structure_hook_factory(is_record, record_factory)
    return converter


class _At(Exception):
    """A misfit inside the value under ``key`` of an object."""

    def __init__(self, key: str, inner: BaseException) -> None:
        super().__init__(key)
        self.key = key
        self.inner = inner


def _typeddict_hook(
    cls: Any, converter: cattrs.Converter, forbid_extra_keys: bool
) -> Callable[[Any, Any], Any]:
    """A TypedDict's structuring; cattrs' misses a ``NotRequired`` written as a string."""
    from cattrs.errors import ForbiddenExtraKeysError

    fields = {field.name: field for field in fields_of(cls)}

    def structure_typeddict(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise _Mismatch(f"expected an object, got {_json_kind(value)}{_show(value)}")
        extra = set(value) - set(fields)
        if extra and forbid_extra_keys:
            raise ForbiddenExtraKeysError(None, cls, extra)
        out = {}
        for name, field in fields.items():
            if name not in value:
                if field.required:
                    raise _At(name, KeyError(name))
                continue
            try:
                out[name] = converter.structure(value[name], field.annotation)
            except Exception as exc:
                raise _At(name, exc) from None
        return out

    return structure_typeddict


def _first_misfit(exc: BaseException, path: str) -> Misfit:
    """The first leaf of cattrs' error tree, with the path down to it."""
    import cattrs
    from cattrs.errors import IterableValidationNote

    current, where = exc, path
    while isinstance(current, _At) or (
        isinstance(current, cattrs.BaseValidationError) and current.exceptions
    ):
        if isinstance(current, _At):
            where, current = f"{where}.{current.key}", current.inner
            continue
        child = current.exceptions[0]
        for note in getattr(child, "__notes__", ()):
            if isinstance(note, IterableValidationNote):
                where = (
                    f"{where}[{note.index!r}]"
                    if isinstance(note.index, int)
                    else f"{where}.{note.index}"
                )
                break
            name = getattr(note, "name", None)
            if isinstance(name, str):
                where = f"{where}.{name}"
                break
        current = child
    if isinstance(current, cattrs.ForbiddenExtraKeysError):
        extra = ", ".join(sorted(current.extra_fields))
        return Misfit(where, f"unexpected key(s) {extra}")
    if isinstance(current, KeyError):
        return Misfit(where, "required but missing")
    if isinstance(current, _Mismatch):
        return Misfit(where, str(current))
    return Misfit(where, f"{type(current).__name__}: {current}")
