# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicInputTokensClearAtLeast) by `python -m codegen`; do not edit.
"""The ``AnthropicInputTokensClearAtLeast`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicInputTokensClearAtLeast:
    """The ``AnthropicInputTokensClearAtLeast`` object."""

    type: str = "input_tokens"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
