# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicRefusalStopDetails) by `python -m codegen`; do not edit.
"""Structured information about a refusal."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicRefusalStopDetails:
    """Structured information about a refusal."""

    category: str | None
    """Known values: ``"cyber"``, ``"bio"``, ``"frontier_llm"``, ``"reasoning_extraction"``,
    ``"general_harms"``.
    """
    explanation: str | None
    type: str = "refusal"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
