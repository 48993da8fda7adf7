# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionCallAnalysisInProgressEvent) by `python -m codegen`; do not edit.
"""Emitted when the fusion analyst starts producing the structured analysis."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionCallAnalysisInProgressEvent:
    """Emitted when the fusion analyst starts producing the structured analysis."""

    analyst_model: str
    """Slug of the model producing the structured analysis."""
    item_id: str
    judge_model: str
    """Deprecated. Deprecated alias of `analyst_model`, kept so existing consumers keep working."""
    output_index: int
    sequence_number: int
    type: str = "response.fusion_call.analysis.in_progress"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        analyst_model: str,
        item_id: str,
        judge_model: str,
        output_index: int,
        sequence_number: int,
        type: str = "response.fusion_call.analysis.in_progress",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("analyst_model", analyst_model)
        _setattr("item_id", item_id)
        _setattr("judge_model", judge_model)
        _setattr("output_index", output_index)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"analyst_model={self.analyst_model!r}, "
            f"item_id={self.item_id!r}, "
            f"judge_model={self.judge_model!r}, "
            f"output_index={self.output_index!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.analyst_model,
            self.item_id,
            self.judge_model,
            self.output_index,
            self.sequence_number,
            self.type,
            self.extra_fields,
        ) == (
            other.analyst_model,
            other.item_id,
            other.judge_model,
            other.output_index,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionCallAnalysisInProgressEvent",
                self.analyst_model,
                self.item_id,
                self.judge_model,
                self.output_index,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
