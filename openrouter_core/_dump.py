"""Models to JSON and back: what a serverless handler returns, and how it reads that again.

A model keeps the body's absent optional fields as ``UNSET`` (or ``None``), which ``json.dumps``
cannot write. :func:`to_dict` gives the body as the server would send it: wire names, absent
fields left out, date-times in RFC 3339 (UTC, ``Z``), and the keys the model does not declare
(``extra_fields``) merged back in. :func:`from_dict` reads such a dict (or any response body)
into a model the way a call does, so ``from_dict(to_dict(model), type(model)) == model``.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import attrs

__all__ = ["from_dict", "to_dict", "to_json"]

T = TypeVar("T")


def to_dict(model: Any) -> dict[str, Any]:
    """The model as a JSON-ready dict: wire names, no ``UNSET``, ``extra_fields`` merged back.

    ``json.dumps(to_dict(model))`` always works for a model a call returned. Date-times are
    written in RFC 3339 (UTC with ``Z``); a naive ``datetime`` you put in a model yourself
    raises ``SDKValidationError``, as it does in a request. Raises ``TypeError`` for a value
    that is not a model (use :func:`to_json` for lists of models).
    """
    if not attrs.has(type(model)):
        raise TypeError(f"to_dict takes a model (an attrs class), not {type(model).__name__}")
    # Imported on use: a process that only calls functions never needs the writer.
    from openrouter_core._codec.writer import write

    data: dict[str, Any] = write(model)
    return data


def to_json(value: Any, *, indent: int | None = None) -> str:
    """``value`` (a model, or a list or dict of models and plain values) as JSON text.

    The same content as :func:`to_dict`; non-ASCII characters are written as they are.
    """
    from openrouter_core._codec.writer import write

    return json.dumps(write(value), ensure_ascii=False, indent=indent, allow_nan=False)


def from_dict(data: Any, model_type: type[T]) -> T:
    """Read decoded JSON (a response body, or what :func:`to_dict` gave) into ``model_type``.

    It reads exactly as a call does by default (forgiving): a value that does not fit the
    spec is kept and listed by ``spec_problems``, and unknown keys go to ``extra_fields``.
    Raises ``TypeError`` only when ``data`` is not even the kind of value the model is
    (a list where an object belongs).
    """
    from openrouter_core._codec.decoding import FORGIVING

    value, _ = FORGIVING.decode(data, model_type)
    return value  # type: ignore[no-any-return]
