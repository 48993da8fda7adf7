# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.decisions_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.decisions_box_question import DecisionsBoxQuestionDict
    from openrouter_core.dicts.decisions_choice_question import DecisionsChoiceQuestionDict
    from openrouter_core.dicts.decisions_noul_question import DecisionsNoulQuestionDict
    from openrouter_core.dicts.decisions_score_question import DecisionsScoreQuestionDict
    from openrouter_core.dicts.provider_preferences import ProviderPreferencesDict
    from openrouter_core.dicts.trace_config import TraceConfigDict

__all__ = [
    "DecisionsRequestDict",
    "DecisionsRequestQuestionsValueDict",
    "DecisionsRequestStateDict",
]


class DecisionsRequestDict(TypedDict, total=False):
    """The dict form of :class:`DecisionsRequest`."""

    model: Required[str]
    questions: Required[dict[str, DecisionsRequestQuestionsValueDict]]
    state: Required[DecisionsRequestStateDict]
    provider: ProviderPreferencesDict | None
    session_id: str | None
    trace: TraceConfigDict | None
    user: str | None


DecisionsRequestQuestionsValueDict: TypeAlias = "DecisionsBoxQuestionDict | DecisionsChoiceQuestionDict | DecisionsNoulQuestionDict | DecisionsScoreQuestionDict"


DecisionsRequestStateDict: TypeAlias = "str | list[Any]"
