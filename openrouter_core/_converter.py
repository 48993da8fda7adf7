"""The one cattrs converter: wire names, strict primitives, unknown fields kept, built lazily.

Every model is a frozen attrs class whose fields carry their wire name in
``metadata["wire"]`` (when it differs from the Python name) and which may end with an
``extra_fields`` dict. Structuring keeps keys the model does not know in ``extra_fields`` so a
field the API adds later is reachable instead of dropped; unstructuring writes them back.

Building a cattrs converter and its per-class functions costs milliseconds, so nothing here
runs at import time: :func:`get_converter` builds it on first use and cattrs caches each
class's generated function after its first call.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from openrouter_core._datetimes import format_datetime, parse_datetime
from openrouter_core._unset import UNSET, Unset

if typing.TYPE_CHECKING:
    import cattrs

T = TypeVar("T")

#: Field metadata key naming the field's JSON name.
WIRE_NAME = "wire"
#: Name of the field that keeps the JSON keys a model does not declare.
EXTRA_FIELDS = "extra_fields"

_lock = threading.Lock()
_converter: cattrs.Converter | None = None
#: Rules for unions the generated models declare, see :func:`register_union`.
_union_rules: dict[Any, Callable[[Any], Any]] = {}


def register_union(union: Any, choose: Callable[[Any], Any]) -> None:
    """Teach the converter a union type: ``choose(data)`` returns the member type to use.

    Generated model modules call this at import time; it only records the rule, so it is
    cheap and does not build the converter.
    """
    _union_rules[union] = choose


def get_converter() -> cattrs.Converter:
    """Return the shared converter, building it on first use (thread-safe)."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                _converter = _build_converter()
    return _converter


