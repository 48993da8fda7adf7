# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicServerToolUseBlock) by `python -m codegen`; do not edit.
"""The ``ORAnthropicServerToolUseBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.or_anthropic_nullable_caller import ORAnthropicNullableCaller


@attrs.frozen(kw_only=True)
class ORAnthropicServerToolUseBlock:
    """The ``ORAnthropicServerToolUseBlock`` object."""

    caller: ORAnthropicNullableCaller | Unset | None = UNSET
    id: str
    input: Any = None
    name: str
    type: str = "server_tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        caller: ORAnthropicNullableCaller | Unset | None = UNSET,
        id: str,
        input: Any = None,
        name: str,
        type: str = "server_tool_use",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("caller", caller)
        _setattr("id", id)
        _setattr("input", input)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"caller={self.caller!r}, "
            f"id={self.id!r}, "
            f"input={self.input!r}, "
            f"name={self.name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.caller, self.id, self.input, self.name, self.type, self.extra_fields) == (
            other.caller,
            other.id,
            other.input,
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ORAnthropicServerToolUseBlock",
                self.caller,
                self.id,
                self.input,
                self.name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
