# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatGrammarConfig) by `python -m codegen`; do not edit.
"""Custom grammar response format."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFormatGrammarConfig:
    """Custom grammar response format."""

    grammar: str
    """Custom grammar for text generation."""
    type: str = "grammar"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        grammar: str,
        type: str = "grammar",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("grammar", grammar)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(grammar={self.grammar!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.grammar, self.type, self.extra_fields) == (
            other.grammar,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatFormatGrammarConfig", self.grammar, self.type, self.extra_fields))

    # --- end of attrs methods ---
