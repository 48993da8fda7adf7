# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksMeta) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksMeta:
    """The ``UnifiedBenchmarksMeta`` object."""

    as_of: str
    """ISO-8601 timestamp of when this data was last updated."""
    citation: str | None
    """Required attribution when republishing this data, or null when results span multiple sources
    (attribute each item individually by its `source` discriminator).
    """
    model_count: int
    """Number of unique models in the response."""
    source: str | None
    """The source filter applied, or null when all sources are returned. Known values:
    ``"artificial-analysis"``, ``"design-arena"``, ``"openrouter"``.
    """
    source_url: str | None
    """URL of the upstream data source, or null when results span multiple sources."""
    task_type: str | None
    """The task_type filter applied, or null if showing all."""
    version: str = "v1"
    """Dataset version."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
