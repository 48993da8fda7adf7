# Generated from the OpenRouter OpenAPI spec (components/schemas/PipelineStage) by `python -m codegen`; do not edit.
"""The ``PipelineStage`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PipelineStage:
    """The ``PipelineStage`` object."""

    cost_usd: float | Unset | None = UNSET
    data: dict[str, Any] | None = None
    guardrail_id: str | None = None
    guardrail_scope: str | None = None
    name: str
    summary: str | None = None
    type: str
    """Categorical kind of a pipeline stage. Known values: :class:`PipelineStageType`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
