# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailSummary) by `python -m codegen`; do not edit.
"""Reasoning detail summary schema."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailSummary:
    """Reasoning detail summary schema."""

    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    summary: str
    type: str = "reasoning.summary"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        format: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        index: int | None = None,
        summary: str,
        type: str = "reasoning.summary",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("format", format)
        _setattr("id", id)
        _setattr("index", index)
        _setattr("summary", summary)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"format={self.format!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"summary={self.summary!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.format, self.id, self.index, self.summary, self.type, self.extra_fields) == (
            other.format,
            other.id,
            other.index,
            other.summary,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ReasoningDetailSummary",
                self.format,
                self.id,
                self.index,
                self.summary,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
