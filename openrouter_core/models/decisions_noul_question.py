# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsNoulQuestion) by `python -m codegen`; do not edit.
"""The ``DecisionsNoulQuestion`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

if TYPE_CHECKING:
    from openrouter_core.models.decisions_noul_question_criteria import (
        DecisionsNoulQuestionCriteria,
    )

DecisionsNoulQuestionInstructions: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_noul_question_instructions(data: Any) -> Any:
    """The member of :data:`DecisionsNoulQuestionInstructions` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsNoulQuestionInstructions: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsNoulQuestionInstructions, _choose_decisions_noul_question_instructions)


@attrs.frozen(kw_only=True)
class DecisionsNoulQuestion:
    """The ``DecisionsNoulQuestion`` object."""

    instructions: DecisionsNoulQuestionInstructions
    """A plain string, or a JSON object or array of structured guidance."""
    type: str = "noul"
    criteria: DecisionsNoulQuestionCriteria | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        instructions: DecisionsNoulQuestionInstructions,
        type: str = "noul",
        criteria: DecisionsNoulQuestionCriteria | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("instructions", instructions)
        _setattr("type", type)
        _setattr("criteria", criteria)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"instructions={self.instructions!r}, "
            f"type={self.type!r}, "
            f"criteria={self.criteria!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.instructions, self.type, self.criteria, self.extra_fields) == (
            other.instructions,
            other.type,
            other.criteria,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsNoulQuestion",
                self.instructions,
                self.type,
                self.criteria,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
