# Generated from the OpenRouter OpenAPI spec (components/schemas/DeprecatedRoute) by `python -m codegen`; do not edit.
"""**DEPRECATED** Use providers.sort.partition instead."""

from __future__ import annotations

from typing import Final


class DeprecatedRoute:
    """**DEPRECATED** Use providers.sort.partition instead.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    FALLBACK: Final = "fallback"
    SORT: Final = "sort"
