# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsScoreAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsScoreAnswer`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

DecisionsScoreAnswerLegendValue: TypeAlias = str | dict[str, Any] | list[Any]
"""One of :class:`str`, ``dict[str, Any]``, ``list[Any]``."""


def _choose_decisions_score_answer_legend_value(data: Any) -> Any:
    """The member of :data:`DecisionsScoreAnswerLegendValue` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsScoreAnswerLegendValue: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsScoreAnswerLegendValue, _choose_decisions_score_answer_legend_value)


@attrs.frozen(kw_only=True)
class DecisionsScoreAnswer:
    """The ``DecisionsScoreAnswer`` object."""

    score: float
    type: str = "score"
    confidence: float | None = None
    legend: dict[str, DecisionsScoreAnswerLegendValue] | None = None
    probabilities: dict[str, float] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        score: float,
        type: str = "score",
        confidence: float | None = None,
        legend: dict[str, DecisionsScoreAnswerLegendValue] | None = None,
        probabilities: dict[str, float] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("score", score)
        _setattr("type", type)
        _setattr("confidence", confidence)
        _setattr("legend", legend)
        _setattr("probabilities", probabilities)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"score={self.score!r}, "
            f"type={self.type!r}, "
            f"confidence={self.confidence!r}, "
            f"legend={self.legend!r}, "
            f"probabilities={self.probabilities!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.score,
            self.type,
            self.confidence,
            self.legend,
            self.probabilities,
            self.extra_fields,
        ) == (
            other.score,
            other.type,
            other.confidence,
            other.legend,
            other.probabilities,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsScoreAnswer",
                self.score,
                self.type,
                self.confidence,
                self.legend,
                self.probabilities,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
