# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_noul_question` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.decisions_noul_question_criteria import (
        DecisionsNoulQuestionCriteriaDict,
    )

__all__ = [
    "DecisionsNoulQuestionDict",
    "DecisionsNoulQuestionInstructionsDict",
]


class DecisionsNoulQuestionDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsNoulQuestion`."""

    instructions: Required[DecisionsNoulQuestionInstructionsDict]
    type: Required[Literal["noul"]]
    criteria: DecisionsNoulQuestionCriteriaDict | None


DecisionsNoulQuestionInstructionsDict: TypeAlias = "str | list[Any]"
