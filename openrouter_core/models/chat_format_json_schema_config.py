# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatJsonSchemaConfig) by `python -m codegen`; do not edit.
"""JSON Schema response format for structured outputs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.chat_json_schema_config import ChatJsonSchemaConfig


@attrs.frozen(kw_only=True)
class ChatFormatJsonSchemaConfig:
    """JSON Schema response format for structured outputs."""

    json_schema: ChatJsonSchemaConfig
    type: str = "json_schema"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
