# Generated from the OpenRouter OpenAPI spec (components/schemas/SubmitGenerationFeedbackRequest) by `python -m codegen`; do not edit.
"""Structured feedback about a specific generation."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackRequest:
    """Structured feedback about a specific generation."""

    category: str
    """The category of feedback being reported. Known values: ``"latency"``, ``"incoherence"``,
    ``"incorrect_response"``, ``"formatting"``, ``"billing"``, ``"api_error"``, ``"other"``.
    """
    comment: str | None = None
    """An optional free-text comment describing the feedback."""
    generation_id: str
    """The generation to submit feedback on."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        category: str,
        comment: str | None = None,
        generation_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("category", category)
        _setattr("comment", comment)
        _setattr("generation_id", generation_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"category={self.category!r}, "
            f"comment={self.comment!r}, "
            f"generation_id={self.generation_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.category, self.comment, self.generation_id, self.extra_fields) == (
            other.category,
            other.comment,
            other.generation_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "SubmitGenerationFeedbackRequest",
                self.category,
                self.comment,
                self.generation_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
