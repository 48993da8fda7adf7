# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentNestedTool) by `python -m codegen`; do not edit.
"""A tool made available to the subagent."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubagentNestedTool:
    """A tool made available to the subagent."""

    parameters: dict[str, Any] | None = None
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
