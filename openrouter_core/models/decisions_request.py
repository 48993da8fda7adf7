# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsRequest) by `python -m codegen`; do not edit.
"""The ``DecisionsRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.decisions_box_question import DecisionsBoxQuestion
from openrouter_core.models.decisions_choice_question import DecisionsChoiceQuestion
from openrouter_core.models.decisions_noul_question import DecisionsNoulQuestion
from openrouter_core.models.decisions_score_question import DecisionsScoreQuestion

if TYPE_CHECKING:
    from openrouter_core.models.provider_preferences import ProviderPreferences
    from openrouter_core.models.trace_config import TraceConfig

DecisionsRequestQuestionsValue: TypeAlias = (
    DecisionsBoxQuestion
    | DecisionsChoiceQuestion
    | DecisionsNoulQuestion
    | DecisionsScoreQuestion
    | dict[str, Any]
)
"""One of :class:`DecisionsBoxQuestion`, :class:`DecisionsChoiceQuestion`,
:class:`DecisionsNoulQuestion`, :class:`DecisionsScoreQuestion`, ``dict[str, Any]``.
"""


_DECISIONS_REQUEST_QUESTIONS_VALUE_BY_TYPE: dict[Any, Any] = {
    "box": DecisionsBoxQuestion,
    "choice": DecisionsChoiceQuestion,
    "noul": DecisionsNoulQuestion,
    "score": DecisionsScoreQuestion,
}


def _choose_decisions_request_questions_value(data: Any) -> Any:
    """The member of :data:`DecisionsRequestQuestionsValue` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _DECISIONS_REQUEST_QUESTIONS_VALUE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsRequestQuestionsValue: expected an object, got {type(data).__name__}"
    )


register_union(DecisionsRequestQuestionsValue, _choose_decisions_request_questions_value)


DecisionsRequestState: TypeAlias = str | dict[str, Any] | list[Any]
"""The content to evaluate: a plain string, or a JSON object or array of related context."""


def _choose_decisions_request_state(data: Any) -> Any:
    """The member of :data:`DecisionsRequestState` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsRequestState: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsRequestState, _choose_decisions_request_state)


@attrs.frozen(kw_only=True)
class DecisionsRequest:
    """The ``DecisionsRequest`` object."""

    model: str
    questions: dict[str, DecisionsRequestQuestionsValue]
    state: DecisionsRequestState
    """The content to evaluate: a plain string, or a JSON object or array of related context."""
    provider: ProviderPreferences | Unset | None = UNSET
    session_id: str | None = None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    """
    trace: TraceConfig | None = None
    """Metadata for observability and tracing."""
    user: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        model: str,
        questions: dict[str, DecisionsRequestQuestionsValue],
        state: DecisionsRequestState,
        provider: ProviderPreferences | Unset | None = UNSET,
        session_id: str | None = None,
        trace: TraceConfig | None = None,
        user: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("model", model)
        _setattr("questions", questions)
        _setattr("state", state)
        _setattr("provider", provider)
        _setattr("session_id", session_id)
        _setattr("trace", trace)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"model={self.model!r}, "
            f"questions={self.questions!r}, "
            f"state={self.state!r}, "
            f"provider={self.provider!r}, "
            f"session_id={self.session_id!r}, "
            f"trace={self.trace!r}, "
            f"user={self.user!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.model,
            self.questions,
            self.state,
            self.provider,
            self.session_id,
            self.trace,
            self.user,
            self.extra_fields,
        ) == (
            other.model,
            other.questions,
            other.state,
            other.provider,
            other.session_id,
            other.trace,
            other.user,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsRequest",
                self.model,
                self.questions,
                self.state,
                self.provider,
                self.session_id,
                self.trace,
                self.user,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
