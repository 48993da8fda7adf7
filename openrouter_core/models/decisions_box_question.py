# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsBoxQuestion) by `python -m codegen`; do not edit.
"""The ``DecisionsBoxQuestion`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

DecisionsBoxQuestionInstructions: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_box_question_instructions(data: Any) -> Any:
    """The member of :data:`DecisionsBoxQuestionInstructions` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsBoxQuestionInstructions: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsBoxQuestionInstructions, _choose_decisions_box_question_instructions)


@attrs.frozen(kw_only=True)
class DecisionsBoxQuestion:
    """The ``DecisionsBoxQuestion`` object."""

    instructions: DecisionsBoxQuestionInstructions
    """A plain string, or a JSON object or array of structured guidance."""
    type: str = "box"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
