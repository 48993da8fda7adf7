# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_noul_question_criteria` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "DecisionsNoulQuestionCriteriaDict",
    "DecisionsNoulQuestionCriteriaFalseDict",
    "DecisionsNoulQuestionCriteriaTrueDict",
]


class DecisionsNoulQuestionCriteriaDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsNoulQuestionCriteria`."""

    false: Required[DecisionsNoulQuestionCriteriaFalseDict]
    true: Required[DecisionsNoulQuestionCriteriaTrueDict]


DecisionsNoulQuestionCriteriaFalseDict: TypeAlias = "str | list[Any]"


DecisionsNoulQuestionCriteriaTrueDict: TypeAlias = "str | list[Any]"
