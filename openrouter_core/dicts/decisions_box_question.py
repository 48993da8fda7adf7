# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_box_question` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "DecisionsBoxQuestionDict",
    "DecisionsBoxQuestionInstructionsDict",
]


class DecisionsBoxQuestionDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsBoxQuestion`."""

    instructions: Required[DecisionsBoxQuestionInstructionsDict]
    type: Required[Literal["box"]]


DecisionsBoxQuestionInstructionsDict: TypeAlias = "str | list[Any]"
