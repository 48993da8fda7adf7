# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenMaxCost) by `python -m codegen`; do not edit.
"""Stop once cumulative cost across the loop exceeds this dollar threshold."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenMaxCost:
    """Stop once cumulative cost across the loop exceeds this dollar threshold."""

    max_cost_in_dollars: float
    type: str = "max_cost"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
