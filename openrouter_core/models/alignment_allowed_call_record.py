# Generated from the OpenRouter OpenAPI spec (components/schemas/AlignmentAllowedCallRecord) by `python -m codegen`; do not edit.
"""The ``AlignmentAllowedCallRecord`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.alignment_rule_record import AlignmentRuleRecord


@attrs.frozen(kw_only=True)
class AlignmentAllowedCallRecord:
    """The ``AlignmentAllowedCallRecord`` object."""

    call: int
    """Number of the record, from 1. A record is one evaluated assistant message; a model call of a
    server-tool loop that produces several messages has one record per message, and a retry
    continues the numbering.
    """
    outcome: str = "allowed"
    rules: list[AlignmentRuleRecord]
    """One record per rule, in the order of `rules` in the request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