def structure(data: Any, cls: type[T]) -> T:
    """Turn decoded JSON into ``cls``; raises cattrs/TypeError/ValueError when it does not fit."""
    return get_converter().structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Turn a model (or list/dict of models) into JSON-ready data using wire names."""
    return get_converter().unstructure(obj)


# --- strict primitives --------------------------------------------------------------------
# cattrs would call ``str(value)``/``int(value)`` and so turn a wrong type into a plausible
# value; a response of the wrong type must be a validation error instead.


def _structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a string, got {type(value).__name__}")


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, got {type(value).__name__}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"expected a boolean, got {type(value).__name__}")


def _structure_any(value: Any, _: Any) -> Any:
    return value


def _structure_datetime(value: Any, _: Any) -> _dt.datetime:
    if isinstance(value, str):
        return parse_datetime(value)
    if isinstance(value, _dt.datetime):  # a dict request may hold datetime objects
        return value
    raise TypeError(f"expected a date-time string, got {type(value).__name__}")


def _structure_date(value: Any, _: Any) -> _dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    return _dt.date.fromisoformat(value)


def _list_hook_factory(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], list[Any]]:
    # The item hook is looked up once per list type, not once per list.
    (item_type,) = typing.get_args(cls) or (Any,)
    if item_type is Any:
        return _structure_plain_list
    if item_type is str:
        return _structure_str_list
    hook = converter.get_structure_hook(item_type)

    def structure_list(value: Any, _: Any) -> list[Any]:
        if value.__class__ is not list:
            raise TypeError(f"expected an array, got {type(value).__name__}")
        return [hook(item, item_type) for item in value]

    return structure_list


def _explaining_list_hook_factory(
    cls: Any, converter: cattrs.Converter
) -> Callable[[Any, Any], list[Any]]:
    """The list hook of the explaining twin: the same checks, and the failing index noted."""
    from cattrs.errors import IterableValidationError, IterableValidationNote

    (item_type,) = typing.get_args(cls) or (Any,)
    hook = converter.get_structure_hook(item_type)

    def structure_list(value: Any, _: Any) -> list[Any]:
        if value.__class__ is not list:
            raise TypeError(f"expected an array, got {type(value).__name__}")
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                hook(item, item_type)
            except Exception as exc:
                note = IterableValidationNote(
                    f"Structuring {cls} @ index {index}", index, item_type
                )
                # What add_note does on 3.11+; spelled out so 3.10 works too.
                setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cls!r}", errors, cls)
        return value

    return structure_list


def _structure_plain_list(value: Any, _: Any) -> list[Any]:
    if value.__class__ is not list:
        raise TypeError(f"expected an array, got {type(value).__name__}")
    return value


def _structure_str_list(value: Any, _: Any) -> list[str]:
    if value.__class__ is not list:
        raise TypeError(f"expected an array, got {type(value).__name__}")
    for item in value:
        if item.__class__ is not str:
            raise TypeError(f"expected a string, got {type(item).__name__}")
    return value


def _dict_hook_factory(
    cls: Any, converter: cattrs.Converter
) -> Callable[[Any, Any], dict[str, Any]]:
    args = typing.get_args(cls)
    value_type = args[1] if len(args) == 2 else Any
    if value_type is Any:
        return _structure_plain_dict
    hook = converter.get_structure_hook(value_type)

    def structure_dict(value: Any, _: Any) -> dict[str, Any]:
        if value.__class__ is not dict:
            raise TypeError(f"expected an object, got {type(value).__name__}")
        return {key: hook(item, value_type) for key, item in value.items()}

    return structure_dict


def _structure_plain_dict(value: Any, _: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


# --- unions -------------------------------------------------------------------------------


def _is_union(cls: Any) -> bool:
    return typing.get_origin(cls) in (typing.Union, types.UnionType)


def _optional_str(value: Any, _: Any) -> str | None:
    if value is None or value.__class__ is str:
        return value
    return _structure_str(value, str)


def _optional_bool(value: Any, _: Any) -> bool | None:
    if value is None or value is True or value is False:
        return value
    return _structure_bool(value, bool)


def _optional_float(value: Any, _: Any) -> float | None:
    if value is None or value.__class__ is float:
        return value
    return _structure_float(value, float)


def _optional_int(value: Any, _: Any) -> int | None:
    if value is None or value.__class__ is int:
        return value
    return _structure_int(value, int)


#: The strict scalar hooks, by the names generated structuring functions call them.
_STRICT: dict[str, Callable[[Any, Any], Any]] = {
    "_strict_str": _structure_str,
    "_strict_int": _structure_int,
    "_strict_float": _structure_float,
    "_strict_bool": _structure_bool,
}

_OPTIONAL_PRIMITIVES: dict[Any, Callable[[Any, Any], Any]] = {
    str: _optional_str,
    bool: _optional_bool,
    float: _optional_float,
    int: _optional_int,
}


def _union_hook_factory(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    members = typing.get_args(cls)
    # UNSET never comes from the wire: a missing key takes the field's default instead.
    without_unset = tuple(member for member in members if member is not Unset)
    nullable = type(None) in without_unset
    rest = tuple(member for member in without_unset if member is not type(None))
    rest_type: Any = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007

    if len(rest) == 1:
        if nullable and rest_type in _OPTIONAL_PRIMITIVES:
            # Optional scalars are most fields of most models: one call instead of two.
            return _OPTIONAL_PRIMITIVES[rest_type]
        inner = converter.get_structure_hook(rest_type)
    elif rest_type in _union_rules:
        choose = _union_rules[rest_type]
        member_hooks: dict[Any, Callable[[Any, Any], Any]] = {}

        def inner(value: Any, _: Any) -> Any:
            member = choose(value)
            hook = member_hooks.get(member)
            if hook is None:
                hook = member_hooks[member] = converter.get_structure_hook(member)
            return hook(value, member)

    else:
        inner = _by_shape(rest, converter)

    def structure_union(value: Any, _: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise TypeError("expected a value, got null")
        return inner(value, rest_type)

    return structure_union


def _by_shape(members: tuple[Any, ...], converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Try each member in order and keep the first that fits (for unions with no rule)."""

    def structure_first_fit(value: Any, _: Any) -> Any:
        errors: list[Exception] = []
        for member in members:
            try:
                return converter.structure(value, member)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                errors.append(exc)
            except Exception as exc:  # cattrs' own validation errors
                errors.append(exc)
        names = ", ".join(getattr(m, "__name__", str(m)) for m in members)
        raise TypeError(f"value fits none of: {names}")

    return structure_first_fit


# --- models -------------------------------------------------------------------------------


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and attrs.has(cls)


def _model_structure_factory(
    cls: type[Any], converter: cattrs.Converter
) -> Callable[[Any, Any], Any]:
    if not converter.detailed_validation:
        from openrouter_core._fast_structure import make_structure_fn

        fast = make_structure_fn(
            cls, converter, wire_name=WIRE_NAME, extra_fields=EXTRA_FIELDS, strict=_STRICT
        )
        if fast is not None:
            return fast
    from cattrs.gen import make_dict_structure_fn, override

    fields = attrs.fields(cls)
    overrides = {
        field.name: override(rename=field.metadata[WIRE_NAME])
        for field in fields
        if WIRE_NAME in field.metadata
    }
    keeps_extra = any(field.name == EXTRA_FIELDS for field in fields)
    if keeps_extra:
        overrides[EXTRA_FIELDS] = override(omit=True)
    generated = make_dict_structure_fn(cls, converter, **overrides)  # type: ignore[arg-type]
    if not keeps_extra:
        return _require_mapping(generated)
    known = frozenset(
        field.metadata.get(WIRE_NAME, field.name) for field in fields if field.name != EXTRA_FIELDS
    )

    def structure_model(value: Any, target: Any) -> Any:
        if not isinstance(value, dict):
            if type(value) is cls:  # a model the caller built, inside a dict request
                return value
            raise TypeError(f"expected an object for {cls.__name__}, got {type(value).__name__}")
        obj = generated(value, target)
        if len(value) > len(known) or not known.issuperset(value):
            extras = {key: item for key, item in value.items() if key not in known}
            if extras:
                # Frozen classes forbid assignment; this runs once, right after construction.
                object.__setattr__(obj, EXTRA_FIELDS, extras)
        return obj

    return structure_model


