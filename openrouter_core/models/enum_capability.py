# Generated from the OpenRouter OpenAPI spec (components/schemas/EnumCapability) by `python -m codegen`; do not edit.
"""A parameter that accepts one of a discrete set of string values."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class EnumCapability:
    """A parameter that accepts one of a discrete set of string values."""

    type: str = "enum"
    values: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
