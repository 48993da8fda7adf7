# Generated from the OpenRouter OpenAPI spec (components/schemas/AlignmentBlockedCallRecord) by `python -m codegen`; do not edit.
"""The ``AlignmentBlockedCallRecord`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.alignment_rule_record import AlignmentRuleRecord


@attrs.frozen(kw_only=True)
class AlignmentBlockedCallRecord:
    """The ``AlignmentBlockedCallRecord`` object."""

    call: int
    """Number of the record, from 1. A record is one evaluated assistant message; a model call of a
    server-tool loop that produces several messages has one record per message, and a retry
    continues the numbering.
    """
    outcome: str = "blocked"
    rules: list[AlignmentRuleRecord]
    """One record per rule, in the order of `rules` in the request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call: int,
        outcome: str = "blocked",
        rules: list[AlignmentRuleRecord],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call", call)
        _setattr("outcome", outcome)
        _setattr("rules", rules)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call={self.call!r}, "
            f"outcome={self.outcome!r}, "
            f"rules={self.rules!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.call, self.outcome, self.rules, self.extra_fields) == (
            other.call,
            other.outcome,
            other.rules,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AlignmentBlockedCallRecord", self.call, self.outcome, self.rules, self.extra_fields)
        )

    # --- end of attrs methods ---
