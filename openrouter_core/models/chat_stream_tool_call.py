# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatStreamToolCall) by `python -m codegen`; do not edit.
"""Tool call delta for streaming responses."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatStreamToolCallFunction:
    """Function call details."""

    arguments: str | None = None
    """Function arguments as JSON string."""
    name: str | None = None
    """Function name."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str | None = None,
        name: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(arguments={self.arguments!r}, name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.arguments, self.name, self.extra_fields) == (
            other.arguments,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatStreamToolCallFunction", self.arguments, self.name, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatStreamToolCall:
    """Tool call delta for streaming responses."""

    function: ChatStreamToolCallFunction | None = None
    """Function call details."""
    id: str | None = None
    """Tool call identifier."""
    index: int
    """Tool call index in the array."""
    type: str | None = None
    """Tool call type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        function: ChatStreamToolCallFunction | None = None,
        id: str | None = None,
        index: int,
        type: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("function", function)
        _setattr("id", id)
        _setattr("index", index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"function={self.function!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.function, self.id, self.index, self.type, self.extra_fields) == (
            other.function,
            other.id,
            other.index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatStreamToolCall", self.function, self.id, self.index, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
