# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolUsesKeep) by `python -m codegen`; do not edit.
"""The ``AnthropicToolUsesKeep`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicToolUsesKeep:
    """The ``AnthropicToolUsesKeep`` object."""

    type: str = "tool_uses"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
