# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_score_question` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "DecisionsScoreQuestionCriteriaDict",
    "DecisionsScoreQuestionDict",
    "DecisionsScoreQuestionInstructionsDict",
]


class DecisionsScoreQuestionDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsScoreQuestion`."""

    criteria: Required[list[DecisionsScoreQuestionCriteriaDict]]
    instructions: Required[DecisionsScoreQuestionInstructionsDict]
    type: Required[Literal["score"]]


DecisionsScoreQuestionCriteriaDict: TypeAlias = "str | list[Any]"


DecisionsScoreQuestionInstructionsDict: TypeAlias = "str | list[Any]"
