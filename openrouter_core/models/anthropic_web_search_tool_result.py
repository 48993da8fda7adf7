# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchToolResult) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchToolResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_web_search_result import AnthropicWebSearchResult
from openrouter_core.models.anthropic_web_search_tool_result_error import (
    AnthropicWebSearchToolResultError,
)

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_caller import AnthropicCaller

AnthropicWebSearchToolResultContent: TypeAlias = (
    list[AnthropicWebSearchResult] | AnthropicWebSearchToolResultError
)
"""The ``content`` of a :class:`AnthropicWebSearchToolResult`."""


def _choose_anthropic_web_search_tool_result_content(data: Any) -> Any:
    """The member of :data:`AnthropicWebSearchToolResultContent` that ``data`` is, by its JSON type."""
    if isinstance(data, list):
        return list[AnthropicWebSearchResult]
    if isinstance(data, dict):
        return AnthropicWebSearchToolResultError
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"AnthropicWebSearchToolResultContent: expected an array or an object, got {type(data).__name__}"
    )


register_union(
    AnthropicWebSearchToolResultContent, _choose_anthropic_web_search_tool_result_content
)


@attrs.frozen(kw_only=True)
class AnthropicWebSearchToolResult:
    """The ``AnthropicWebSearchToolResult`` object."""

    caller: AnthropicCaller
    content: AnthropicWebSearchToolResultContent
    tool_use_id: str
    type: str = "web_search_tool_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        caller: AnthropicCaller,
        content: AnthropicWebSearchToolResultContent,
        tool_use_id: str,
        type: str = "web_search_tool_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("caller", caller)
        _setattr("content", content)
        _setattr("tool_use_id", tool_use_id)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"caller={self.caller!r}, "
            f"content={self.content!r}, "
            f"tool_use_id={self.tool_use_id!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.caller, self.content, self.tool_use_id, self.type, self.extra_fields) == (
            other.caller,
            other.content,
            other.tool_use_id,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicWebSearchToolResult",
                self.caller,
                self.content,
                self.tool_use_id,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
