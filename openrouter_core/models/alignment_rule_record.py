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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        applicable: bool,
        broken: bool,
        probability: float | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("applicable", applicable)
        _setattr("broken", broken)
        _setattr("probability", probability)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"applicable={self.applicable!r}, "
            f"broken={self.broken!r}, "
            f"probability={self.probability!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.applicable, self.broken, self.probability, self.extra_fields) == (
            other.applicable,
            other.broken,
            other.probability,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AlignmentRuleRecord",
                self.applicable,
                self.broken,
                self.probability,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
