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
