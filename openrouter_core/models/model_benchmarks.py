# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelBenchmarks) by `python -m codegen`; do not edit.
"""Third-party benchmark rankings for this model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.aa_benchmark_entry import AABenchmarkEntry
    from openrouter_core.models.da_benchmark_entry import DABenchmarkEntry


@attrs.frozen(kw_only=True)
class ModelBenchmarks:
    """Third-party benchmark rankings for this model."""

    artificial_analysis: AABenchmarkEntry | None = None
    design_arena: list[DABenchmarkEntry]
    """Design Arena ELO rankings across arena+category pairs."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        artificial_analysis: AABenchmarkEntry | None = None,
        design_arena: list[DABenchmarkEntry],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("artificial_analysis", artificial_analysis)
        _setattr("design_arena", design_arena)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"artificial_analysis={self.artificial_analysis!r}, "
            f"design_arena={self.design_arena!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.artificial_analysis, self.design_arena, self.extra_fields) == (
            other.artificial_analysis,
            other.design_arena,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ModelBenchmarks", self.artificial_analysis, self.design_arena, self.extra_fields)
        )

    # --- end of attrs methods ---
