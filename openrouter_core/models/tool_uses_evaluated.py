# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolUsesEvaluated) by `python -m codegen`; do not edit.
"""The ``ToolUsesEvaluated`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolUsesEvaluated:
    """The ``ToolUsesEvaluated`` object."""

    outcome: str
    """Known values: ``"flagged"``, ``"not_flagged"``."""
    type: str = "evaluated"
    explanation: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
