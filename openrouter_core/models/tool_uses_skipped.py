# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolUsesSkipped) by `python -m codegen`; do not edit.
"""The ``ToolUsesSkipped`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolUsesSkipped:
    """The ``ToolUsesSkipped`` object."""

    type: str = "skipped"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
