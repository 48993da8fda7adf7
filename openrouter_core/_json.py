"""The JSON decoder for response bodies and stream events: orjson when installed, else json.

``pip install "openrouter-funcs[fast]"`` adds orjson, which decodes large bodies (a 300-model
page, long streams) about twice as fast; both raise ``ValueError`` on invalid JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

__all__ = ["loads"]

# json's C scanner, which ``json.loads`` reaches through two Python-level calls and two regex
# matches for surrounding whitespace; a stream event is small and has none, so those steps
# were a third of its decoding time. (typeshed does not declare the attribute.)
_scan_once: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _json_loads(text: bytes | str) -> Any:
    if isinstance(text, str):
        try:
            value, end = _scan_once(text, 0)
        except StopIteration:
            pass  # not a JSON value at the very start: json.loads says why, or skips whitespace
        else:
            if end == len(text):
                return value
    # Bytes (whose encoding json detects), surrounding whitespace, trailing data, errors.
    return json.loads(text)


def _pick_loads() -> Callable[[bytes | str], Any]:
    try:
        import orjson
    except ImportError:  # the optional extra is not installed
        return _json_loads
    return cast("Callable[[bytes | str], Any]", orjson.loads)


loads = _pick_loads()
