# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCallCompletedEvent) by `python -m codegen`; do not edit.
"""Web search call completed."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCallCompletedEvent:
    """Web search call completed."""

    item_id: str
    output_index: int
    sequence_number: int
    type: str = "response.web_search_call.completed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        item_id: str,
        output_index: int,
        sequence_number: int,
        type: str = "response.web_search_call.completed",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("item_id", item_id)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"item_id={self.item_id!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.item_id,
            self.output_index,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (
            other.item_id,
            other.output_index,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "WebSearchCallCompletedEvent",
                self.item_id,
                self.output_index,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
