"""Forgiving decoding: a response that does not fit the spec is read anyway, and says where.

The live API omits fields the spec calls required, sends null for them, and now and then a
value of another type. A user cannot fix that, so by default the SDK absorbs it: decoding first
runs the converter's fast strict structuring, and only when that fails walks the data once more,
here, structuring every part that fits and, where one does not,

- a missing or null required field becomes ``None``;
- a value of an unexpected type is kept exactly as received (never coerced into a wrong model);
- keys the model does not declare still go to ``extra_fields``;

and records each such place as a ``(path, problem)`` entry, readable with :func:`spec_problems`.
The entries live on the top-level model's ``extra_fields`` dict (a ``dict`` subclass that also
carries them), so they change neither equality nor unstructuring, survive ``pickle``, and cost
nothing when a response fits. Strict mode (``OpenRouterCore(strict=True)``) skips all of this.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import attrs

from openrouter_core._converter import (
    EXTRA_FIELDS,
    WIRE_NAME,
    _union_rules,
    get_converter,
    structure,
)
from openrouter_core._unset import Unset

__all__ = ["SpecProblem", "decode_forgiving", "spec_problems"]

#: One place where a response did not fit the spec: (path from the top-level object, problem).
SpecProblem = tuple[str, str]


class _ExtraFields(dict[str, Any]):
    """``extra_fields`` of a top-level model that did not fit the spec, with the places why.

    A plain dict to everything else (equality, unstructuring, iteration); pickled with its
    ``__dict__``, so the problems survive a round trip.
    """

    spec_problems: tuple[SpecProblem, ...] = ()


def spec_problems(model: Any) -> tuple[SpecProblem, ...]:
    """Where a decoded response did not fit the spec: ``(path, problem)`` pairs, or ``()``.

    Paths start at the top-level object (``"choices[0].finish_reason"``, ``"system_fingerprint"``).
    Pass the value a call returned (a response model or a stream event); anything else gives ``()``.
    """
    extra = getattr(model, EXTRA_FIELDS, None)
    return extra.spec_problems if isinstance(extra, _ExtraFields) else ()


def decode_forgiving(data: Any, cls: Any) -> tuple[Any, tuple[SpecProblem, ...]]:
    """``data`` as ``cls`` as far as it fits, and the places where it did not.

    For data the strict converter already rejected. Raises TypeError only when the body as a
    whole is not the kind of value documented (an array or a string where an object belongs).
    """
    walker = _Walker()
    value = walker.repair(data, cls, "")
    problems = tuple(walker.problems)
    for path, problem in problems:
        if path == "$":
            # The body itself is not the documented kind of value (an array for an object):
            # nothing of it fits, so it stays a ResponseValidationError.
            raise TypeError(f"the body does not fit: {problem}")
    if problems and attrs.has(type(value)) and hasattr(value, EXTRA_FIELDS):
        extra = _ExtraFields(getattr(value, EXTRA_FIELDS))
        extra.spec_problems = problems
        # The model was made here, a moment ago; nobody else holds it yet.
        object.__setattr__(value, EXTRA_FIELDS, extra)
    return value, problems


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _name(cls: Any) -> str:
    return getattr(cls, "__name__", None) or str(cls).replace("typing.", "")


class _Walker:
    """One forgiving pass over one response; collects the problems it meets."""

    def __init__(self) -> None:
        self.converter = get_converter()
        self.problems: list[SpecProblem] = []

    def value(self, data: Any, cls: Any, path: str) -> Any:
        """``data`` as ``cls``: the fast strict hook when it fits, else repaired piece by piece."""
        try:
            return self.converter.structure(data, cls)
        except Exception:
            return self.repair(data, cls, path)

    def note(self, path: str, problem: str) -> None:
        self.problems.append((path or "$", problem))

    def keep(self, data: Any, cls: Any, path: str) -> Any:
        self.note(path, f"expected {_name(cls)}, got {_kind(data)}; kept as received")
        return data

    def repair(self, data: Any, cls: Any, path: str) -> Any:
        if cls is Any:
            return data
        origin = typing.get_origin(cls)
        if origin in (typing.Union, types.UnionType):
            return self.union(data, cls, path)
        if isinstance(cls, type) and attrs.has(cls):
            return self.model(data, cls, path)
        if cls is list or origin is list:
            if data.__class__ is not list:
                return self.keep(data, cls, path)
            (item_type,) = typing.get_args(cls) or (Any,)
            return [self.value(item, item_type, f"{path}[{i}]") for i, item in enumerate(data)]
        if cls is dict or origin is dict:
            if data.__class__ is not dict:
                return self.keep(data, cls, path)
            args = typing.get_args(cls)
            value_type = args[1] if len(args) == 2 else Any
            return {
                key: self.value(item, value_type, _join(path, key)) for key, item in data.items()
            }
        if data is None:
            self.note(path, "null where the spec requires a value")
            return None
        return self.keep(data, cls, path)

    def union(self, data: Any, cls: Any, path: str) -> Any:
        members = tuple(m for m in typing.get_args(cls) if m is not Unset)
        rest = tuple(m for m in members if m is not type(None))
        if data is None:
            if len(rest) < len(members):
                return None
            self.note(path, "null where the spec requires a value")
            return None
        if len(rest) == 1:
            return self.value(data, rest[0], path)
        union: Any = typing.Union[rest]  # noqa: UP007 - the key _union_rules is keyed by
        choose = _union_rules.get(union)
        if choose is not None:
            try:
                member = choose(data)
            except Exception:
                return self.keep(data, union, path)
            return self.value(data, member, path)
        # No rule: the model member that fits best (fewest problems), else the value as it is.
        best: tuple[int, Any, list[SpecProblem]] | None = None
        for member in rest:
            if not (isinstance(member, type) and attrs.has(member)) or data.__class__ is not dict:
                continue
            trial = _Walker()
            candidate = trial.model(data, member, path)
            if best is None or len(trial.problems) < best[0]:
                best = (len(trial.problems), candidate, trial.problems)
        if best is None:
            return self.keep(data, union, path)
        self.problems.extend(best[2])
        return best[1]

    def model(self, data: Any, cls: type[Any], path: str) -> Any:
        if data.__class__ is not dict:
            if type(data) is cls:
                return data
            return self.keep(data, cls, path)
        attrs.resolve_types(cls)
        obj = object.__new__(cls)
        known = set()
        for field in attrs.fields(cls):
            if field.name == EXTRA_FIELDS:
                continue
            wire = field.metadata.get(WIRE_NAME, field.name)
            known.add(wire)
            if wire in data:
                value = self.value(data[wire], field.type, _join(path, wire))
            elif field.default is attrs.NOTHING:
                self.note(_join(path, wire), "required field missing")
                value = None
            elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                value = field.default.factory()
            else:
                value = field.default
            object.__setattr__(obj, field.name, value)
        if any(field.name == EXTRA_FIELDS for field in attrs.fields(cls)):
            extras = {key: item for key, item in data.items() if key not in known}
            object.__setattr__(obj, EXTRA_FIELDS, extras)
        return obj


@attrs.frozen
class Decoding:
    """How one call reads what the server sent: strictly, or forgivingly (the default)."""

    strict: bool = False
    #: The core's debug logger; told (once per call) where a response did not fit the spec.
    logger: Any = None

    def decode(self, data: Any, cls: Any) -> tuple[Any, tuple[SpecProblem, ...]]:
        """``data`` as ``cls`` and where it did not fit; raises only in strict mode."""
        try:
            return structure(data, cls), ()
        except Exception:
            if self.strict:
                raise
        return decode_forgiving(data, cls)

    def report(self, call: str, problems: tuple[SpecProblem, ...]) -> None:
        """Tell the debug logger where a response of ``call`` did not fit the spec."""
        logger = self.logger
        if not problems or logger is None or not logger.isEnabledFor(10):  # logging.DEBUG
            return
        shown = "; ".join(f"{path}: {problem}" for path, problem in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        logger.debug(
            "openrouter %s: the response did not fit the spec in %d place(s), read anyway: %s%s"
            " (see openrouter_core.spec_problems)",
            call,
            len(problems),
            shown,
            more,
        )


#: Forgiving decoding with no logger: what a call reads with unless told otherwise.
FORGIVING = Decoding()
