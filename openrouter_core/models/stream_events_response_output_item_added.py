# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamEventsResponseOutputItemAdded) by `python -m codegen`; do not edit.
"""Event emitted when a new output item is added to the response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.output_items import OutputItems


@attrs.frozen(kw_only=True)
class StreamEventsResponseOutputItemAdded:
    """Event emitted when a new output item is added to the response."""

    item: OutputItems
    output_index: int
    sequence_number: int
    type: str = "response.output_item.added"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        item: OutputItems,
        output_index: int,
        sequence_number: int,
        type: str = "response.output_item.added",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("item", item)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"item={self.item!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.item,
            self.output_index,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (other.item, other.output_index, other.sequence_number, other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "StreamEventsResponseOutputItemAdded",
                self.item,
                self.output_index,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
