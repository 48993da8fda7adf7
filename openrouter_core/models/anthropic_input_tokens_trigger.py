# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicInputTokensTrigger) by `python -m codegen`; do not edit.
"""The ``AnthropicInputTokensTrigger`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicInputTokensTrigger:
    """The ``AnthropicInputTokensTrigger`` object."""

    type: str = "input_tokens"
    value: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "input_tokens",
        value: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("value", value)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.value, self.extra_fields) == (
            other.type,
            other.value,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnthropicInputTokensTrigger", self.type, self.value, self.extra_fields))

    # --- end of attrs methods ---
