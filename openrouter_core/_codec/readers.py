"""The one way decoded JSON becomes models, and a dict request its wire dict: a reader per type.

:func:`reader_for` gives the model reader of a type and :func:`wire_reader_for` its wire reader
(both described in :mod:`.scalars`), made on first use and then shared: scalars are shared
functions, containers and unions small closures over their members' readers, and models
compiled from their fields (:mod:`.model_readers`). :func:`read_fast`, :func:`read` and
:func:`read_forgiving` run the three passes; :func:`read_wire` validates a dict request.
"""

from __future__ import annotations

import threading
import types
import typing
from collections.abc import Callable
from typing import Any

from openrouter_core._codec.model_readers import is_model, members, model_reader
from openrouter_core._codec.scalars import (
    KEPT_ITEMS,
    SCALAR_READERS,
    STRICT,
    Misfit,
    Reader,
    Reading,
    StructureError,
    join,
    read_str,
    type_name,
    wrong,
)

__all__ = [
    "StructureError",
    "explain_failure",
    "read",
    "read_fast",
    "read_forgiving",
    "read_wire",
    "reader_for",
    "register_union",
    "wire_reader_for",
]

#: Rules for unions the generated models declare, see :func:`register_union`.
union_rules: dict[Any, Callable[[Any], Any]] = {}


def register_union(union: Any, choose: Callable[[Any], Any]) -> None:
    """Teach the readers a union type: ``choose(data)`` returns the member type to use.

    Generated model modules call this at import time; it only records the rule.
    """
    union_rules[union] = choose


# --- containers and unions ----------------------------------------------------------------
# ``lookup`` is reader_for or wire_reader_for: a container reads its items the same way.


def _read_str_list(cls: Any) -> Reader:
    """Lists of strings are in every model listing; a call per item would double their cost."""

    def read_str_list(value: Any, reading: Reading | None, at: str) -> Any:
        if value.__class__ is not list:
            return wrong(value, cls, reading, at)
        for one in value:
            if one.__class__ is not str:
                for index, one in enumerate(value):
                    read_str(one, reading, f"{at}[{index}]" if reading else None)
                break
        return value

    return read_str_list


def _list_reader(cls: Any, lookup: Callable[[Any], Reader]) -> Reader:
    (item_type,) = typing.get_args(cls) or (Any,)
    if item_type is Any:
        return lookup(list)
    if item_type is str:
        return _read_str_list(cls)
    item = lookup(item_type)
    keep = item_type in KEPT_ITEMS

    def read_list(value: Any, reading: Reading | None, at: str) -> Any:
        if value.__class__ is not list:
            return wrong(value, cls, reading, at)
        if reading is None:
            items = [item(one, None, None) for one in value]
        else:
            items = [item(one, reading, f"{at}[{index}]") for index, one in enumerate(value)]
        return value if keep else items

    return read_list


def _dict_reader(cls: Any, lookup: Callable[[Any], Reader], wire: bool) -> Reader:
    args = typing.get_args(cls)
    value_type = args[1] if len(args) == 2 else Any
    if value_type is Any:
        return lookup(dict)
    item = lookup(value_type)

    def read_dict(value: Any, reading: Reading | None, at: str) -> Any:
        if value.__class__ is not dict:
            return wrong(value, cls, reading, at)
        if wire:
            _check_keys(value)
        if reading is None:
            return {key: item(one, None, None) for key, one in value.items()}
        return {key: item(one, reading, join(at, key)) for key, one in value.items()}

    return read_dict


def _check_keys(value: dict[Any, Any]) -> None:
    """A dict JSON will carry: a key that is not a string is refused, not turned into one."""
    for key in value:
        if key.__class__ is not str and not isinstance(key, str):
            raise TypeError(f"a key is {type(key).__name__}, not str")


def _literal_reader(cls: Any) -> Reader:
    allowed = frozenset(typing.get_args(cls))

    def read_literal(value: Any, reading: Reading | None, at: str) -> Any:
        if value in allowed:
            return value
        return wrong(value, cls, reading, at)

    return read_literal


def _union_reader(cls: Any, lookup: Callable[[Any], Reader], wire: bool) -> Reader:
    rest, nullable = members(cls)
    if len(rest) == 1:
        read = lookup(rest[0])
    else:
        union: Any = typing.Union[rest]  # noqa: UP007 - the key union_rules is keyed by
        choose = union_rules.get(union)
        if choose is not None:
            read = _by_rule(union, choose, lookup)
        else:
            read = _by_shape(union, rest, lookup, wire)
    if not nullable:
        return read

    def read_nullable(value: Any, reading: Reading | None, at: str) -> Any:
        return None if value is None else read(value, reading, at)

    return read_nullable


def _by_rule(union: Any, choose: Callable[[Any], Any], lookup: Callable[[Any], Reader]) -> Reader:
    """A discriminated union: the rule names the member, that member's reader reads it."""

    def read_by_rule(value: Any, reading: Reading | None, at: str) -> Any:
        if value is None:
            return wrong(value, union, reading, at)
        try:
            member = choose(value)
        except Exception:
            return wrong(value, union, reading, at)
        return lookup(member)(value, reading, at)

    return read_by_rule


