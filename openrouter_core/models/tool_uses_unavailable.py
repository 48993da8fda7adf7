# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolUsesUnavailable) by `python -m codegen`; do not edit.
"""The ``ToolUsesUnavailable`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolUsesUnavailable:
    """The ``ToolUsesUnavailable`` object."""

    reason: str
    type: str = "unavailable"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
