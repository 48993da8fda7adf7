"""Structuring and unstructuring: wire names, strict primitives, unknown fields kept.

Every model is a frozen attrs class whose fields carry their wire name in
``metadata["wire"]`` (when it differs from the Python name) and which may end with an
``extra_fields`` dict. Structuring (responses, and dict requests) goes through the readers of
:mod:`openrouter_core._structure`, which keep keys a model does not know in ``extra_fields`` so
a field the API adds later is reachable instead of dropped. Unstructuring (requests) is a
cattrs converter's job; it writes ``extra_fields`` back. Neither costs anything at import time:
readers are made per type on first use, and the converter on the first request body.
"""

from __future__ import annotations

import datetime as _dt
import threading
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from openrouter_core._datetimes import format_datetime
from openrouter_core._structure import (
    EXTRA_FIELDS,
    STRICT,
    WIRE_NAME,
    StructureError,
    read,
    reader_for,
    register_union,
)
from openrouter_core._unset import UNSET

if typing.TYPE_CHECKING:
    import cattrs

__all__ = [
    "EXTRA_FIELDS",
    "WIRE_NAME",
    "explain_failure",
    "get_converter",
    "register_union",
    "structure",
    "unstructure",
]

T = TypeVar("T")

_lock = threading.Lock()
_converter: cattrs.Converter | None = None


def get_converter() -> cattrs.Converter:
    """Return the shared unstructuring converter, building it on first use (thread-safe)."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                _converter = _build_converter()
    return _converter


def structure(data: Any, cls: type[T]) -> T:
    """Turn decoded JSON into ``cls``; raises (StructureError, or a model's own validator error)
    when it does not fit."""
    return read(data, cls)  # type: ignore[no-any-return]


def unstructure(obj: Any) -> Any:
    """Turn a model (or list/dict of models) into JSON-ready data using wire names."""
    return get_converter().unstructure(obj)


def explain_failure(data: Any, cls: Any) -> tuple[str | None, str]:
    """Where (a dotted field path, or None) and why ``data`` does not fit ``cls``."""
    try:
        reader_for(cls)(data, STRICT, "")
    except StructureError as exc:
        return exc.path or None, exc.reason
    except Exception as exc:
        return None, str(exc) or type(exc).__name__
    return None, "it does not fit"


# --- unstructuring ------------------------------------------------------------------------


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
                if not isinstance(key, str):
                    raise TypeError(f"an extra_fields key is {type(key).__name__}, not str")
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


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and attrs.has(cls)


def _build_converter() -> cattrs.Converter:
    import cattrs

    # Structuring never comes here (see _structure); this converter only writes requests.
    converter = cattrs.Converter()
    converter.register_unstructure_hook(_dt.datetime, _unstructure_datetime)
    converter.register_unstructure_hook(_dt.date, _unstructure_date)
    converter.register_unstructure_hook_factory(_is_model, _model_unstructure_factory)
    converter.register_unstructure_hook(dict, _dict_unstructurer(converter))
    return converter


def _dict_unstructurer(converter: cattrs.Converter) -> Callable[[dict[Any, Any]], dict[str, Any]]:
    """A dict's entries unstructured; a key that is not a string is refused, as JSON would
    otherwise turn ``1`` into ``"1"`` (and let it collide with a real ``"1"``)."""
    unstructure_value = converter.unstructure

    def unstructure_dict(value: dict[Any, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"a key is {type(key).__name__}, not str")
            out[key] = unstructure_value(item)
        return out

    return unstructure_dict
