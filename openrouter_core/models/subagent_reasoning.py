# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentReasoning) by `python -m codegen`; do not edit.
"""Reasoning configuration forwarded to the subagent call."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubagentReasoning:
    """Reasoning configuration forwarded to the subagent call."""

    effort: str | None = None
    """Reasoning effort level for the subagent call. Known values: ``"max"``, ``"xhigh"``,
    ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    max_tokens: int | None = None
    """Maximum number of reasoning tokens the subagent may use."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
