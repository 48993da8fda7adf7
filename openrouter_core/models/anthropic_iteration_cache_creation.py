# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicIterationCacheCreation) by `python -m codegen`; do not edit.
"""The ``AnthropicIterationCacheCreation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicIterationCacheCreation:
    """The ``AnthropicIterationCacheCreation`` object."""

    ephemeral_1h_input_tokens: int | None = None
    ephemeral_5m_input_tokens: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
