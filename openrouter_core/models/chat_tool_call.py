# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatToolCall) by `python -m codegen`; do not edit.
"""Tool call made by the assistant."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatToolCallFunction:
    """The ``function`` of a :class:`ChatToolCall`."""

    arguments: str
    """Function arguments as JSON string."""
    name: str
    """Function name to call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        name: str,
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
        return hash(("ChatToolCallFunction", self.arguments, self.name, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatToolCall:
    """Tool call made by the assistant."""

    function: ChatToolCallFunction
    id: str
    """Tool call identifier."""
    type: str = "function"
    index: int | None = None
    """The position of the call among the tool calls."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        function: ChatToolCallFunction,
        id: str,
        type: str = "function",
        index: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("function", function)
        _setattr("id", id)
        _setattr("type", type)
        _setattr("index", index)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"function={self.function!r}, "
            f"id={self.id!r}, "
            f"type={self.type!r}, "
            f"index={self.index!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.function, self.id, self.type, self.index, self.extra_fields) == (
            other.function,
            other.id,
            other.type,
            other.index,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatToolCall", self.function, self.id, self.type, self.index, self.extra_fields)
        )

    # --- end of attrs methods ---
