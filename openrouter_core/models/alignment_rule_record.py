# Generated from the OpenRouter OpenAPI spec (components/schemas/AlignmentRuleRecord) by `python -m codegen`; do not edit.
"""The ``AlignmentRuleRecord`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AlignmentRuleRecord:
    """The ``AlignmentRuleRecord`` object."""

    applicable: bool
    """Whether the message has a field the rule watches."""
    broken: bool
    """Whether probability is at or above the threshold."""
    probability: float | None
    """The evaluator's probability that the turn breaks the rule; null when the rule is not
    applicable.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
