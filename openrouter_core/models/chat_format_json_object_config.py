# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatJsonObjectConfig) by `python -m codegen`; do not edit.
"""JSON object response format."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFormatJsonObjectConfig:
    """JSON object response format."""

    type: str = "json_object"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
