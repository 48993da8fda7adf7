# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicTextBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicTextBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_text_citation import AnthropicTextCitation


@attrs.frozen(kw_only=True)
class AnthropicTextBlock:
    """The ``AnthropicTextBlock`` object."""

    citations: list[AnthropicTextCitation] | None
    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        citations: list[AnthropicTextCitation] | None,
        text: str,
        type: str = "text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("citations", citations)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"citations={self.citations!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.citations, self.text, self.type, self.extra_fields) == (
            other.citations,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicTextBlock", self.citations, self.text, self.type, self.extra_fields))

    # --- end of attrs methods ---
