# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolReference) by `python -m codegen`; do not edit.
"""The ``AnthropicToolReference`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicToolReference:
    """The ``AnthropicToolReference`` object."""

    tool_name: str
    type: str = "tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
