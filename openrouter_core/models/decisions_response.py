# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsResponse) by `python -m codegen`; do not edit.
"""The ``DecisionsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core.models.decisions_box_answer import DecisionsBoxAnswer
from openrouter_core.models.decisions_choice_answer import DecisionsChoiceAnswer
from openrouter_core.models.decisions_noul_answer import DecisionsNoulAnswer
from openrouter_core.models.decisions_score_answer import DecisionsScoreAnswer
from openrouter_core.models.unknown_answers import UnknownAnswers

if TYPE_CHECKING:
    from openrouter_core.models.decisions_response_usage import DecisionsResponseUsage

DecisionsResponseAnswersValue: TypeAlias = (
    DecisionsBoxAnswer
    | DecisionsChoiceAnswer
    | DecisionsNoulAnswer
    | DecisionsScoreAnswer
    | UnknownAnswers
    | dict[str, Any]
)
"""One of :class:`DecisionsBoxAnswer`, :class:`DecisionsChoiceAnswer`, :class:`DecisionsNoulAnswer`,
:class:`DecisionsScoreAnswer`, :class:`UnknownAnswers`, ``dict[str, Any]``.
"""


_DECISIONS_RESPONSE_ANSWERS_VALUE_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownAnswers,
    "box": DecisionsBoxAnswer,
    "choice": DecisionsChoiceAnswer,
    "noul": DecisionsNoulAnswer,
    "score": DecisionsScoreAnswer,
}


def _choose_decisions_response_answers_value(data: Any) -> Any:
    """The member of :data:`DecisionsResponseAnswersValue` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _DECISIONS_RESPONSE_ANSWERS_VALUE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"DecisionsResponseAnswersValue: expected an object, got {type(data).__name__}")


register_union(DecisionsResponseAnswersValue, _choose_decisions_response_answers_value)


@attrs.frozen(kw_only=True)
class DecisionsResponse:
    """The ``DecisionsResponse`` object."""

    answers: dict[str, DecisionsResponseAnswersValue]
    model: str
    usage: DecisionsResponseUsage
    id: str | None = None
    provider: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
