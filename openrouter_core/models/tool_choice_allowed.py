# Generated from the OpenRouter OpenAPI spec (components/schemas/ToolChoiceAllowed) by `python -m codegen`; do not edit.
"""Constrains the model to a pre-defined set of allowed tools."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ToolChoiceAllowed:
    """Constrains the model to a pre-defined set of allowed tools."""

    mode: str = "auto"
    tools: list[dict[str, Any]]
    type: str = "allowed_tools"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        mode: str = "auto",
        tools: list[dict[str, Any]],
        type: str = "allowed_tools",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("mode", mode)
        _setattr("tools", tools)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"mode={self.mode!r}, "
            f"tools={self.tools!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.mode, self.tools, self.type, self.extra_fields) == (
            other.mode,
            other.tools,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ToolChoiceAllowed", self.mode, self.tools, self.type, self.extra_fields))

    # --- end of attrs methods ---
