# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatTextConfig) by `python -m codegen`; do not edit.
"""Default text response format."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFormatTextConfig:
    """Default text response format."""

    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
