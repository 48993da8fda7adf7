# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_choice_question` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "DecisionsChoiceQuestionCriteriaValueDict",
    "DecisionsChoiceQuestionDict",
    "DecisionsChoiceQuestionInstructionsDict",
]


class DecisionsChoiceQuestionDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsChoiceQuestion`."""

    criteria: Required[dict[str, DecisionsChoiceQuestionCriteriaValueDict | None]]
    instructions: Required[DecisionsChoiceQuestionInstructionsDict]
    type: Required[Literal["choice"]]


DecisionsChoiceQuestionCriteriaValueDict: TypeAlias = "str | list[Any]"


DecisionsChoiceQuestionInstructionsDict: TypeAlias = "str | list[Any]"
