# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsChoiceAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsChoiceAnswer`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DecisionsChoiceAnswer:
    """The ``DecisionsChoiceAnswer`` object."""

    choice: str
    type: str = "choice"
    confidence: float | None = None
    probabilities: dict[str, float] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        choice: str,
        type: str = "choice",
        confidence: float | None = None,
        probabilities: dict[str, float] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("choice", choice)
        _setattr("type", type)
        _setattr("confidence", confidence)
        _setattr("probabilities", probabilities)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"choice={self.choice!r}, "
            f"type={self.type!r}, "
            f"confidence={self.confidence!r}, "
            f"probabilities={self.probabilities!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.choice, self.type, self.confidence, self.probabilities, self.extra_fields) == (
            other.choice,
            other.type,
            other.confidence,
            other.probabilities,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsChoiceAnswer",
                self.choice,
                self.type,
                self.confidence,
                self.probabilities,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