def _by_shape(
    union: Any, options: tuple[Any, ...], lookup: Callable[[Any], Reader], wire: bool
) -> Reader:
    """No rule: the first member that fits; when none does, forgiving takes the model member
    with the fewest problems (or keeps the value as received)."""
    readers = [lookup(member) for member in options]
    models = [lookup(member) for member in options if is_model(member)]
    # A model reader's own failures (a validator's, say) mean "does not fit"; a wire reader
    # builds no model, so anything but a misfit is a value no body can carry: it goes up.
    passes: type[Exception] = Misfit if wire else Exception

    def read_first_fit(value: Any, reading: Reading | None, at: str) -> Any:
        if value is None:
            return wrong(value, union, reading, at)
        for reader in readers:
            try:
                return reader(value, None, None)
            except passes:
                continue
        if reading is None or not reading.forgiving or value.__class__ is not dict or not models:
            if reading is not None and not reading.forgiving:
                raise StructureError(at, f"value fits none of: {type_name(union)}")
            return wrong(value, union, reading, at)
        best: tuple[int, Any, list[tuple[str, str]]] | None = None
        for reader in models:
            trial = Reading(forgiving=True)
            candidate = reader(value, trial, at)
            if best is None or len(trial.problems) < best[0]:
                best = (len(trial.problems), candidate, trial.problems)
        assert best is not None
        reading.problems.extend(best[2])
        return best[1]

    return read_first_fit


# --- the reader of any type ---------------------------------------------------------------

_readers: dict[Any, Reader] = {}
_wire_readers: dict[Any, Reader] = {}
# Re-entrant: a container's reader asks for its items' readers while it is being made.
_lock = threading.RLock()


def reader_for(cls: Any) -> Reader:
    """The model reader of ``cls``, made on first use and then shared."""
    try:
        return _readers[cls]
    except (KeyError, TypeError):
        pass
    with _lock:
        reader = _readers.get(cls)
        if reader is None:
            reader = _make_reader(cls, wire=False)
            _readers[cls] = reader
    return reader


def wire_reader_for(cls: Any) -> Reader:
    """The wire reader of ``cls``: a dict request's value checked and written, no model built."""
    try:
        return _wire_readers[cls]
    except (KeyError, TypeError):
        pass
    with _lock:
        reader = _wire_readers.get(cls)
        if reader is None:
            reader = _make_reader(cls, wire=True)
            _wire_readers[cls] = reader
    return reader


def _make_reader(cls: Any, *, wire: bool) -> Reader:
    if wire:
        from openrouter_core._codec.wire_scalars import WIRE_SCALARS

        scalar = WIRE_SCALARS.get(cls) or SCALAR_READERS.get(cls)
    else:
        scalar = SCALAR_READERS.get(cls)
    if scalar is not None:
        return scalar
    lookup = wire_reader_for if wire else reader_for
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        return _union_reader(cls, lookup, wire)
    if origin is list:
        return _list_reader(cls, lookup)
    if origin is dict:
        return _dict_reader(cls, lookup, wire)
    if origin is typing.Literal:
        return _literal_reader(cls)
    if is_model(cls):
        return model_reader(cls, lookup, wire=wire)
    if isinstance(cls, type):
        return _instance_reader(cls, wire)
    raise TypeError(f"no reader for {cls!r}")


def _instance_reader(cls: type[Any], wire: bool) -> Reader:
    def read_instance(value: Any, reading: Reading | None, at: str) -> Any:
        return value if isinstance(value, cls) else wrong(value, cls, reading, at)

    if not wire:
        return read_instance
    from openrouter_core._codec.writer import write

    def read_instance_wire(value: Any, reading: Reading | None, at: str) -> Any:
        return write(read_instance(value, reading, at))

    return read_instance_wire


# --- the passes ---------------------------------------------------------------------------


def read_fast(data: Any, cls: Any) -> Any:
    """``data`` as ``cls``; raises an exception that names nothing when it does not fit."""
    return reader_for(cls)(data, None, None)


def read(data: Any, cls: Any) -> Any:
    """``data`` as ``cls``; :class:`StructureError` names the first field that does not fit."""
    reader = reader_for(cls)
    try:
        return reader(data, None, None)
    except Misfit:
        pass
    return reader(data, STRICT, "")


def read_forgiving(data: Any, cls: Any) -> tuple[Any, list[tuple[str, str]]]:
    """``data`` as ``cls`` as far as it fits, and the ``(path, problem)`` places it did not."""
    reading = Reading(forgiving=True)
    return reader_for(cls)(data, reading, ""), reading.problems


def read_wire(data: Any, cls: Any) -> Any:
    """Wire dict ``data`` checked against model ``cls`` and written as its body would be.

    :class:`StructureError` names the first field that does not fit; any other exception is a
    value no body can carry (a key that is not a string, a cycle, a naive date-time).
    """
    reader = wire_reader_for(cls)
    try:
        return reader(data, None, None)
    except Misfit:
        pass
    return reader(data, STRICT, "")


def explain_failure(data: Any, cls: Any) -> tuple[str | None, str]:
    """Where (a dotted field path, or None) and why ``data`` does not fit ``cls``."""
    try:
        reader_for(cls)(data, STRICT, "")
    except StructureError as exc:
        return exc.path or None, exc.reason
    except Exception as exc:
        return None, str(exc) or type(exc).__name__
    return None, "it does not fit"
