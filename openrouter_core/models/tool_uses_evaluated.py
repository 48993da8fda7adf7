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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        outcome: str,
        type: str = "evaluated",
        explanation: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("outcome", outcome)
        _setattr("type", type)
        _setattr("explanation", explanation)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"outcome={self.outcome!r}, "
            f"type={self.type!r}, "
            f"explanation={self.explanation!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.outcome, self.type, self.explanation, self.extra_fields) == (
            other.outcome,
            other.type,
            other.explanation,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ToolUsesEvaluated", self.outcome, self.type, self.explanation, self.extra_fields)
        )

    # --- end of attrs methods ---
