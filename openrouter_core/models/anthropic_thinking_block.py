# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicThinkingBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicThinkingBlock`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicThinkingBlock:
    """The ``AnthropicThinkingBlock`` object."""

    signature: str
    thinking: str
    type: str = "thinking"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        signature: str,
        thinking: str,
        type: str = "thinking",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("signature", signature)
        _setattr("thinking", thinking)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"signature={self.signature!r}, "
            f"thinking={self.thinking!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.signature, self.thinking, self.type, self.extra_fields) == (
            other.signature,
            other.thinking,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicThinkingBlock", self.signature, self.thinking, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
