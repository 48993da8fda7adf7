"""The parts every reader shares: how a misfit is treated, and the readers of scalars.

A reader is ``read(value, reading, at)``. Every decode runs the same readers in one of three
ways, chosen by ``reading``:

- ``None`` (the fast pass): the first value that does not fit raises :class:`Misfit` at once,
  with no path worked out, so a body that fits pays for nothing but the checks;
- :data:`STRICT`: the same walk again, only after the fast pass failed, now raising
  :class:`StructureError` naming the field path (``choices[0].message.content``);
- a forgiving :class:`Reading`: a value that does not fit is recorded as ``(path, problem)``
  and kept as received (a missing or null required field becomes ``None``), and the walk goes on.

``at`` is the path of ``value`` from the top-level object; the fast pass passes ``None`` and
never builds one (``reading and ...`` short-circuits).

Readers come in two kinds, built from the same plans: model readers (JSON → models) and wire
readers (a dict request → the JSON-ready dict it sends, checked the same way, no model built).
A scalar's reader is the same for both, except date-times, which a wire reader writes back in
the form requests carry, and opaque values (``Any``, plain dicts and lists), which it writes.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from openrouter_core._datetimes import parse_datetime

#: ``read(value, reading, at)`` → the structured value.
Reader = Callable[[Any, Any, Any], Any]

# --- how a misfit is treated --------------------------------------------------------------


class Misfit(Exception):
    """The fast pass met a value that does not fit; the caller decides what to do next."""


class StructureError(TypeError):
    """A value that does not fit its type, at ``path`` (dotted, ``""`` for the top level)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class Reading:
    """A careful pass: strict (raise :class:`StructureError`) or forgiving (note and go on)."""

    __slots__ = ("forgiving", "problems")

    def __init__(self, *, forgiving: bool) -> None:
        self.forgiving = forgiving
        self.problems: list[tuple[str, str]] = []

    def misfit(self, at: str, problem: str, kept: Any) -> Any:
        """``kept`` after noting ``problem`` at ``at``; raises instead when strict."""
        if not self.forgiving:
            raise StructureError(at, problem)
        self.problems.append((at or "$", problem))
        return kept

    def step(self, at: str, wire: str, name: str) -> str:
        """The path of a field: strict errors name the attribute a caller writes, forgiving
        problems the key the server sent."""
        return join(at, wire if self.forgiving else name)


#: The strict careful pass holds no state, so one serves every call.
STRICT = Reading(forgiving=False)


def join(at: str, key: str) -> str:
    return f"{at}.{key}" if at else key


def type_name(cls: Any) -> str:
    """A type as a user writes it: no module paths, no ``Unset``."""
    if isinstance(cls, type):
        return cls.__name__
    text = str(cls).replace(" | openrouter_core._unset.Unset", "").replace("typing.", "")
    return re.sub(r"[\w.]*\.(\w+)", r"\1", text)


def wrong(value: Any, cls: Any, reading: Reading | None, at: str) -> Any:
    """``value`` does not fit ``cls``: raise in the fast pass, else let ``reading`` decide."""
    if reading is None:
        raise Misfit
    if value is None:
        return reading.misfit(at, "null where the spec requires a value", None)
    if not reading.forgiving:
        raise StructureError(at, f"expected {type_name(cls)}, got {type(value).__name__}")
    return reading.misfit(
        at, f"expected {type_name(cls)}, got {type(value).__name__}; kept as received", value
    )


def missing(reading: Reading | None, at: str, wire: str, name: str) -> Any:
    """A required key is absent: ``None`` in its place when forgiving."""
    if reading is None:
        raise Misfit
    return reading.misfit(reading.step(at, wire, name), "required field missing", None)


# --- scalars ------------------------------------------------------------------------------
# Strict: a wrong type is never turned into a plausible value (``str(5)``), with two
# exceptions JSON itself blurs: an integral float is an int, and an int is a float.


def read_str(value: Any, reading: Reading | None, at: Any) -> Any:
    if value.__class__ is str:
        return value
    return wrong(value, str, reading, at)


def read_int(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is int:
        return value
    if value.__class__ is float and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return wrong(value, int, reading, at)


def read_float(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is float:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return wrong(value, float, reading, at)


def read_bool(value: Any, reading: Reading | None, at: str) -> Any:
    if value is True or value is False:
        return value
    return wrong(value, bool, reading, at)


def read_any(value: Any, reading: Reading | None, at: str) -> Any:
    return value


def read_plain_dict(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is dict:
        return value
    return wrong(value, dict, reading, at)


def read_plain_list(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is list:
        return value
    return wrong(value, list, reading, at)


def read_datetime(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is str:
        try:
            return parse_datetime(value)
        except ValueError as exc:
            if reading is None:
                raise Misfit from None
            kept = "; kept as received" if reading.forgiving else ""
            return reading.misfit(at, f"{exc}{kept}", value)
    if isinstance(value, _dt.datetime):  # a dict request may hold datetime objects
        return value
    return wrong(value, _dt.datetime, reading, at)


def read_date(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is str:
        try:
            return _dt.date.fromisoformat(value)
        except ValueError as exc:
            if reading is None:
                raise Misfit from None
            kept = "; kept as received" if reading.forgiving else ""
            return reading.misfit(at, f"{exc}{kept}", value)
    if isinstance(value, _dt.date):
        return value
    return wrong(value, _dt.date, reading, at)


SCALAR_READERS: dict[Any, Reader] = {
    str: read_str,
    int: read_int,
    float: read_float,
    bool: read_bool,
    Any: read_any,
    dict: read_plain_dict,
    list: read_plain_list,
    _dt.datetime: read_datetime,
    _dt.date: read_date,
}

#: Lists whose items, when they fit, are returned as they are: the list itself can be kept.
KEPT_ITEMS = (str, bool, Any)
