# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarkPricing) by `python -m codegen`; do not edit.
"""OpenRouter pricing per token for this model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarkPricing:
    """OpenRouter pricing per token for this model."""

    completion: str
    """Cost per output token (USD, decimal string)."""
    prompt: str
    """Cost per input token (USD, decimal string)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
