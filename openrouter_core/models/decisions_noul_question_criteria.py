# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsNoulQuestionCriteria) by `python -m codegen`; do not edit.
"""The ``DecisionsNoulQuestionCriteria`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

DecisionsNoulQuestionCriteriaFalse: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_noul_question_criteria_false(data: Any) -> Any:
    """The member of :data:`DecisionsNoulQuestionCriteriaFalse` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsNoulQuestionCriteriaFalse: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsNoulQuestionCriteriaFalse, _choose_decisions_noul_question_criteria_false)


DecisionsNoulQuestionCriteriaTrue: TypeAlias = str | dict[str, Any] | list[Any]
"""A plain string, or a JSON object or array of structured guidance."""


def _choose_decisions_noul_question_criteria_true(data: Any) -> Any:
    """The member of :data:`DecisionsNoulQuestionCriteriaTrue` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[Any]
    if isinstance(data, dict):
        return dict
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"DecisionsNoulQuestionCriteriaTrue: expected a string, an array or an object, got {type(data).__name__}"
    )


register_union(DecisionsNoulQuestionCriteriaTrue, _choose_decisions_noul_question_criteria_true)


@attrs.frozen(kw_only=True)
class DecisionsNoulQuestionCriteria:
    """The ``DecisionsNoulQuestionCriteria`` object."""

    false: DecisionsNoulQuestionCriteriaFalse
    """A plain string, or a JSON object or array of structured guidance."""
    true: DecisionsNoulQuestionCriteriaTrue
    """A plain string, or a JSON object or array of structured guidance."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        false: DecisionsNoulQuestionCriteriaFalse,
        true: DecisionsNoulQuestionCriteriaTrue,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("false", false)
        _setattr("true", true)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(false={self.false!r}, true={self.true!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.false, self.true, self.extra_fields) == (
            other.false,
            other.true,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("DecisionsNoulQuestionCriteria", self.false, self.true, self.extra_fields))

    # --- end of attrs methods ---
