# Generated from the OpenRouter OpenAPI spec (components/schemas/CompoundFilter) by `python -m codegen`; do not edit.
"""A compound filter that combines multiple comparison or compound filters."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CompoundFilter:
    """A compound filter that combines multiple comparison or compound filters."""

    filters: list[dict[str, Any]]
    type: str
    """Known values: ``"and"``, ``"or"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
