# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatNamedToolChoice) by `python -m codegen`; do not edit.
"""Named tool choice for specific function."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatNamedToolChoiceFunction:
    """The ``function`` of a :class:`ChatNamedToolChoice`."""

    name: str
    """Function name to call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, name: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.extra_fields) == (other.name, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ChatNamedToolChoiceFunction", self.name, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatNamedToolChoice:
    """Named tool choice for specific function."""

    function: ChatNamedToolChoiceFunction
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        function: ChatNamedToolChoiceFunction,
        type: str = "function",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("function", function)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(function={self.function!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.function, self.type, self.extra_fields) == (
            other.function,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatNamedToolChoice", self.function, self.type, self.extra_fields))

    # --- end of attrs methods ---
