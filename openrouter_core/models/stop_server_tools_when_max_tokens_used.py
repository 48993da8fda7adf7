# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenMaxTokensUsed) by `python -m codegen`; do not edit.
"""Stop once cumulative token usage across the loop exceeds this threshold."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenMaxTokensUsed:
    """Stop once cumulative token usage across the loop exceeds this threshold."""

    max_tokens: int
    type: str = "max_tokens_used"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
