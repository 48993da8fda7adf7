"""Models → JSON-ready data: request bodies, ``to_dict`` and ``to_json``.

:func:`write` turns a model (or a list or dict holding models) into what ``json.dumps``
takes: each model a dict under its fields' wire names, ``UNSET`` left out, a ``None`` whose
default is ``None`` left out (the field is optional, not nullable), ``extra_fields`` merged in
after the declared keys, date-times in RFC 3339 (UTC with ``Z``). A dict key that is not a
string is refused (``TypeError``), as JSON would otherwise turn ``1`` into ``"1"`` and let it
collide with a real ``"1"``. Values of other kinds pass through unchanged: ``json.dumps`` (or
the multipart encoder, for files) decides what it can carry. A model's writer is made on the
first write of its class (see the policy in :mod:`openrouter_core._codec`).
"""

from __future__ import annotations

import datetime as _dt
import enum
import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from openrouter_core._codec import EXTRA_FIELDS, field_wire_name
from openrouter_core._datetimes import format_datetime
from openrouter_core._unset import UNSET

__all__ = ["write", "write_datetime"]

Writer = Callable[[Any], Any]


def write(value: Any) -> Any:
    """``value`` as JSON-ready data (see the module's docstring)."""
    kind = value.__class__
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    writer = _writers.get(kind)
    if writer is None:
        writer = _writer_for(kind)
    return writer(value)


def write_datetime(value: _dt.datetime) -> str:
    """A date-time as requests carry it; a naive one is the caller's SDKValidationError."""
    try:
        return format_datetime(value)
    except ValueError as exc:
        from openrouter_core.errors import SDKValidationError

        raise SDKValidationError(str(exc), cause=exc) from None


def write_dict(value: Mapping[Any, Any]) -> dict[str, Any]:
    """A dict's entries written; a key that is not a string is refused."""
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key.__class__ is not str and not isinstance(key, str):
            raise TypeError(f"a key is {type(key).__name__}, not str")
        out[key] = write(item)
    return out


def _write_list(value: list[Any]) -> list[Any]:
    return [write(item) for item in value]


def _write_same_kind(value: Any) -> Any:
    """A tuple or set stays one (a file tuple of a multipart body, say)."""
    return value.__class__(write(item) for item in value)


def _write_date(value: _dt.date) -> str:
    return value.isoformat()


def _write_enum(value: enum.Enum) -> Any:
    return write(value.value)


def _keep(value: Any) -> Any:
    return value


_writers: dict[type[Any], Writer] = {}
_lock = threading.Lock()


def _writer_for(kind: type[Any]) -> Writer:
    writer = _pick_writer(kind)
    with _lock:
        _writers.setdefault(kind, writer)
    return writer


def _pick_writer(kind: type[Any]) -> Writer:
    # Subclasses first: a datetime is a date, a bool an int, an enum may be a str.
    if attrs.has(kind):
        return _model_writer(kind)
    if issubclass(kind, enum.Enum):
        return _write_enum
    if issubclass(kind, _dt.datetime):
        return write_datetime
    if issubclass(kind, _dt.date):
        return _write_date
    if issubclass(kind, (str, bytes, bytearray, int, float)):
        return _keep
    if issubclass(kind, Mapping):
        return write_dict
    if issubclass(kind, list):
        return _write_list
    if issubclass(kind, (tuple, set, frozenset)):
        return _write_same_kind
    return _keep


def _model_writer(cls: type[Any]) -> Writer:
    """The writer of model ``cls``: its fields in declaration order, then its extra keys."""
    plan = [
        # An optional field whose default is None is not nullable on the wire: omit it.
        (field.name, field_wire_name(field), field.default is None)
        for field in attrs.fields(cls)
        if field.name != EXTRA_FIELDS
    ]
    keeps_extra = len(plan) != len(attrs.fields(cls))

    def write_model(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, wire, omit_none in plan:
            value = getattr(obj, name)
            if value is UNSET or (value is None and omit_none):
                continue
            out[wire] = write(value)
        if keeps_extra:
            extras: Mapping[Any, Any] = getattr(obj, EXTRA_FIELDS)
            for key, value in extras.items():
                if not isinstance(key, str):
                    raise TypeError(f"an extra_fields key is {type(key).__name__}, not str")
                out.setdefault(key, write(value))
        return out

    return write_model
