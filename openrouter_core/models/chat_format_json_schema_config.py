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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        json_schema: ChatJsonSchemaConfig,
        type: str = "json_schema",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("json_schema", json_schema)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(json_schema={self.json_schema!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.json_schema, self.type, self.extra_fields) == (
            other.json_schema,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatFormatJsonSchemaConfig", self.json_schema, self.type, self.extra_fields))

    # --- end of attrs methods ---
