"""How a call decodes: strictly, or forgivingly (a response that does not fit is read anyway).

The live API omits fields the spec calls required, sends null for them, and now and then a
value of another type. A user cannot fix that, so by default the SDK absorbs it: decoding first
runs the fast strict pass of the readers (:mod:`openrouter_core._codec.readers`), and only when that
fails runs them once more in their forgiving way, structuring every part that fits and, where
one does not,

- a missing or null required field becomes ``None``;
- a value of an unexpected type is kept exactly as received (never coerced into a wrong model);
- keys the model does not declare still go to ``extra_fields``;

and records each such place as a ``(path, problem)`` entry, readable with :func:`spec_problems`.
The entries live on the top-level model's ``extra_fields`` dict (a ``dict`` subclass that also
carries them), so they change neither equality nor unstructuring, survive ``pickle``, and cost
nothing when a response fits. Strict mode (``OpenRouterCore(strict=True)``) skips all of this.
"""

from __future__ import annotations

import logging
from typing import Any

import attrs

from openrouter_core._codec import EXTRA_FIELDS
from openrouter_core._codec.readers import read, read_fast, read_forgiving

__all__ = ["ExtraFields", "SpecProblem", "decode_forgiving", "spec_problems"]

#: One place where a response did not fit the spec: (path from the top-level object, problem).
SpecProblem = tuple[str, str]


class ExtraFields(dict[str, Any]):
    """``extra_fields`` of a top-level model, carrying what travels with it: the places where
    it did not fit the spec, and the response it came in (see ``_response_info``).

    A plain dict to everything else (equality, unstructuring, iteration); pickled with its
    ``__dict__``, so both survive a round trip.
    """

    spec_problems: tuple[SpecProblem, ...] = ()
    response_info: Any = None


def spec_problems(model: Any) -> tuple[SpecProblem, ...]:
    """Where a decoded response did not fit the spec: ``(path, problem)`` pairs, or ``()``.

    Paths start at the top-level object (``"choices[0].finish_reason"``, ``"system_fingerprint"``).
    Pass the value a call returned (a response model or a stream event); anything else gives ``()``.
    """
    extra = getattr(model, EXTRA_FIELDS, None)
    return extra.spec_problems if isinstance(extra, ExtraFields) else ()


def decode_forgiving(data: Any, cls: Any) -> tuple[Any, tuple[SpecProblem, ...]]:
    """``data`` as ``cls`` as far as it fits, and the places where it did not.

    For data the strict pass already rejected. Raises TypeError only when the body as a
    whole is not the kind of value documented (an array or a string where an object belongs).
    """
    value, found = read_forgiving(data, cls)
    problems = tuple(found)
    for path, problem in problems:
        if path == "$":
            # The body itself is not the documented kind of value (an array for an object):
            # nothing of it fits, so it stays a ResponseValidationError.
            raise TypeError(f"the body does not fit: {problem}")
    if problems and attrs.has(type(value)) and hasattr(value, EXTRA_FIELDS):
        extra = ExtraFields(getattr(value, EXTRA_FIELDS))
        extra.spec_problems = problems
        # The model was made here, a moment ago; nobody else holds it yet.
        object.__setattr__(value, EXTRA_FIELDS, extra)
    return value, problems


@attrs.frozen
class Decoding:
    """How one call reads what the server sent: strictly, or forgivingly (the default)."""

    strict: bool = False
    #: The core's debug logger; told (once per call) where a response did not fit the spec.
    logger: Any = None

    def decode(self, data: Any, cls: Any) -> tuple[Any, tuple[SpecProblem, ...]]:
        """``data`` as ``cls`` and where it did not fit; raises only in strict mode."""
        if self.strict:
            return read(data, cls), ()
        try:
            return read_fast(data, cls), ()
        except Exception:
            # Validators and the like included: the forgiving pass decides what is kept.
            return decode_forgiving(data, cls)

    def report(self, call: str, problems: tuple[SpecProblem, ...]) -> None:
        """Tell the debug logger where a response of ``call`` did not fit the spec."""
        logger = self.logger
        if not problems or logger is None or not logger.isEnabledFor(logging.DEBUG):
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
