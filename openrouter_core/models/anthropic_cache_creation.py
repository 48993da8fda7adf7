# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCacheCreation) by `python -m codegen`; do not edit.
"""The ``AnthropicCacheCreation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCacheCreation:
    """The ``AnthropicCacheCreation`` object."""

    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
