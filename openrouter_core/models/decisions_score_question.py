# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsScoreQuestion) by `python -m codegen`; do not edit.
"""The ``DecisionsScoreQuestion`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

DecisionsScoreQuestionCriteria: TypeAlias = str | dict[str, Any] | list[Any]
"""The ``criteria`` of a :class:`DecisionsScoreQuestion`."""


def _choose_decisions_score_question_criteria(data: Any) -> Any:
    """The member of :data:`DecisionsScoreQuestionCriteria` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsScoreQuestionCriteria: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsScoreQuestionCriteria, _choose_decisions_score_question_criteria)


DecisionsScoreQuestionInstructions: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_score_question_instructions(data: Any) -> Any:
    """The member of :data:`DecisionsScoreQuestionInstructions` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsScoreQuestionInstructions: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsScoreQuestionInstructions, _choose_decisions_score_question_instructions)


@attrs.frozen(kw_only=True)
class DecisionsScoreQuestion:
    """The ``DecisionsScoreQuestion`` object."""

    criteria: list[DecisionsScoreQuestionCriteria]
    instructions: DecisionsScoreQuestionInstructions
    """A plain string, or a JSON object or array of structured guidance."""
    type: str = "score"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        criteria: list[DecisionsScoreQuestionCriteria],
        instructions: DecisionsScoreQuestionInstructions,
        type: str = "score",
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
                "DecisionsScoreQuestion",
                self.criteria,
                self.instructions,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
