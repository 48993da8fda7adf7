# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseReasoningSummaryPartDoneEvent) by `python -m codegen`; do not edit.
"""Event emitted when a reasoning summary part is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText


@attrs.frozen(kw_only=True)
class BaseReasoningSummaryPartDoneEvent:
    """Event emitted when a reasoning summary part is complete."""

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type: str = "response.reasoning_summary_part.done"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        item_id: str,
        output_index: int,
        part: ReasoningSummaryText,
        sequence_number: int,
        summary_index: int,
        type: str = "response.reasoning_summary_part.done",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("item_id", item_id)
        _setattr("output_index", output_index)
        _setattr("part", part)
        _setattr("sequence_number", sequence_number)
        _setattr("summary_index", summary_index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"item_id={self.item_id!r}, "
            f"output_index={self.output_index!r}, "
            f"part={self.part!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"summary_index={self.summary_index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.item_id,
            self.output_index,
            self.part,
            self.sequence_number,
            self.summary_index,
            self.type,
            self.extra_fields,
        ) == (
            other.item_id,
            other.output_index,
            other.part,
            other.sequence_number,
            other.summary_index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseReasoningSummaryPartDoneEvent",
                self.item_id,
                self.output_index,
                self.part,
                self.sequence_number,
                self.summary_index,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
