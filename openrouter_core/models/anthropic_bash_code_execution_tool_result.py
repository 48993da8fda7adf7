# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_bash_code_execution_content import (
        AnthropicBashCodeExecutionContent,
    )


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionToolResult:
    """The ``AnthropicBashCodeExecutionToolResult`` object."""

    content: AnthropicBashCodeExecutionContent
    tool_use_id: str
    type: str = "bash_code_execution_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: AnthropicBashCodeExecutionContent,
        tool_use_id: str,
        type: str = "bash_code_execution_tool_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("tool_use_id", tool_use_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"tool_use_id={self.tool_use_id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.tool_use_id, self.type, self.extra_fields) == (
            other.content,
            other.tool_use_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicBashCodeExecutionToolResult",
                self.content,
                self.tool_use_id,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
