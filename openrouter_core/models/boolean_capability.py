# Generated from the OpenRouter OpenAPI spec (components/schemas/BooleanCapability) by `python -m codegen`; do not edit.
"""A supported-or-not flag."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BooleanCapability:
    """A supported-or-not flag."""

    type: str = "boolean"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