def _require_mapping(generated: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def structure_model(value: Any, target: Any) -> Any:
        if not isinstance(value, dict):
            if type(value) is target:  # a model the caller built, inside a dict request
                return value
            raise TypeError(f"expected an object, got {type(value).__name__}")
        return generated(value, target)

    return structure_model


def _model_unstructure_factory(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any], Any]:
    plan = [
        (
            field.name,
            field.metadata.get(WIRE_NAME, field.name),
            # An optional field whose default is None is not nullable on the wire: omit it.
            field.default is None,
        )
        for field in attrs.fields(cls)
        if field.name != EXTRA_FIELDS
    ]
    keeps_extra = any(field.name == EXTRA_FIELDS for field in attrs.fields(cls))
    unstructure_value = converter.unstructure

    def unstructure_model(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, wire, omit_none in plan:
            value = getattr(obj, name)
            if value is UNSET or (value is None and omit_none):
                continue
            out[wire] = unstructure_value(value)
        if keeps_extra:
            extras: Mapping[str, Any] = getattr(obj, EXTRA_FIELDS)
            for key, value in extras.items():
                out.setdefault(key, unstructure_value(value))
        return out

    return unstructure_model


def _unstructure_datetime(value: _dt.datetime) -> str:
    try:
        return format_datetime(value)
    except ValueError as exc:
        from openrouter_core.errors import SDKValidationError

        raise SDKValidationError(str(exc), cause=exc) from None


def _unstructure_date(value: _dt.date) -> str:
    return value.isoformat()


def _is_any(cls: Any) -> bool:
    return cls is Any


def _is_list(cls: Any) -> bool:
    return cls is list or typing.get_origin(cls) is list


def _is_dict(cls: Any) -> bool:
    return cls is dict or typing.get_origin(cls) is dict


def explain_failure(data: Any, cls: Any) -> tuple[str | None, str]:
    """Where (a dotted field path, or None) and why ``data`` does not fit ``cls``.

    The shared converter skips cattrs' detailed validation because it slows every call; a
    second converter with it on, built only once something failed, names the field.
    """
    global _explainer
    from cattrs import transform_error
    from cattrs.errors import BaseValidationError

    if _explainer is None:
        with _lock:
            if _explainer is None:
                _explainer = _build_converter(detailed=True)
    try:
        _explainer.structure(data, cls)
    except BaseValidationError as exc:
        messages = transform_error(exc, path="")
        if messages:
            reason, _, where = messages[0].rpartition(" @ ")
            return (where.lstrip("$").lstrip(".") or None), _readable(reason)
        return None, str(exc)
    except Exception as exc:
        return None, str(exc) or type(exc).__name__
    return None, "it does not fit"


_explainer: cattrs.Converter | None = None


def _readable(reason: str) -> str:
    """cattrs' reason with type names as a user writes them (no module paths, no Unset)."""
    reason = reason.replace(" | openrouter_core._unset.Unset", "").replace("typing.", "")
    return re.sub(r"openrouter_core\.[\w.]*\.(\w+)", r"\1", reason)


def _build_converter(*, detailed: bool = False) -> cattrs.Converter:
    import cattrs

    converter = cattrs.Converter(forbid_extra_keys=False, detailed_validation=detailed)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(_dt.datetime, _structure_datetime)
    converter.register_structure_hook(_dt.date, _structure_date)
    converter.register_unstructure_hook(_dt.datetime, _unstructure_datetime)
    converter.register_unstructure_hook(_dt.date, _unstructure_date)
    converter.register_structure_hook_func(_is_any, _structure_any)
    converter.register_structure_hook_factory(
        _is_list, _explaining_list_hook_factory if detailed else _list_hook_factory
    )
    converter.register_structure_hook_factory(_is_dict, _dict_hook_factory)
    converter.register_structure_hook_factory(_is_union, _union_hook_factory)
    converter.register_structure_hook_factory(_is_model, _model_structure_factory)
    converter.register_unstructure_hook_factory(_is_model, _model_unstructure_factory)
    return converter
