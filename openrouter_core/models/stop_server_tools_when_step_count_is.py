# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenStepCountIs) by `python -m codegen`; do not edit.
"""Stop after the agent loop has executed this many steps."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenStepCountIs:
    """Stop after the agent loop has executed this many steps."""

    step_count: int
    type: str = "step_count_is"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
