# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolCall) by `python -m codegen`; do not edit.
"""The ``ToolCall`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_function import BatchObjectFunction


@attrs.frozen(kw_only=True)
class ToolCall:
    """The ``ToolCall`` object."""

    function: BatchObjectFunction
    id: str
    index: int
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        function: BatchObjectFunction,
        id: str,
        index: int,
        type: str = "function",
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
        return hash(("ToolCall", self.function, self.id, self.index, self.type, self.extra_fields))

    # --- end of attrs methods ---
