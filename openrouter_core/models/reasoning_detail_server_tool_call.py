# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailServerToolCall) by `python -m codegen`; do not edit.
"""Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in
reasoning_details so a prior tool call can be rehydrated into a later turn of the same
conversation.
"""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ReasoningDetailServerToolCall:
    """Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in
    reasoning_details so a prior tool call can be rehydrated into a later turn of the same
    conversation.
    """

    arguments: str
    format: str | Unset | None = UNSET
    """Known values: :class:`ReasoningFormat`."""
    id: str | Unset | None = UNSET
    index: int | None = None
    result: str
    tool_call_id: str | Unset | None = UNSET
    tool_name: str
    type: str = "reasoning.server_tool_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        format: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        index: int | None = None,
        result: str,
        tool_call_id: str | Unset | None = UNSET,
        tool_name: str,
        type: str = "reasoning.server_tool_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("format", format)
        _setattr("id", id)
        _setattr("index", index)
        _setattr("result", result)
        _setattr("tool_call_id", tool_call_id)
        _setattr("tool_name", tool_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arguments={self.arguments!r}, "
            f"format={self.format!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"result={self.result!r}, "
            f"tool_call_id={self.tool_call_id!r}, "
            f"tool_name={self.tool_name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.arguments,
            self.format,
            self.id,
            self.index,
            self.result,
            self.tool_call_id,
            self.tool_name,
            self.type,
            self.extra_fields,
        ) == (
            other.arguments,
            other.format,
            other.id,
            other.index,
            other.result,
            other.tool_call_id,
            other.tool_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ReasoningDetailServerToolCall",
                self.arguments,
                self.format,
                self.id,
                self.index,
                self.result,
                self.tool_call_id,
                self.tool_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
