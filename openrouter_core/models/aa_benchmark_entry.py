# Generated from the OpenRouter OpenAPI spec (components/schemas/AABenchmarkEntry) by `python -m codegen`; do not edit.
"""Artificial Analysis benchmark index scores."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AABenchmarkEntry:
    """Artificial Analysis benchmark index scores."""

    agentic_index: float | None
    """Artificial Analysis Agentic Index score."""
    coding_index: float | None
    """Artificial Analysis Coding Index score."""
    intelligence_index: float | None
    """Artificial Analysis Intelligence Index score."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        agentic_index: float | None,
        coding_index: float | None,
        intelligence_index: float | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("agentic_index", agentic_index)
        _setattr("coding_index", coding_index)
        _setattr("intelligence_index", intelligence_index)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"agentic_index={self.agentic_index!r}, "
            f"coding_index={self.coding_index!r}, "
            f"intelligence_index={self.intelligence_index!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.agentic_index,
            self.coding_index,
            self.intelligence_index,
            self.extra_fields,
        ) == (other.agentic_index, other.coding_index, other.intelligence_index, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "AABenchmarkEntry",
                self.agentic_index,
                self.coding_index,
                self.intelligence_index,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
