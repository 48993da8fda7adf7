# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsScoreAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsScoreAnswer`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

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
