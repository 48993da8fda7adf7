# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesToolRemovalBlock) by `python -m codegen`; do not edit.
"""Removes a tool from the conversation mid-conversation without invalidating the prompt cache."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._converter import register_union

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolMcpToolReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    name: str
    server_name: str
    type: str = "mcp_tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolMcpToolsetReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    server_name: str
    type: str = "mcp_toolset_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlockToolToolReference:
    """One of the shapes of :class:`MessagesToolRemovalBlockTool`."""

    name: str
    type: str = "tool_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


MessagesToolRemovalBlockTool: TypeAlias = (
    MessagesToolRemovalBlockToolToolReference
    | MessagesToolRemovalBlockToolMcpToolReference
    | MessagesToolRemovalBlockToolMcpToolsetReference
    | dict[str, Any]
)
"""The ``tool`` of a :class:`MessagesToolRemovalBlock`."""


_MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_BY_TYPE: dict[Any, Any] = {
    "mcp_tool_reference": MessagesToolRemovalBlockToolMcpToolReference,
    "mcp_toolset_reference": MessagesToolRemovalBlockToolMcpToolsetReference,
    "tool_reference": MessagesToolRemovalBlockToolToolReference,
}


def _choose_messages_tool_removal_block_tool(data: Any) -> Any:
    """The member of :data:`MessagesToolRemovalBlockTool` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"MessagesToolRemovalBlockTool: expected an object, got {type(data).__name__}")


register_union(MessagesToolRemovalBlockTool, _choose_messages_tool_removal_block_tool)


@attrs.frozen(kw_only=True)
class MessagesToolRemovalBlock:
    """Removes a tool from the conversation mid-conversation without invalidating the prompt cache."""

    cache_control: AnthropicCacheControlDirective | None = None
    tool: MessagesToolRemovalBlockTool
    type: str = "tool_removal"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
