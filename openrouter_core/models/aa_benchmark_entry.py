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
