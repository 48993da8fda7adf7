# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsBoxQuestion) by `python -m codegen`; do not edit.
"""The ``DecisionsBoxQuestion`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        instructions: DecisionsBoxQuestionInstructions,
        type: str = "box",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("instructions", instructions)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(instructions={self.instructions!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.instructions, self.type, self.extra_fields) == (
            other.instructions,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("DecisionsBoxQuestion", self.instructions, self.type, self.extra_fields))

    # --- end of attrs methods ---
