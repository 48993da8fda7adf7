"""Why a request could not be encoded, and where: the field path of the value at fault.

Encoding a request is a fast recursive pass (the codec's writer, then ``json.dumps``) that fails
with a bare ``RecursionError`` or ``TypeError`` on input it cannot write: a dict that contains
itself, nesting thousands of levels deep, a key that is not a string, an object JSON has no
form for. Only then does this module walk the caller's input, iteratively (so no depth breaks
it), to name the first such value; a request that encodes never pays for the walk.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
from collections.abc import Mapping
from typing import Any

import attrs

from openrouter_core._encoding import UnencodableRequest
from openrouter_core._unset import UNSET
from openrouter_core.errors import SDKValidationError

__all__ = ["explain_unencodable", "find_unencodable"]

#: Steps of a field path shown before it is cut short: a 5,000-step path helps nobody.
_SHOWN_STEPS = 12
#: Values every body kind writes as they are (dates become ISO 8601 text).
_SCALARS = (str, int, bool, enum.Enum, _dt.date, type(None))


def explain_unencodable(given: Any, raised: UnencodableRequest) -> SDKValidationError:
    """The error naming the field of ``given`` (the caller's request) that could not be
    encoded, or saying what failed when no single field is to blame."""
    found = find_unencodable(
        given, json=raised.json, too_deep=isinstance(raised.error, RecursionError)
    )
    error = raised.error
    if found is None:
        return SDKValidationError(
            f"the request could not be encoded ({type(error).__name__}: {error})", cause=error
        )
    path, reason = found
    return SDKValidationError(
        f"the request could not be encoded: {path or 'the request'} {reason}",
        field=path or None,
        cause=error,
    )


def find_unencodable(value: Any, *, json: bool, too_deep: bool) -> tuple[str, str] | None:
    """``(field path, reason)`` for the first value of ``value`` a request cannot carry, or
    None when every value can be written.

    ``json``: the body is JSON, so other objects (files, bytes) are faults too. ``too_deep``:
    encoding ran out of stack, so the deepest value is at fault when nothing else is.
    """
    deepest: _Path = None
    # Values to visit with their paths, and for each container entered a marker to leave it
    # (leaving=True): the ancestors of the value visited are those entered and not yet left.
    pending: list[tuple[bool, Any, _Path]] = [(False, value, None)]
    ancestors: set[int] = set()
    while pending:
        leaving, current, path = pending.pop()
        if leaving:
            ancestors.discard(id(current))
            continue
        if _depth(path) > _depth(deepest):
            deepest = path
        children = _children(current)
        if isinstance(children, str):
            return _shown(path), children
        if children is None:
            problem = _scalar_problem(current, json=json)
            if problem is not None:
                return _shown(path), problem
            continue
        if id(current) in ancestors:
            return _shown(
                path
            ), "refers back to a value that contains it (a cycle); JSON cannot hold it"
        ancestors.add(id(current))
        pending.append((True, current, path))
        depth = _depth(path) + 1
        pending.extend((False, child, (path, step, depth)) for step, child in reversed(children))
    if too_deep:
        return _shown(deepest), f"nests {_depth(deepest)} levels deep, too deep to encode"
    return None


def _children(value: Any) -> list[tuple[str, Any]] | str | None:
    """A container's ``(step, child)`` pairs; a reason when a key is not a string; None for
    a value that is not a container."""
    if isinstance(value, (str, bytes, bytearray)):
        return None
    if attrs.has(type(value)):
        pairs = []
        for field in attrs.fields(type(value)):
            child = getattr(value, field.name, None)
            if child is not UNSET and child is not None:
                pairs.append((f".{field.name}", child))
        return pairs
    if isinstance(value, Mapping):
        mapping_pairs = []
        for key, child in value.items():
            if not isinstance(key, str):
                shown = repr(key)
                shown = shown if len(shown) <= 40 else shown[:37] + "..."
                return f"has a key {shown} ({type(key).__name__}); JSON keys are strings"
            mapping_pairs.append((f".{key}", child))
        return mapping_pairs
    if isinstance(value, (list, tuple)):
        return [(f"[{index}]", child) for index, child in enumerate(value)]
    return None


def _scalar_problem(value: Any, *, json: bool) -> str | None:
    if value is UNSET or isinstance(value, _SCALARS):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"is {value}; JSON has no such number"
    if not json:
        return None  # a form or multipart body carries files and bytes as they are
    return f"is a value of type {type(value).__name__}, which JSON cannot hold"


#: A field path as a chain: (the parent's path, this step, the depth), None at the top.
_Path = tuple[Any, str, int] | None


def _depth(path: _Path) -> int:
    return 0 if path is None else path[2]


def _shown(path: _Path) -> str:
    """``messages[0].content`` from its steps, cut short when very long."""
    steps: list[str] = []
    while path is not None:
        path, step, _ = path
        steps.append(step)
    steps.reverse()
    if len(steps) > _SHOWN_STEPS:
        steps[_SHOWN_STEPS:] = ["..."]
    return "".join(steps).lstrip(".")
