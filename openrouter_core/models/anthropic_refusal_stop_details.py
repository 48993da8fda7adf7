# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicRefusalStopDetails) by `python -m codegen`; do not edit.
"""Structured information about a refusal."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicRefusalStopDetails:
    """Structured information about a refusal."""

    category: str | None
    """Known values: ``"cyber"``, ``"bio"``, ``"frontier_llm"``, ``"reasoning_extraction"``,
    ``"general_harms"``.
    """
    explanation: str | None
    type: str = "refusal"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        category: str | None,
        explanation: str | None,
        type: str = "refusal",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("category", category)
        _setattr("explanation", explanation)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"category={self.category!r}, "
            f"explanation={self.explanation!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.category, self.explanation, self.type, self.extra_fields) == (
            other.category,
            other.explanation,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicRefusalStopDetails",
                self.category,
                self.explanation,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
