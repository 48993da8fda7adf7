# Generated from the OpenRouter OpenAPI spec (components/schemas/AdvisorReasoning) by `python -m codegen`; do not edit.
"""Reasoning configuration forwarded to the advisor call."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AdvisorReasoning:
    """Reasoning configuration forwarded to the advisor call."""

    effort: str | None = None
    """Reasoning effort level for the advisor call. Known values: ``"max"``, ``"xhigh"``,
    ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    max_tokens: int | None = None
    """Maximum number of reasoning tokens the advisor may use."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
