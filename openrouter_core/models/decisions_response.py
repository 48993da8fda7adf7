# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsResponse) by `python -m codegen`; do not edit.
"""The ``DecisionsResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        answers: dict[str, DecisionsResponseAnswersValue],
        model: str,
        usage: DecisionsResponseUsage,
        id: str | None = None,
        provider: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("answers", answers)
        _setattr("model", model)
        _setattr("usage", usage)
        _setattr("id", id)
        _setattr("provider", provider)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"answers={self.answers!r}, "
            f"model={self.model!r}, "
            f"usage={self.usage!r}, "
            f"id={self.id!r}, "
            f"provider={self.provider!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.answers,
            self.model,
            self.usage,
            self.id,
            self.provider,
            self.extra_fields,
        ) == (other.answers, other.model, other.usage, other.id, other.provider, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsResponse",
                self.answers,
                self.model,
                self.usage,
                self.id,
                self.provider,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
