# Generated from the OpenRouter OpenAPI spec (components/schemas/RangeCapability) by `python -m codegen`; do not edit.
"""A parameter that accepts any value within an inclusive numeric range."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RangeCapability:
    """A parameter that accepts any value within an inclusive numeric range."""

    max: float
    min: float
    type: str = "range"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
