# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicOutputTokensDetails) by `python -m codegen`; do not edit.
"""The ``AnthropicOutputTokensDetails`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicOutputTokensDetails:
    """The ``AnthropicOutputTokensDetails`` object."""

    thinking_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
