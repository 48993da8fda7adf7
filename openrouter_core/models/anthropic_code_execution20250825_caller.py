# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecution20250825Caller) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecution20250825Caller`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCodeExecution20250825Caller:
    """The ``AnthropicCodeExecution20250825Caller`` object."""

    tool_id: str
    type: str = "code_execution_20250825"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_id: str,
        type: str = "code_execution_20250825",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_id", tool_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tool_id={self.tool_id!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_id, self.type, self.extra_fields) == (
            other.tool_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicCodeExecution20250825Caller", self.tool_id, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
