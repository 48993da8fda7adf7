# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsChoiceQuestion) by `python -m codegen`; do not edit.
"""The ``DecisionsChoiceQuestion`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

DecisionsChoiceQuestionCriteriaValue: TypeAlias = str | dict[str, Any] | list[Any]
"""One of :class:`str`, ``dict[str, Any]``, ``list[Any]``."""


def _choose_decisions_choice_question_criteria_value(data: Any) -> Any:
    """The member of :data:`DecisionsChoiceQuestionCriteriaValue` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsChoiceQuestionCriteriaValue: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(
    DecisionsChoiceQuestionCriteriaValue, _choose_decisions_choice_question_criteria_value
)


DecisionsChoiceQuestionInstructions: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_choice_question_instructions(data: Any) -> Any:
    """The member of :data:`DecisionsChoiceQuestionInstructions` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsChoiceQuestionInstructions: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsChoiceQuestionInstructions, _choose_decisions_choice_question_instructions)


@attrs.frozen(kw_only=True)
class DecisionsChoiceQuestion:
    """The ``DecisionsChoiceQuestion`` object."""

    criteria: dict[str, DecisionsChoiceQuestionCriteriaValue | None]
    instructions: DecisionsChoiceQuestionInstructions
    """A plain string, or a JSON object or array of structured guidance."""
    type: str = "choice"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        criteria: dict[str, DecisionsChoiceQuestionCriteriaValue | None],
        instructions: DecisionsChoiceQuestionInstructions,
        type: str = "choice",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("criteria", criteria)
        _setattr("instructions", instructions)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"criteria={self.criteria!r}, "
            f"instructions={self.instructions!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.criteria, self.instructions, self.type, self.extra_fields) == (
            other.criteria,
            other.instructions,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsChoiceQuestion",
                self.criteria,
                self.instructions,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
