# Generated from the OpenRouter OpenAPI spec (components/schemas/CostDetails) by `python -m codegen`; do not edit.
"""Breakdown of upstream inference costs."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CostDetails:
    """Breakdown of upstream inference costs."""

    upstream_inference_completions_cost: float
    upstream_inference_cost: float | Unset | None = UNSET
    upstream_inference_prompt_cost: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
