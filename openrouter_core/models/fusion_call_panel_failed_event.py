# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallPanelFailedEvent) by `python -m codegen`; do not edit.
"""Emitted when a fusion panel model fails."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallPanelFailedEvent:
    """Emitted when a fusion panel model fails."""

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    status_code: int | None = None
    type: str = "response.fusion_call.panel.failed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: str,
        item_id: str,
        model: str,
        output_index: int,
        sequence_number: int,
        status_code: int | None = None,
        type: str = "response.fusion_call.panel.failed",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("item_id", item_id)
        _setattr("model", model)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("status_code", status_code)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"item_id={self.item_id!r}, "
            f"model={self.model!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"status_code={self.status_code!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.error,
            self.item_id,
            self.model,
            self.output_index,
            self.sequence_number,
            self.status_code,
            self.type,
            self.extra_fields,
        ) == (
            other.error,
            other.item_id,
            other.model,
            other.output_index,
            other.sequence_number,
            other.status_code,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionCallPanelFailedEvent",
                self.error,
                self.item_id,
                self.model,
                self.output_index,
                self.sequence_number,
                self.status_code,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
